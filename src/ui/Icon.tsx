/**
 * Decorative icons, always next to words (aria-hidden). Simple strokes drawn here because an
 * icon font or package would add a request or far more bytes than these few paths.
 */
const PATHS: Record<string, string> = {
  people: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5m0-4c1-1 2-1 3-1 3 0 5 2 5 5',
  home: 'M3 11l9-8 9 8M5 9v11h14V9M10 20v-6h4v6',
  brain: 'M9 4a3 3 0 0 0-3 3 3 3 0 0 0-2 5 3 3 0 0 0 2 5 3 3 0 0 0 6 1V5a3 3 0 0 0-3-1zm6 0a3 3 0 0 1 3 3 3 3 0 0 1 2 5 3 3 0 0 1-2 5 3 3 0 0 1-6 1',
  hands: 'M4 14l4-4 3 3 5-5 4 4M4 14v5h16v-5',
  heart: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  tablet: 'M6 3h12v18H6zM11 18h2',
  health: 'M12 4v16M4 12h16',
  pound: 'M16 6a4 4 0 0 0-7 3v9M6 13h8M6 18h12',
  bus: 'M5 4h14v12H5zM5 10h14M7 19v-3m10 3v-3',
  tools: 'M14 6l4 4-9 9H5v-4zM13 7l4 4',
  meal: 'M7 3v8m-3-8v5a3 3 0 0 0 6 0V3M7 11v10m10-18v18m0-18c-2 1-3 4-3 7h3',
  flower: 'M12 12a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 0v9m0-4c-2-2-5-2-6 0m6 0c2-2 5-2 6 0',
  shield: 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z',
  phone: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  search: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm5-2l6 6',
  map: 'M9 4L3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14m6-12v14',
  bookmark: 'M6 3h12v18l-6-5-6 5z',
  gear: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3m0 14v3M2 12h3m14 0h3M5 5l2 2m10 10l2 2M5 19l2-2m10-10l2-2',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6m0-10v1',
  book: 'M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zm16 0h-7a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h7z',
  text: 'M4 7V5h10v2M9 5v14m-2 0h4m4-7h6m-3 0v7',
  globe: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20',
};

export function Icon({ name }: { name: string }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name] ?? PATHS.info} />
    </svg>
  );
}

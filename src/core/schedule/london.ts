/**
 * Europe/London wall-clock time as "floating" Dates: a Date whose UTC fields hold what a clock in
 * London shows. rrule expands rules in UTC when it has no tzid, so it works in wall time and never
 * sees a clock change; we convert to real instants only at the edges (rrule's own tzid support
 * needs luxon, which we do not want in the bundle).
 */
export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

// Made on first use: building a formatter with a time zone loads the engine's zone data, which
// pages that never show an opening time (the map) should not pay for while they load.
let london: Intl.DateTimeFormat | undefined;
const londonClock = (): Intl.DateTimeFormat =>
  (london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));

// formatToParts is the engine's hot spot and London's offset only changes on the hour, so we
// remember it per UTC hour (bounded, so a long-lived page cannot grow it without limit).
const offsets = new Map<number, number>();

/** Milliseconds London is ahead of UTC at instant `t` (0 in winter, one hour in summer). */
function offsetAt(t: number): number {
  const hour = Math.floor(t / HOUR);
  let off = offsets.get(hour);
  if (off === undefined) {
    const p: Record<string, number> = {};
    for (const { type, value } of londonClock().formatToParts(new Date(hour * HOUR))) p[type] = Number(value);
    const wall = new Date(0);
    wall.setUTCFullYear(p.year, p.month - 1, p.day);
    wall.setUTCHours(p.hour, p.minute, p.second, 0);
    off = wall.getTime() - hour * HOUR;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, off);
  }
  return off;
}

/** The London clock reading at a real instant, as a floating Date. */
export function toWall(instant: Date): Date {
  return new Date(instant.getTime() + offsetAt(instant.getTime()));
}

/**
 * The real instant a London clock reading stands for. London is UTC+1 or UTC+0; trying summer
 * time first makes the hour that happens twice in October mean its first occurrence, as RFC 5545
 * says. The hour skipped in March is read on the clock in force before the change (01:30 → 02:30
 * BST), so a session inside the gap shrinks or vanishes rather than moving.
 */
export function fromWall(wall: Date | number): Date {
  const t = typeof wall === 'number' ? wall : wall.getTime();
  for (const off of [HOUR, 0]) if (offsetAt(t - off) === off) return new Date(t - off);
  return new Date(t - offsetAt(t - DAY));
}

/** Midnight (wall ms) of the London day containing the floating Date or wall ms. */
export function startOfDay(wall: Date | number): number {
  const t = typeof wall === 'number' ? wall : wall.getTime();
  return Math.floor(t / DAY) * DAY;
}

/** `YYYY-MM-DD` of a floating Date or wall ms. */
export function dayKey(wall: Date | number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** Wall ms at midnight of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function parseDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayKey(d) === m[0] ? d.getTime() : undefined;
}

export function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

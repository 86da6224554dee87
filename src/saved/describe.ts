/** Plain facts about a saved item, shared by the cards, the print sheet, the QR text and "What's next". */
import type { Guide } from '../core/guide.ts';
import { physicalLocations, type Service } from '../core/model.ts';
import type { SavedItem, SavedList } from '../storage/index.ts';
// words.ts alone, not the engine's index: the index brings rrule, which must stay out of the first page.
import { wordsFor } from '../core/schedule/words.ts';

type T = (key: string, opts?: Record<string, unknown>) => string;

export function listName(list: SavedList | undefined, t: T): string {
  return list?.name.trim() || t('saved.myList');
}

export function itemName(item: SavedItem): string {
  return item.kind === 'service' ? (item.record as Service).name : (item.record as Guide).title;
}

export function itemHref(item: SavedItem): string {
  return item.kind === 'service' ? `/services/${encodeURIComponent(item.refId)}` : `/resources/${encodeURIComponent(item.refId)}`;
}

/** An element id for an item's card; ids in saved data are limited to safe characters. */
export function cardId(item: SavedItem): string {
  return `saved-${item.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function phoneNumbers(item: SavedItem): string[] {
  if (item.kind !== 'service') return [];
  return ((item.record as Service).phones ?? []).map((p) => p.number.trim()).filter(Boolean);
}

/** "Barton Hill Settlement, 43 Ducie Road, Bristol, BS5 0AX" for the first place, or undefined. */
export function address(item: SavedItem): string | undefined {
  if (item.kind !== 'service') return undefined;
  const place = physicalLocations(item.record as Service)[0] ?? (item.record as Service).service_at_locations?.find((s) => s.location.location_type === 'physical')?.location;
  if (!place) return undefined;
  const a = place.addresses?.[0];
  const parts = [place.name, a?.address_1, a?.address_2, a?.city, a?.postal_code].map((p) => p?.trim()).filter(Boolean);
  return parts.length ? [...new Set(parts)].join(', ') : undefined;
}

/** Local wall-clock "YYYY-MM-DD" for today, as the date inputs give it. */
export function todayKey(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Friday 11 December, 2pm" (time only when one is set) for a stored "YYYY-MM-DD[THH:MM]". */
export function formatWhen(next: string, locale = 'en-GB'): string {
  const [day, time] = next.split('T');
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, (m ?? 1) - 1, d ?? 1, 12);
  if (Number.isNaN(date.getTime())) return next;
  const thisYear = y === new Date().getFullYear();
  // From parts, because Intl puts a comma after the weekday only when a year is shown.
  const parts = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(thisYear ? {} : { year: 'numeric' }) }).formatToParts(date);
  const dayText = parts.filter((p) => p.type !== 'literal').map((p) => p.value).join(' ');
  return time ? `${dayText}, ${formatClock(time, locale)}` : dayText;
}

/** "2pm", "10:30am", "12 noon": the schedule engine's words, so times read the same everywhere. */
export function formatClock(hhmm: string, locale = 'en-GB'): string {
  const [h, m] = hhmm.split(':').map(Number);
  return wordsFor(locale).time(h, m);
}

/** The tracker's date and time as typed into the Day, Month, Year and Time boxes, read without guessing. */

/** What the person typed, kept as text so nothing they type is lost or rewritten under them. */
export interface DateText {
  day: string;
  month: string;
  year: string;
  time: string;
}

export const EMPTY_DATE: DateText = { day: '', month: '', year: '', time: '' };

/** "2030-01-18T10:00" → the four boxes. */
export function toDateText(next: string | undefined): DateText {
  if (!next) return EMPTY_DATE;
  const [y, m, d] = next.slice(0, 10).split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y, time: next.slice(11, 16) };
}

/** "14:00", "14.00", "2pm", "2:30 pm", "10am", "noon" → "HH:MM"; undefined when it is not a time. */
export function parseClock(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  if (/^(12)?noon$|^midday$/.test(s)) return '12:00';
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(s);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (min > 59 || (m[3] ? h < 1 || h > 12 : h > 23)) return undefined;
  if (m[3] === 'pm' && h < 12) h += 12;
  if (m[3] === 'am' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export type DateResult = { ok: true; next?: string } | { ok: false; field: 'day' | 'time'; problem: 'missing-date' | 'bad-date' | 'bad-time' };

/** The stored "YYYY-MM-DD[THH:MM]", or which box is wrong. All empty means no date. */
export function readDateText(d: DateText): DateResult {
  const filled = [d.day, d.month, d.year].map((x) => x.trim());
  const time = d.time.trim();
  if (filled.every((x) => !x)) return time ? { ok: false, field: 'day', problem: 'missing-date' } : { ok: true };
  const [day, month, year] = filled.map(Number);
  const date = new Date(year, month - 1, day);
  const real = filled.every((x) => /^\d+$/.test(x)) && filled[2].length === 4 && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  if (!real) return { ok: false, field: 'day', problem: 'bad-date' };
  const key = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!time) return { ok: true, next: key };
  const clock = parseClock(time);
  return clock ? { ok: true, next: `${key}T${clock}` } : { ok: false, field: 'time', problem: 'bad-time' };
}

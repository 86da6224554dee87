/**
 * Every word the schedule texts use, in one table per language, so a translator works here and
 * never in the logic. Sentences are functions because word order and plurals differ by language.
 * Day phrases are built in lower case ("every Tuesday") and the sentence templates capitalise.
 */
export interface ScheduleWords {
  /** Monday first, matching MO..SU. */
  weekdays: readonly string[];
  months: readonly string[];
  /** A clock time; 0:00 is midnight whether it opens a day or ends one. */
  time(hour: number, minute: number): string;
  /** Position in the month: 1 → "first", -1 → "last", -2 → "second to last". */
  position(n: number): string;
  /** Day of the month: 1 → "1st", -1 → "last day". */
  monthDay(n: number): string;
  list(items: readonly string[]): string;
  range(from: string, to: string): string;
  everyDay: string;
  every(days: string): string;
  everyOther(days: string): string;
  everyNWeeks(n: number, days: string): string;
  onMonthDays(days: string): string;
  /** "second Tuesday" → "second Tuesday of the month" / "of every other month". */
  ofMonth(what: string, interval: number): string;
  /** "second Monday" + "March, June, September and December". */
  ofMonths(what: string, months: string): string;
  sentence(days: string, times: string): string;
  allDay(days: string): string;
  date(day: number, month: string, year?: number): string;
  validBetween(from: string, to: string): string;
  validFrom(from: string): string;
  validUntil(to: string): string;
  withValidity(text: string, validity: string): string;
  tomorrowAt(time: string): string;
  dayAt(day: string, time: string): string;
  openNow: string;
  openUntil(when: string): string;
  opensToday(time: string): string;
  opensTomorrow(time: string): string;
  nextOnDay(day: string, time: string): string;
  nextOnDate(date: string, time: string): string;
  byAppointment: string;
  unknown: string;
  noneComing: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

export const ENGLISH: ScheduleWords = {
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  time(hour, minute) {
    if (hour % 24 === 0 && minute === 0) return 'midnight';
    if (hour === 12 && minute === 0) return '12 noon';
    const h = hour % 12 || 12;
    return `${h}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour % 24 < 12 ? 'am' : 'pm'}`;
  },
  position: (n) => (n === -1 ? 'last' : n < 0 ? `${ORDINALS[-n - 1] ?? -n} to last` : (ORDINALS[n - 1] ?? String(n))),
  monthDay(n) {
    if (n === -1) return 'last day';
    if (n < 0) return `${ENGLISH.position(n)} day`;
    const teen = n % 100 >= 11 && n % 100 <= 13;
    return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
  },
  list: (items) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  range: (from, to) => `${from} to ${to}`,
  everyDay: 'every day',
  every: (days) => `every ${days}`,
  everyOther: (days) => `every other ${days}`,
  everyNWeeks: (n, days) => `every ${n} weeks on ${days}`,
  onMonthDays: (days) => `the ${days}`,
  ofMonth: (what, interval) => `${what} of ${interval === 1 ? 'the month' : interval === 2 ? 'every other month' : `every ${interval} months`}`,
  ofMonths: (what, months) => `${what} of ${months}`,
  sentence: (days, times) => (times ? `${cap(days)}, ${times}` : cap(days)),
  allDay: (days) => `Open 24 hours, ${days}`,
  date: (day, month, year) => `${day} ${month}${year === undefined ? '' : ` ${year}`}`,
  validBetween: (from, to) => `from ${from} to ${to}`,
  validFrom: (from) => `from ${from}`,
  validUntil: (to) => `until ${to}`,
  withValidity: (text, validity) => `${text} (${validity})`,
  tomorrowAt: (time) => `${time} tomorrow`,
  dayAt: (day, time) => `${day} ${time}`,
  openNow: 'Open now',
  openUntil: (when) => `Open now until ${when}`,
  opensToday: (time) => `Opens today at ${time}`,
  opensTomorrow: (time) => `Opens tomorrow at ${time}`,
  nextOnDay: (day, time) => `Next: ${day} ${time}`,
  nextOnDate: (date, time) => `Next: ${date}, ${time}`,
  byAppointment: 'By appointment',
  unknown: 'Hours not known',
  noneComing: 'No sessions coming up',
};

/** Word tables by language subtag; add a translation here. */
export const SCHEDULE_WORDS: Record<string, ScheduleWords> = { en: ENGLISH };

/** The table for a locale such as "en-GB" or "cy", falling back to English. */
export function wordsFor(locale: string): ScheduleWords {
  return SCHEDULE_WORDS[locale.toLowerCase().split(/[-_]/)[0]] ?? ENGLISH;
}

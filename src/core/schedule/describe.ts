import type { Schedule } from '../model.ts';
import { DAY, MINUTE, isValidDate, startOfDay, toWall } from './london.ts';
import { readSchedule, type Rule } from './rules.ts';
import type { OpeningState } from './state.ts';
import { wordsFor, type ScheduleWords } from './words.ts';

function clock(minutes: number, w: ScheduleWords): string {
  return w.time(Math.floor(minutes / 60) % 24, minutes % 60);
}

function dateWords(wallDay: number, w: ScheduleWords, withYear: boolean): string {
  const d = new Date(wallDay);
  return w.date(d.getUTCDate(), w.months[d.getUTCMonth()], withYear ? d.getUTCFullYear() : undefined);
}

/** Plain weekdays, Monday first, with runs of three or more as a range: "Monday to Wednesday and Friday". */
function plainDays(days: number[], w: ScheduleWords, interval: number): { text: string; few: boolean } {
  // "Every other every day" would be nonsense; fortnightly all week reads as "Monday to Sunday".
  if (days.length === 7 && interval === 1) return { text: w.everyDay, few: false };
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) parts.push(w.range(w.weekdays[days[i]], w.weekdays[days[j]]));
    else for (let k = i; k <= j; k++) parts.push(w.weekdays[days[k]]);
    i = j + 1;
  }
  return { text: w.list(parts), few: days.length <= 2 };
}

/** "… of the month", or for every 3, 4 or 6 months with a known phase the months by name. */
function ofMonth(what: string, rule: Rule, w: ScheduleWords): string {
  if (rule.interval < 3 || 12 % rule.interval || rule.anchor === undefined) return w.ofMonth(what, rule.interval);
  const first = new Date(rule.anchor).getUTCMonth() % rule.interval;
  const months = Array.from({ length: 12 / rule.interval }, (_, i) => w.months[first + i * rule.interval]);
  return w.ofMonths(what, w.list(months));
}

function daysPhrase(rule: Rule, w: ScheduleWords): string {
  const monthDays = rule.bymonthday.length ? w.onMonthDays(w.list(rule.bymonthday.map((n) => w.monthDay(n)))) : '';
  const positioned = rule.freq === 'MONTHLY' && rule.byweekday.some((d) => d.n);
  let phrase: string;
  if (positioned) {
    const items = rule.byweekday.map((d) => ({ pos: d.n ? w.position(d.n) : '', day: w.weekdays[d.weekday] }));
    const sameDay = items.every((i) => i.pos && i.day === items[0].day);
    phrase = sameDay ? `${w.list(items.map((i) => i.pos))} ${items[0].day}` : w.list(items.map((i) => (i.pos ? `${i.pos} ${i.day}` : w.every(i.day))));
  } else if (rule.byweekday.length) {
    // rrule ignores positions in a weekly rule, so we describe what it does: every such weekday.
    const days = [...new Set(rule.byweekday.map((d) => d.weekday))].sort((a, b) => a - b);
    const { text, few } = plainDays(days, w, rule.freq === 'WEEKLY' ? rule.interval : 1);
    if (rule.freq === 'WEEKLY' && rule.interval === 2) return w.everyOther(text);
    if (rule.freq === 'WEEKLY' && rule.interval > 2) return w.everyNWeeks(rule.interval, text);
    phrase = few ? w.every(text) : text;
    if (!monthDays && (rule.freq === 'WEEKLY' || rule.interval === 1)) return phrase;
    if (rule.freq === 'WEEKLY') return w.list([phrase, w.ofMonth(monthDays, 1)]);
  } else {
    return ofMonth(monthDays, rule, w);
  }
  return ofMonth(monthDays ? w.list([phrase, monthDays]) : phrase, rule, w);
}

/**
 * Plain words for a schedule's structured fields: "Every Tuesday, 10am to 12 noon (from 7
 * September 2026 to 16 July 2027)". English pages may prefer the officer's own `description`;
 * other languages need this, since free text cannot be translated. Falls back to the description
 * (or "") when the fields do not make a usable rule.
 */
export function describeSchedule(schedule: Schedule, locale = 'en-GB', words: ScheduleWords = wordsFor(locale)): string {
  const reading = readSchedule(schedule, 'in_person');
  if (reading.kind !== 'rule') {
    const d = (schedule as { description?: unknown } | null)?.description;
    return typeof d === 'string' ? d.trim() : '';
  }
  const rule = reading.rule;
  const days = daysPhrase(rule, words);
  const allDay = rule.closes - rule.opens === 1440 || (rule.opens === 0 && rule.closes === 0);
  const text = allDay ? words.allDay(days) : words.sentence(days, words.range(clock(rule.opens, words), clock(rule.closes, words)));
  const from = rule.from === undefined ? undefined : dateWords(rule.from, words, true);
  const to = rule.to === undefined ? undefined : dateWords(rule.to, words, true);
  if (from && to) return words.withValidity(text, words.validBetween(from, to));
  if (from) return words.withValidity(text, words.validFrom(from));
  if (to) return words.withValidity(text, words.validUntil(to));
  return text;
}

/** A moment as "4pm", "6am tomorrow", "Friday midnight", relative to the London day of `today`. */
function whenWords(at: Date, today: number, w: ScheduleWords): string {
  const wall = toWall(at).getTime();
  // 00:00 ends the previous day ("until midnight"), it does not start the next one.
  const day = startOfDay(wall - (wall % DAY === 0 ? 1 : 0));
  const time = clock(Math.round((wall % DAY) / MINUTE), w);
  const ahead = Math.round((day - today) / DAY);
  if (ahead <= 0) return time;
  if (ahead === 1) return w.tomorrowAt(time);
  if (ahead < 7) return w.dayAt(w.weekdays[(new Date(day).getUTCDay() + 6) % 7], time);
  return w.dayAt(dateWords(day, w, false), time);
}

/**
 * One line for a service card: "Open now until 4pm", "Opens today at 2pm", "Opens tomorrow at
 * 10am", "Next: Tuesday 10am", "Next: 8 January, 10am", "By appointment", "Hours not known".
 */
export function formatOpenState(state: OpeningState, now: Date, locale = 'en-GB', words: ScheduleWords = wordsFor(locale)): string {
  const w = words;
  const nowWall = isValidDate(now) ? toWall(now) : new Date(NaN);
  const today = startOfDay(nowWall);
  if (state.open) return state.closesAt && isValidDate(now) ? w.openUntil(whenWords(state.closesAt, today, w)) : w.openNow;
  if (state.nextOpen && isValidDate(now)) {
    const start = toWall(state.nextOpen.start).getTime();
    const day = startOfDay(start);
    const time = clock(Math.round((start - day) / MINUTE), w);
    const ahead = Math.round((day - today) / DAY);
    if (ahead <= 0) return w.opensToday(time);
    if (ahead === 1) return w.opensTomorrow(time);
    const d = new Date(day);
    if (ahead < 7) return w.nextOnDay(w.weekdays[(d.getUTCDay() + 6) % 7], time);
    // Add the year only where the day and month alone could be read as this year's.
    const years = d.getUTCFullYear() - nowWall.getUTCFullYear();
    const withYear = years > 1 || (years === 1 && d.getUTCMonth() >= nowWall.getUTCMonth());
    return w.nextOnDate(dateWords(day, w, withYear), time);
  }
  if (state.byAppointment) return w.byAppointment;
  return state.unknown ? w.unknown : w.noneComing;
}

import { RRule, type Weekday } from 'rrule';
import type { AttendingType, Schedule } from '../model.ts';
import { isBankHoliday, type BankHolidayRegion } from './bank-holidays.ts';
import { DAY, MINUTE, dayKey, fromWall, parseDay } from './london.ts';

/** One stretch of opening, as real instants. */
export interface Session {
  start: Date;
  end: Date;
}

/** A schedule's structured fields, checked and normalised. Days are wall ms at London midnight. */
export interface Rule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** rrule weekdays; `n` set for positions such as 2TU or -1FR. */
  byweekday: Weekday[];
  bymonthday: number[];
  /** A day of one real session: fixes which weeks or months count when interval > 1. */
  anchor?: number;
  /** Minutes after midnight. `closes <= opens` runs into the next day; 0–1440 is all day. */
  opens: number;
  closes: number;
  from?: number;
  to?: number;
  bankHolidays: 'open' | 'closed';
}

export type Reading = { kind: 'rule'; rule: Rule } | { kind: 'appointment' } | { kind: 'unknown' };

const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ATTENDING: readonly string[] = ['in_person', 'phone', 'online'];

// Description-only schedules are free text; these English words are the only hint that it is
// "by appointment" rather than "we don't know". Data in other languages will read as unknown.
const APPOINTMENT = /\b(appointments?|book|booking|booked|arrange[ds]?|arrangement|agreed)\b/i;

/** `HH:MM` → minutes; 24:00 is allowed only where `allow24`. */
function minutes(value: unknown, allow24: boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const total = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59 || total > 1440 || (total === 1440 && !allow24)) return undefined;
  return total;
}

function weekdays(value: unknown): Weekday[] | undefined {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return undefined;
  const out: Weekday[] = [];
  for (const token of value.split(',')) {
    const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token.trim().toUpperCase());
    if (!m) return undefined;
    const day = WEEKDAYS[CODES.indexOf(m[2])];
    out.push(m[1] ? day.nth(Number(m[1])) : day);
  }
  return out;
}

function monthDays(value: unknown): number[] | undefined {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return undefined;
  const out = value.split(',').map((t) => (/^-?\d{1,2}$/.test(t.trim()) ? Number(t) : NaN));
  return out.every((d) => d !== 0 && Math.abs(d) <= 31) ? out : undefined;
}

/** Optional date field: absent is fine, present must be a real date. */
function optionalDay(value: unknown): { ok: boolean; day?: number } {
  if (value === undefined || value === null || value === '') return { ok: true };
  const day = parseDay(value);
  return { ok: day !== undefined, day };
}

/** The way of attending a schedule is for, reading a missing or unknown value as `fallback`. */
export function attendingOf(schedule: Schedule, fallback: AttendingType): AttendingType {
  const a = (schedule as { attending_type?: unknown } | null)?.attending_type;
  return typeof a === 'string' && ATTENDING.includes(a) ? (a as AttendingType) : fallback;
}

/**
 * Reads one schedule. Any structured field that is present but unusable makes the whole schedule
 * unknown: guessing hours for an older person to travel to is worse than saying we don't know.
 */
export function readSchedule(schedule: Schedule, attending: AttendingType): Reading {
  const s = (schedule && typeof schedule === 'object' ? schedule : {}) as Record<string, unknown>;
  if (s.freq === undefined || s.freq === null || s.freq === '') {
    return typeof s.description === 'string' && APPOINTMENT.test(s.description) ? { kind: 'appointment' } : { kind: 'unknown' };
  }
  if (s.freq !== 'WEEKLY' && s.freq !== 'MONTHLY') return { kind: 'unknown' };
  const interval = s.interval === undefined || s.interval === null ? 1 : s.interval;
  const opens = minutes(s.opens_at, false);
  const closes = minutes(s.closes_at, true);
  const byweekday = weekdays(s.byday);
  const bymonthday = monthDays(s.bymonthday);
  const dtstart = optionalDay(s.dtstart);
  const from = optionalDay(s.valid_from);
  const to = optionalDay(s.valid_to);
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1 || interval > 99) return { kind: 'unknown' };
  if (opens === undefined || closes === undefined || !byweekday || !bymonthday) return { kind: 'unknown' };
  if (!dtstart.ok || !from.ok || !to.ok || (interval > 1 && dtstart.day === undefined)) return { kind: 'unknown' };
  // With no days given, RFC 5545 repeats dtstart's weekday (weekly) or day of the month (monthly).
  if (!byweekday.length && !bymonthday.length) {
    if (dtstart.day === undefined) return { kind: 'unknown' };
    const d = new Date(dtstart.day);
    if (s.freq === 'WEEKLY') byweekday.push(WEEKDAYS[(d.getUTCDay() + 6) % 7]);
    else bymonthday.push(d.getUTCDate());
  }
  const policy = s.bank_holidays === 'open' || s.bank_holidays === 'closed' ? s.bank_holidays : attending === 'in_person' ? 'closed' : 'open';
  return {
    kind: 'rule',
    rule: { freq: s.freq, interval, byweekday, bymonthday, anchor: dtstart.day, opens, closes, from: from.day, to: to.day, bankHolidays: policy },
  };
}

/**
 * Hand-written date arithmetic, part 1. rrule walks period by period until it finds a date past
 * the window, and only gives up at the year 9999; a rule whose filters empty every period
 * (5MO with bymonthday 1, the 30th of every twelfth February) would take seconds. So rrule expands
 * only frequency, interval and weekdays, whose periods are never empty for long, and the day of
 * the month is checked here: the same intersection RFC 5545 defines.
 */
function onMonthDay(date: Date, days: number[]): boolean {
  const day = date.getUTCDate();
  const length = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return days.some((n) => n === day || n === day - length - 1);
}

/**
 * Hand-written date arithmetic, part 2. rrule only expands forwards from its dtstart, but our
 * dtstart is a phase anchor that may lie years before or after the window. So we move it by whole
 * intervals to the last period start at or before `day` (Monday-based weeks, first-of-month months).
 */
function periodStart(rule: Rule, day: number): number {
  const ref = rule.anchor ?? day;
  if (rule.freq === 'WEEKLY') {
    const monday = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    const span = rule.interval * 7 * DAY;
    return monday(ref) + Math.floor((monday(day) - monday(ref)) / span) * span;
  }
  const month = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  const m = month(ref) + Math.floor((month(day) - month(ref)) / rule.interval) * rule.interval;
  const d = new Date(0);
  d.setUTCFullYear(Math.floor(m / 12), m % 12, 1);
  return d.getTime();
}

/** Sessions of a rule that start on a London day from `firstDay` to `lastDay` (wall ms, inclusive). */
export function expand(rule: Rule, firstDay: number, lastDay: number, region: BankHolidayRegion): Session[] {
  const lo = Math.max(firstDay, rule.from ?? -Infinity);
  const hi = Math.min(lastDay, rule.to ?? Infinity);
  if (lo > hi) return [];
  // rrule intersects plain and positioned weekdays in one monthly rule ("SA,4FR" would mean a
  // Saturday that is the 4th Friday, and walk to 9999 looking for one); RFC 5545 means the union.
  const plain = rule.byweekday.filter((d) => !d.n || rule.freq === 'WEEKLY');
  const positioned = rule.byweekday.filter((d) => !plain.includes(d));
  const groups = rule.byweekday.length ? [plain, positioned].filter((g) => g.length) : [WEEKDAYS];
  const days = new Set<number>();
  for (const byweekday of groups) {
    const rrule = new RRule({
      freq: rule.freq === 'WEEKLY' ? RRule.WEEKLY : RRule.MONTHLY,
      interval: rule.interval,
      wkst: RRule.MO,
      dtstart: new Date(periodStart(rule, lo)),
      until: new Date(hi),
      byweekday,
    });
    for (const date of rrule.between(new Date(lo), new Date(hi), true)) days.add(date.getTime());
  }
  const out: Session[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const date = new Date(day);
    if (rule.bymonthday.length && !onMonthDay(date, rule.bymonthday)) continue;
    if (rule.bankHolidays === 'closed' && isBankHoliday(dayKey(day), region)) continue;
    const start = fromWall(day + rule.opens * MINUTE);
    const end = fromWall(day + rule.closes * MINUTE + (rule.closes <= rule.opens ? DAY : 0));
    // A session wholly inside the hour skipped in March has no length and does not happen.
    if (end > start) out.push({ start, end });
  }
  return out;
}

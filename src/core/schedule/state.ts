import type { AttendingType, Schedule } from '../model.ts';
import type { BankHolidayRegion } from './bank-holidays.ts';
import { DAY, fromWall, isValidDate, startOfDay, toWall } from './london.ts';
import { attendingOf, expand, readSchedule, type Rule, type Session } from './rules.ts';

export interface ScheduleOptions {
  /** Whose bank holidays apply (see regionForService). */
  region: BankHolidayRegion;
  /** Only schedules for this way of attending; undefined considers them all. */
  attending?: AttendingType;
  /** What a schedule without attending_type is for; default in_person (see defaultAttendingType). */
  defaultAttending?: AttendingType;
}

export interface OpeningState {
  open: boolean;
  /** When open: the end of the current opening, or undefined if it runs on past the next week. */
  closesAt?: Date;
  /** When closed: the next opening (touching sessions joined), if any within about two years. */
  nextOpen?: Session;
  /** Some schedule says "by appointment" (or booking, arrangement) instead of hours. */
  byAppointment: boolean;
  /** No schedule gives usable hours and none says "by appointment". */
  unknown: boolean;
}

// Look a week ahead first (almost every answer is there), then further for monthly and seasonal
// sessions; generating two years of a daily rule for every card on a list would be wasteful.
const WINDOWS = [8, 100, 800];

function consider(schedules: readonly Schedule[] | undefined, opts: ScheduleOptions): { rules: Rule[]; byAppointment: boolean } {
  const rules: Rule[] = [];
  let byAppointment = false;
  for (const s of Array.isArray(schedules) ? schedules : []) {
    const attending = attendingOf(s, opts.defaultAttending ?? 'in_person');
    if (opts.attending && attending !== opts.attending) continue;
    const r = readSchedule(s, attending);
    if (r.kind === 'rule') rules.push(r.rule);
    else if (r.kind === 'appointment') byAppointment = true;
  }
  return { rules, byAppointment };
}

/** All sessions starting on London days `today - 1` .. `today + days`, sorted; also the instant generation stopped. */
function collect(rules: Rule[], now: Date, days: number, region: BankHolidayRegion): { sessions: Session[]; horizon: number } {
  const today = startOfDay(toWall(now));
  // From yesterday, because an overnight session that started then may still be running.
  const sessions = rules.flatMap((r) => expand(r, today - DAY, today + days * DAY, region));
  sessions.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  return { sessions, horizon: fromWall(today + (days + 1) * DAY).getTime() };
}

/** Joins sessions that overlap or, with `touching`, meet end to start. Input sorted by start. */
function join(sessions: Session[], touching: boolean): Session[] {
  const out: Session[] = [];
  for (const s of sessions) {
    const last = out[out.length - 1];
    if (last && (s.start < last.end || (touching && s.start.getTime() === last.end.getTime()))) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Open now, until when, and if not, when next; all in Europe/London time. */
export function openingState(schedules: readonly Schedule[] | undefined, now: Date, opts: ScheduleOptions): OpeningState {
  if (!isValidDate(now)) return { open: false, byAppointment: false, unknown: true };
  const { rules, byAppointment } = consider(schedules, opts);
  const base = { byAppointment, unknown: !rules.length && !byAppointment };
  if (!rules.length) return { ...base, open: false };
  for (const days of WINDOWS) {
    const { sessions, horizon } = collect(rules, now, days, opts.region);
    const blocks = join(sessions, true);
    const current = blocks.find((b) => b.start <= now && now < b.end);
    // A block reaching the horizon may go on in sessions we did not generate: say nothing of closing.
    if (current) return { ...base, open: true, closesAt: current.end.getTime() >= horizon ? undefined : current.end };
    const next = blocks.find((b) => b.start > now);
    if (next) return { ...base, open: false, nextOpen: next };
  }
  return { ...base, open: false };
}

/**
 * The next `count` sessions that have not yet ended at `from` (so a session in progress comes
 * first), overlapping ones joined. Sessions that merely touch stay separate, so a tracker can
 * offer each day of a 24-hour line as its own date.
 */
export function nextOpenings(schedules: readonly Schedule[] | undefined, from: Date, count: number, opts: ScheduleOptions): Session[] {
  const n = Math.floor(count);
  if (!isValidDate(from) || !(n >= 1)) return [];
  const { rules } = consider(schedules, opts);
  if (!rules.length) return [];
  let found: Session[] = [];
  for (const days of WINDOWS) {
    found = join(collect(rules, from, days, opts.region).sessions, false).filter((s) => s.end > from);
    if (found.length >= n) break;
  }
  return found.slice(0, n);
}

/** Open at any time in the seven days from `now`. */
export function isOpenThisWeek(schedules: readonly Schedule[] | undefined, now: Date, opts: ScheduleOptions): boolean {
  const [first] = nextOpenings(schedules, now, 1, opts);
  return !!first && first.start.getTime() < now.getTime() + 7 * DAY;
}

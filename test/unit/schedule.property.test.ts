import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/model.ts';
import {
  describeSchedule, formatOpenState, isOpenThisWeek, nextOpenings, openingState, type ScheduleOptions,
} from '../../src/core/schedule/index.ts';

const RUNS = 1000;
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number) => String(n).padStart(2, '0');

const time = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
  fc.constantFrom('00:00', '24:00', '01:00', '01:30', '02:00', '06:00', '09:00', '12:00', '21:00'),
);
const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const byday = fc
  .array(fc.tuple(fc.constantFrom('', '', '1', '2', '3', '4', '5', '-1', '-2'), fc.constantFrom(...CODES)), { minLength: 1, maxLength: 4 })
  .map((xs) => xs.map(([n, c]) => n + c).join(','));
const bymonthday = fc.array(fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0), { minLength: 1, maxLength: 3 }).map((xs) => xs.join(','));

/** Every field optional and schema-valid. */
const validSchedule: fc.Arbitrary<Schedule> = fc.record(
  {
    freq: fc.constantFrom('WEEKLY', 'MONTHLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byday,
    bymonthday,
    dtstart: day,
    opens_at: time,
    closes_at: time,
    valid_from: day,
    valid_to: day,
    attending_type: fc.constantFrom('in_person', 'phone', 'online'),
    bank_holidays: fc.constantFrom('open', 'closed'),
    description: fc.constantFrom('By appointment only', 'See the website', ''),
  },
  { requiredKeys: ['freq', 'opens_at', 'closes_at'] },
) as fc.Arbitrary<Schedule>;

const mostlyAbsent = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** Schema-valid and likely to give sessions, so the consistency checks see plenty of them. */
const productiveSchedule: fc.Arbitrary<Schedule> = fc
  .record({
    freq: fc.constantFrom('WEEKLY', 'WEEKLY', 'MONTHLY'),
    interval: fc.constantFrom(1, 1, 1, 2, 3),
    byday,
    bymonthday: mostlyAbsent(bymonthday),
    dtstart: day,
    opens_at: time,
    closes_at: time,
    valid_from: mostlyAbsent(day),
    valid_to: mostlyAbsent(day),
    attending_type: mostlyAbsent(fc.constantFrom('in_person', 'phone', 'online')),
    bank_holidays: mostlyAbsent(fc.constantFrom('open', 'closed')),
  })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as Schedule);

/** Valid fields mixed with garbage strings and values of the wrong type. */
const anySchedule: fc.Arbitrary<Schedule> = fc.oneof(
  validSchedule,
  fc.record(
    {
      freq: fc.oneof(fc.constantFrom('WEEKLY', 'MONTHLY', 'DAILY', ''), fc.string()),
      interval: fc.oneof(fc.integer({ min: -3, max: 200 }), fc.double(), fc.string()),
      byday: fc.oneof(byday, fc.string(), fc.constantFrom('0TU', '6MO', 'MO,,TU', ' tu ', '+1FR', 'MO;TU')),
      bymonthday: fc.oneof(bymonthday, fc.string(), fc.constantFrom('0', '99', '-45')),
      dtstart: fc.oneof(day, fc.string(), fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31')),
      opens_at: fc.oneof(time, fc.string(), fc.constantFrom('25:00', '9', '24:00', '10:60')),
      closes_at: fc.oneof(time, fc.string()),
      valid_from: fc.oneof(day, fc.string()),
      valid_to: fc.oneof(day, fc.string()),
      attending_type: fc.oneof(fc.constantFrom('in_person', 'phone', 'online'), fc.string()),
      bank_holidays: fc.oneof(fc.constantFrom('open', 'closed'), fc.string()),
      description: fc.oneof(fc.string(), fc.constantFrom('By appointment')),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Schedule>,
  fc.anything() as fc.Arbitrary<Schedule>,
);

// Bias towards the clock-change weekends and year ends, where mistakes hide.
const instant = fc.oneof(
  fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2029-06-01T00:00:00Z'), noInvalidDate: true }),
  fc.constantFrom('2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z', '2026-12-31T23:59:00Z')
    .chain((c) => fc.integer({ min: -60 * 60, max: 60 * 60 }).map((min) => new Date(new Date(c).getTime() + min * 60_000))),
);
const options: fc.Arbitrary<ScheduleOptions> = fc.record(
  {
    region: fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland'),
    attending: mostlyAbsent(fc.constantFrom('in_person', 'phone', 'online')),
    defaultAttending: mostlyAbsent(fc.constantFrom('in_person', 'phone', 'online')),
  },
  { requiredKeys: ['region'] },
);

/**
 * Schedules and a moment near one of their sessions (from two hours before it starts to a day
 * after), so that "open now", "closing soon" and "opens later today" all come up often.
 */
const scenario = fc
  .tuple(fc.array(productiveSchedule, { minLength: 1, maxLength: 3 }), instant, options, fc.nat(), fc.integer({ min: -120, max: 24 * 60 }))
  .map(([schedules, base, opts, pick, minutes]) => {
    const near = nextOpenings(schedules, base, 3, opts);
    const session = near[pick % Math.max(near.length, 1)];
    return { schedules, opts, now: session ? new Date(session.start.getTime() + minutes * 60_000) : base };
  });

const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', weekday: 'short', hour: '2-digit', minute: '2-digit' });

describe('schedules engine properties', () => {
  it('never crashes, whatever the schedules hold', () => {
    fc.assert(
      fc.property(fc.array(anySchedule, { maxLength: 4 }), instant, options, fc.integer({ min: 0, max: 5 }), (schedules, now, opts, count) => {
        const state = openingState(schedules, now, opts);
        expect(typeof state.open).toBe('boolean');
        expect(nextOpenings(schedules, now, count, opts).length).toBeLessThanOrEqual(count);
        expect(typeof isOpenThisWeek(schedules, now, opts)).toBe('boolean');
        expect(formatOpenState(state, now).length).toBeGreaterThan(0);
        for (const s of schedules) expect(typeof describeSchedule(s)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  }, 20_000);

  it('open now means the next opening is now; closed means it is later', () => {
    const seen = { open: 0, closing: 0, next: 0 };
    fc.assert(
      fc.property(scenario, ({ schedules, now, opts }) => {
        const state = openingState(schedules, now, opts);
        const [first] = nextOpenings(schedules, now, 1, opts);
        if (state.open) {
          seen.open++;
          if (state.closesAt) seen.closing++;
          expect(first.start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(first.end.getTime()).toBeGreaterThan(now.getTime());
          if (state.closesAt) expect(state.closesAt.getTime()).toBeGreaterThan(now.getTime());
          expect(state.nextOpen).toBeUndefined();
          expect(isOpenThisWeek(schedules, now, opts)).toBe(true);
        } else {
          expect(state.closesAt).toBeUndefined();
          if (state.nextOpen) seen.next++;
          if (state.nextOpen) expect(state.nextOpen.start.getTime()).toBeGreaterThan(now.getTime());
          expect(state.nextOpen?.start.getTime()).toBe(first?.start.getTime());
        }
      }),
      { numRuns: RUNS },
    );
    // Guard against the generator drifting into cases that never open.
    expect(seen.open).toBeGreaterThan(RUNS / 5);
    expect(seen.closing).toBeGreaterThan(RUNS / 10);
    expect(seen.next).toBeGreaterThan(RUNS / 5);
  }, 20_000);

  it('upcoming sessions are ordered, separate, and start at opens_at on a listed day in London', () => {
    let listed = 0;
    const simple = productiveSchedule.filter((s) => !s.bymonthday && !s.opens_at?.startsWith('01:'));
    fc.assert(
      fc.property(simple, instant, options, (schedule, now, opts) => {
        const list = nextOpenings([schedule], now, 4, opts);
        if (list.length) listed++;
        const days = (schedule.byday ?? '').split(',').map((t) => t.slice(-2));
        for (const [i, s] of list.entries()) {
          expect(s.end.getTime()).toBeGreaterThan(s.start.getTime());
          if (i) expect(s.start.getTime()).toBeGreaterThanOrEqual(list[i - 1].end.getTime());
          const parts = Object.fromEntries(london.formatToParts(s.start).map((p) => [p.type, p.value]));
          expect(`${parts.hour}:${parts.minute}`).toBe(schedule.opens_at);
          if (schedule.byday) expect(days).toContain(parts.weekday.slice(0, 2).toUpperCase());
        }
      }),
      { numRuns: RUNS },
    );
    expect(listed).toBeGreaterThan(RUNS / 2);
  }, 20_000);
});

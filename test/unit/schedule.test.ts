import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/model.ts';
import { isOpenThisWeek, nextOpenings, openingState, type ScheduleOptions } from '../../src/core/schedule/index.ts';

const ew: ScheduleOptions = { region: 'england-and-wales' };
const at = (iso: string) => new Date(iso);
const iso = (d: Date | undefined) => d?.toISOString();
const sessions = (s: Schedule[], from: string, n: number, opts: ScheduleOptions = ew) =>
  nextOpenings(s, at(from), n, opts).map((x) => [iso(x.start), iso(x.end)]);
const starts = (s: Schedule[], from: string, n: number, opts: ScheduleOptions = ew) => sessions(s, from, n, opts).map((x) => x[0]);

const weekly = (byday: string, opens = '10:00', closes = '12:00', more: Partial<Schedule> = {}): Schedule => ({
  freq: 'WEEKLY', interval: 1, byday, opens_at: opens, closes_at: closes, attending_type: 'in_person', ...more,
});
const monthly = (byday: string, opens = '10:00', closes = '12:00', more: Partial<Schedule> = {}): Schedule => ({
  freq: 'MONTHLY', interval: 1, byday, opens_at: opens, closes_at: closes, attending_type: 'in_person', ...more,
});

describe('weekly sessions', () => {
  const tue = [weekly('TU')];
  it('is open during the session and says when it closes', () => {
    expect(openingState(tue, at('2026-01-13T10:30:00Z'), ew)).toEqual({ open: true, closesAt: at('2026-01-13T12:00:00Z'), byAppointment: false, unknown: false });
  });
  it('opens at the start and is closed at the end instant', () => {
    expect(openingState(tue, at('2026-01-13T10:00:00Z'), ew).open).toBe(true);
    const after = openingState(tue, at('2026-01-13T12:00:00Z'), ew);
    expect(after.open).toBe(false);
    expect(iso(after.nextOpen?.start)).toBe('2026-01-20T10:00:00.000Z');
  });
  it('gives the next session when closed', () => {
    const s = openingState(tue, at('2026-01-12T15:00:00Z'), ew);
    expect(s.open).toBe(false);
    expect(s.nextOpen).toEqual({ start: at('2026-01-13T10:00:00Z'), end: at('2026-01-13T12:00:00Z') });
  });
  it('handles several days', () => {
    const mwf = [weekly('MO,WE,FR', '10:00', '15:00')];
    expect(openingState(mwf, at('2026-01-13T12:00:00Z'), ew).open).toBe(false);
    expect(openingState(mwf, at('2026-01-14T12:00:00Z'), ew).open).toBe(true);
    expect(starts(mwf, '2026-01-12T16:00:00Z', 3)).toEqual(['2026-01-14T10:00:00.000Z', '2026-01-16T10:00:00.000Z', '2026-01-19T10:00:00.000Z']);
  });
});

describe('fortnightly from dtstart', () => {
  const cafe = [weekly('WE', '14:00', '16:00', { interval: 2, dtstart: '2026-01-14' })];
  it('is open in the right week', () => {
    expect(openingState(cafe, at('2026-01-14T15:00:00Z'), ew).open).toBe(true);
    expect(openingState(cafe, at('2026-01-28T15:00:00Z'), ew).open).toBe(true);
  });
  it('is closed in the wrong week and points to the right one', () => {
    const s = openingState(cafe, at('2026-01-21T15:00:00Z'), ew);
    expect(s.open).toBe(false);
    expect(iso(s.nextOpen?.start)).toBe('2026-01-28T14:00:00.000Z');
  });
  it('treats dtstart as a phase, so weeks before it count too', () => {
    expect(openingState(cafe, at('2025-12-31T15:00:00Z'), ew).open).toBe(true);
    expect(openingState(cafe, at('2026-01-07T15:00:00Z'), ew).open).toBe(false);
  });
  it('counts whole weeks from the Monday of dtstart’s week', () => {
    const s = [weekly('MO,TH', '10:00', '11:00', { interval: 2, dtstart: '2026-01-08' })];
    expect(starts(s, '2026-01-05T00:00:00Z', 4)).toEqual([
      '2026-01-05T10:00:00.000Z', '2026-01-08T10:00:00.000Z', '2026-01-19T10:00:00.000Z', '2026-01-22T10:00:00.000Z',
    ]);
  });
  it('keeps the phase years later and across the clock change', () => {
    expect(starts(cafe, '2027-06-01T00:00:00Z', 2)).toEqual(['2027-06-02T13:00:00.000Z', '2027-06-16T13:00:00.000Z']);
  });
  it('reads fortnightly without dtstart as hours not known', () => {
    expect(openingState([weekly('WE', '14:00', '16:00', { interval: 2 })], at('2026-01-14T15:00:00Z'), ew)).toEqual({ open: false, byAppointment: false, unknown: true });
  });
});

describe('monthly positions and days of the month', () => {
  it('second Tuesday', () => {
    expect(starts([monthly('2TU')], '2026-01-01T00:00:00Z', 3)).toEqual(['2026-01-13T10:00:00.000Z', '2026-02-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z']);
  });
  it('last Friday in months with five and with four Fridays', () => {
    // January and May 2026 have five Fridays; February, March and April four.
    expect(starts([monthly('-1FR')], '2026-01-01T00:00:00Z', 5)).toEqual([
      '2026-01-30T10:00:00.000Z', '2026-02-27T10:00:00.000Z', '2026-03-27T10:00:00.000Z', '2026-04-24T09:00:00.000Z', '2026-05-29T09:00:00.000Z',
    ]);
  });
  it('is open on the last Friday only', () => {
    expect(openingState([monthly('-1FR')], at('2026-01-30T11:00:00Z'), ew).open).toBe(true);
    expect(openingState([monthly('-1FR')], at('2026-01-23T11:00:00Z'), ew).open).toBe(false);
  });
  it('bymonthday, including the last day of the month', () => {
    const s = (bymonthday: string): Schedule[] => [{ ...monthly(''), byday: undefined, bymonthday }];
    expect(starts(s('1,15'), '2026-01-02T00:00:00Z', 3)).toEqual(['2026-01-15T10:00:00.000Z', '2026-02-01T10:00:00.000Z', '2026-02-15T10:00:00.000Z']);
    expect(starts(s('-1'), '2026-01-02T00:00:00Z', 2)).toEqual(['2026-01-31T10:00:00.000Z', '2026-02-28T10:00:00.000Z']);
    expect(starts(s('31'), '2026-01-02T00:00:00Z', 2)).toEqual(['2026-01-31T10:00:00.000Z', '2026-03-31T09:00:00.000Z']);
  });
});

describe('valid_from and valid_to', () => {
  const term = [weekly('WE', '18:00', '19:30', { valid_from: '2026-09-09', valid_to: '2026-12-16' })];
  it('includes the first and last day', () => {
    expect(openingState(term, at('2026-09-09T17:30:00Z'), ew).open).toBe(true);
    expect(openingState(term, at('2026-12-16T18:30:00Z'), ew).open).toBe(true);
  });
  it('excludes the days outside', () => {
    expect(openingState(term, at('2026-09-02T17:30:00Z'), ew).open).toBe(false);
    expect(openingState(term, at('2026-12-23T18:30:00Z'), ew).open).toBe(false);
  });
  it('waits for the start and stops after the end', () => {
    expect(iso(openingState(term, at('2026-08-01T12:00:00Z'), ew).nextOpen?.start)).toBe('2026-09-09T17:00:00.000Z');
    expect(openingState(term, at('2026-12-17T12:00:00Z'), ew)).toEqual({ open: false, byAppointment: false, unknown: false });
    expect(nextOpenings(term, at('2026-12-17T12:00:00Z'), 3, ew)).toEqual([]);
  });
});

describe('overnight sessions', () => {
  const night = [weekly('FR', '21:00', '06:00', { attending_type: 'phone' })];
  it('is open late on the day and early the next morning', () => {
    expect(openingState(night, at('2026-01-16T23:00:00Z'), ew)).toMatchObject({ open: true, closesAt: at('2026-01-17T06:00:00Z') });
    expect(openingState(night, at('2026-01-17T05:00:00Z'), ew)).toMatchObject({ open: true, closesAt: at('2026-01-17T06:00:00Z') });
  });
  it('is closed after it ends and the night before', () => {
    expect(openingState(night, at('2026-01-17T07:00:00Z'), ew)).toMatchObject({ open: false, nextOpen: { start: at('2026-01-23T21:00:00Z') } });
    expect(openingState(night, at('2026-01-16T05:00:00Z'), ew).open).toBe(false);
  });
  it('lists a session in progress first', () => {
    expect(sessions(night, '2026-01-17T05:00:00Z', 1)).toEqual([['2026-01-16T21:00:00.000Z', '2026-01-17T06:00:00.000Z']]);
  });
});

describe('24-hour lines', () => {
  const always = [weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00', { attending_type: 'phone' })];
  it('is open with no closing time in sight, bank holidays included', () => {
    for (const t of ['2026-01-14T03:00:00Z', '2026-12-25T12:00:00Z', '2026-03-29T01:30:00Z']) {
      expect(openingState(always, at(t), ew)).toEqual({ open: true, byAppointment: false, unknown: false });
    }
  });
  it('gives each day as its own session', () => {
    expect(sessions(always, '2026-01-14T03:00:00Z', 2)).toEqual([
      ['2026-01-14T00:00:00.000Z', '2026-01-15T00:00:00.000Z'], ['2026-01-15T00:00:00.000Z', '2026-01-16T00:00:00.000Z'],
    ]);
  });
  it('closes at midnight when the days run out', () => {
    const weekdays = [weekly('MO,TU,WE,TH,FR', '00:00', '24:00', { attending_type: 'phone' })];
    expect(openingState(weekdays, at('2026-01-14T12:00:00Z'), ew).closesAt).toEqual(at('2026-01-17T00:00:00Z'));
  });
});

describe('schedules without hours', () => {
  it('by appointment', () => {
    expect(openingState([{ description: 'By appointment only' }], at('2026-01-14T12:00:00Z'), ew)).toEqual({ open: false, byAppointment: true, unknown: false });
    expect(openingState([{ description: 'Journeys by arrangement, seven days a week' }], at('2026-01-14T12:00:00Z'), ew).byAppointment).toBe(true);
  });
  it('hours not known', () => {
    expect(openingState([{ description: 'See the website for opening hours' }], at('2026-01-14T12:00:00Z'), ew)).toEqual({ open: false, byAppointment: false, unknown: true });
    expect(openingState([], at('2026-01-14T12:00:00Z'), ew).unknown).toBe(true);
    expect(openingState(undefined, at('2026-01-14T12:00:00Z'), ew).unknown).toBe(true);
  });
  it('an unusable field makes the schedule unknown instead of guessed', () => {
    for (const bad of [{ byday: 'Tuesdays' }, { opens_at: '10am' }, { closes_at: '25:00' }, { interval: 0 }, { valid_from: '2026-02-30' }]) {
      expect(openingState([{ ...weekly('TU'), ...bad } as Schedule], at('2026-01-13T10:30:00Z'), ew).unknown).toBe(true);
    }
  });
  it('still reports hours that are known alongside an appointment note', () => {
    const s = openingState([{ description: 'By appointment only' }, weekly('TU', '09:00', '16:00', { attending_type: 'phone' })], at('2026-01-13T10:30:00Z'), ew);
    expect(s).toMatchObject({ open: true, byAppointment: true, unknown: false });
  });
});

describe('attending filter', () => {
  const mixed: Schedule[] = [weekly('TU', '10:00', '12:00', { attending_type: undefined }), weekly('MO,TU,WE,TH,FR', '09:00', '17:00', { attending_type: 'phone' })];
  const mon = at('2026-01-12T13:00:00Z');
  it('considers all schedules when attending is undefined', () => {
    expect(openingState(mixed, mon, ew).open).toBe(true);
  });
  it('counts a schedule without attending_type as in person', () => {
    expect(openingState(mixed, mon, { ...ew, attending: 'in_person' })).toMatchObject({ open: false, nextOpen: { start: at('2026-01-13T10:00:00Z') } });
    expect(openingState(mixed, mon, { ...ew, attending: 'phone' }).open).toBe(true);
    expect(openingState(mixed, mon, { ...ew, attending: 'online' }).unknown).toBe(true);
  });
  it('lets a national service read it as its phone line', () => {
    const line = [weekly('MO', '12:00', '14:00', { attending_type: undefined })];
    expect(openingState(line, mon, { ...ew, attending: 'phone', defaultAttending: 'phone' }).open).toBe(true);
  });
});

describe('bank holidays', () => {
  const mon = [weekly('MO', '10:00', '12:00')];
  const tue = [weekly('TU', '10:00', '12:00')];
  const state = (s: Schedule[], t: string, region: ScheduleOptions['region']) => openingState(s, at(t), { region });
  it('3 August 2026 is a Scottish holiday but not an English one', () => {
    expect(state(mon, '2026-08-03T09:30:00Z', 'england-and-wales').open).toBe(true);
    expect(state(mon, '2026-08-03T09:30:00Z', 'scotland')).toMatchObject({ open: false, nextOpen: { start: at('2026-08-10T09:00:00Z') } });
  });
  it('31 August 2026 is the reverse', () => {
    expect(state(mon, '2026-08-31T09:30:00Z', 'england-and-wales').open).toBe(false);
    expect(state(mon, '2026-08-31T09:30:00Z', 'northern-ireland').open).toBe(false);
    expect(state(mon, '2026-08-31T09:30:00Z', 'scotland').open).toBe(true);
  });
  it('17 March 2026 is a holiday in Northern Ireland only', () => {
    expect(state(tue, '2026-03-17T10:30:00Z', 'northern-ireland').open).toBe(false);
    expect(state(tue, '2026-03-17T10:30:00Z', 'england-and-wales').open).toBe(true);
    expect(state(tue, '2026-03-17T10:30:00Z', 'scotland').open).toBe(true);
  });
  it('Easter Monday 6 April 2026 is not a holiday in Scotland', () => {
    expect(state(mon, '2026-04-06T09:30:00Z', 'scotland').open).toBe(true);
    expect(state(mon, '2026-04-06T09:30:00Z', 'england-and-wales').open).toBe(false);
    expect(state(mon, '2026-04-06T09:30:00Z', 'northern-ireland').open).toBe(false);
  });
  it('a phone line stays open by default; the bank_holidays field overrides either way', () => {
    expect(state([weekly('MO', '10:00', '12:00', { attending_type: 'phone' })], '2026-08-31T09:30:00Z', 'england-and-wales').open).toBe(true);
    expect(state([weekly('MO', '10:00', '12:00', { attending_type: 'online' })], '2026-08-31T09:30:00Z', 'england-and-wales').open).toBe(true);
    expect(state([weekly('MO', '10:00', '12:00', { attending_type: 'phone', bank_holidays: 'closed' })], '2026-08-31T09:30:00Z', 'england-and-wales').open).toBe(false);
    expect(state([weekly('MO', '10:00', '12:00', { bank_holidays: 'open' })], '2026-08-31T09:30:00Z', 'england-and-wales').open).toBe(true);
  });
  it('skips Christmas and New Year when they fall on the day', () => {
    expect(starts([weekly('FR')], '2026-12-24T00:00:00Z', 1)).toEqual(['2027-01-08T10:00:00.000Z']);
  });
});

describe('clock changes', () => {
  const weekend = [weekly('SA,SU')];
  it('sessions on 28 and 29 March 2026 stay at 10:00 London time', () => {
    expect(sessions(weekend, '2026-03-28T00:00:00Z', 2)).toEqual([
      ['2026-03-28T10:00:00.000Z', '2026-03-28T12:00:00.000Z'], ['2026-03-29T09:00:00.000Z', '2026-03-29T11:00:00.000Z'],
    ]);
  });
  it('sessions on 24 and 25 October 2026 stay at 10:00 London time', () => {
    expect(sessions(weekend, '2026-10-24T00:00:00Z', 2)).toEqual([
      ['2026-10-24T09:00:00.000Z', '2026-10-24T11:00:00.000Z'], ['2026-10-25T10:00:00.000Z', '2026-10-25T12:00:00.000Z'],
    ]);
  });
  it('open now until the right instant on the change days', () => {
    expect(openingState(weekend, at('2026-03-29T10:30:00Z'), ew)).toMatchObject({ open: true, closesAt: at('2026-03-29T11:00:00Z') });
    expect(openingState(weekend, at('2026-03-29T11:30:00Z'), ew).open).toBe(false);
    expect(openingState(weekend, at('2026-10-25T11:30:00Z'), ew)).toMatchObject({ open: true, closesAt: at('2026-10-25T12:00:00Z') });
    expect(openingState(weekend, at('2026-10-25T09:30:00Z'), ew).open).toBe(false);
  });
  it('01:00–02:00 on 29 March 2026 does not exist', () => {
    const s = [weekly('SU', '01:00', '02:00', { attending_type: 'phone' })];
    expect(starts(s, '2026-03-28T12:00:00Z', 1)).toEqual(['2026-04-05T00:00:00.000Z']);
    expect(openingState(s, at('2026-03-29T01:00:00Z'), ew).open).toBe(false);
  });
  it('a whole day is 23 hours in March and 25 in October', () => {
    const s = [weekly('SU', '00:00', '24:00', { attending_type: 'phone' })];
    expect(sessions(s, '2026-03-28T12:00:00Z', 1)).toEqual([['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']]);
    expect(sessions(s, '2026-10-24T12:00:00Z', 1)).toEqual([['2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z']]);
  });
  it('an overnight session across the change ends at 06:00 London time', () => {
    const s = [weekly('SA', '21:00', '06:00', { attending_type: 'phone' })];
    expect(sessions(s, '2026-03-28T12:00:00Z', 1)).toEqual([['2026-03-28T21:00:00.000Z', '2026-03-29T05:00:00.000Z']]);
    expect(sessions(s, '2026-10-24T12:00:00Z', 1)).toEqual([['2026-10-24T20:00:00.000Z', '2026-10-25T06:00:00.000Z']]);
  });
});

describe('next opening across month and year ends', () => {
  it('crosses a month end', () => {
    expect(starts([weekly('WE')], '2026-01-30T12:00:00Z', 1)).toEqual(['2026-02-04T10:00:00.000Z']);
    expect(starts([monthly('1TH')], '2026-01-02T12:00:00Z', 1)).toEqual(['2026-02-05T10:00:00.000Z']);
  });
  it('crosses a year end', () => {
    expect(iso(openingState([monthly('2TU')], at('2026-12-20T12:00:00Z'), ew).nextOpen?.start)).toBe('2027-01-12T10:00:00.000Z');
    expect(starts([monthly('-1TH', '14:00', '16:00')], '2026-12-31T15:00:00Z', 2)).toEqual(['2026-12-31T14:00:00.000Z', '2027-01-28T14:00:00.000Z']);
  });
  it('finds a season that starts many months later', () => {
    expect(iso(openingState([weekly('MO', '10:00', '12:00', { valid_from: '2027-04-01' })], at('2026-03-01T12:00:00Z'), ew).nextOpen?.start)).toBe('2027-04-05T09:00:00.000Z');
  });
});

describe('isOpenThisWeek', () => {
  it('looks seven days ahead', () => {
    expect(isOpenThisWeek([monthly('2TU')], at('2026-01-01T12:00:00Z'), ew)).toBe(false);
    expect(isOpenThisWeek([monthly('2TU')], at('2026-01-08T12:00:00Z'), ew)).toBe(true);
    expect(isOpenThisWeek([monthly('2TU')], at('2026-01-13T11:00:00Z'), ew)).toBe(true);
    expect(isOpenThisWeek([{ description: 'By appointment' }], at('2026-01-13T11:00:00Z'), ew)).toBe(false);
  });
});

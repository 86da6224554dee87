import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/model.ts';
import { ENGLISH, describeSchedule, formatOpenState, openingState, wordsFor, type OpeningState, type ScheduleOptions, type ScheduleWords } from '../../src/core/schedule/index.ts';
import national from '../../data/services/national.json';
import northEast from '../../data/services/bristol-north-east.json';
import southWest from '../../data/services/bristol-south-west.json';

const ew: ScheduleOptions = { region: 'england-and-wales' };
const at = (iso: string) => new Date(iso);
const weekly = (byday: string, opens = '10:00', closes = '12:00', more: Partial<Schedule> = {}): Schedule => ({ freq: 'WEEKLY', interval: 1, byday, opens_at: opens, closes_at: closes, ...more });
const monthly = (byday: string, opens = '10:00', closes = '12:00', more: Partial<Schedule> = {}): Schedule => ({ freq: 'MONTHLY', interval: 1, byday, opens_at: opens, closes_at: closes, ...more });

describe('time words', () => {
  it.each([
    [10, 0, '10am'], [14, 30, '2:30pm'], [12, 0, '12 noon'], [0, 0, 'midnight'], [24, 0, 'midnight'],
    [0, 30, '12:30am'], [12, 30, '12:30pm'], [9, 5, '9:05am'], [23, 59, '11:59pm'],
  ])('%i:%i is %s', (h, m, words) => expect(ENGLISH.time(h, m)).toBe(words));
});

describe('describeSchedule', () => {
  it.each<[string, Schedule, string]>([
    ['weekly', weekly('TU'), 'Every Tuesday, 10am to 12 noon'],
    ['two days', weekly('TU,TH'), 'Every Tuesday and Thursday, 10am to 12 noon'],
    ['three separate days', weekly('MO,WE,FR', '10:00', '15:00'), 'Monday, Wednesday and Friday, 10am to 3pm'],
    ['a run of days', weekly('MO,TU,WE,TH,FR', '09:00', '17:00'), 'Monday to Friday, 9am to 5pm'],
    ['a run and a day', weekly('FR,MO,TU,WE', '09:00', '17:00'), 'Monday to Wednesday and Friday, 9am to 5pm'],
    ['every day', weekly('MO,TU,WE,TH,FR,SA,SU', '08:00', '19:00'), 'Every day, 8am to 7pm'],
    ['fortnightly', weekly('WE', '14:00', '16:00', { interval: 2, dtstart: '2026-01-14' }), 'Every other Wednesday, 2pm to 4pm'],
    ['fortnightly all week', weekly('MO,TU,WE,TH,FR,SA,SU', '09:00', '17:00', { interval: 2, dtstart: '2026-01-05' }), 'Every other Monday to Sunday, 9am to 5pm'],
    ['every three weeks', weekly('MO', '14:00', '15:30', { interval: 3, dtstart: '2026-01-05' }), 'Every 3 weeks on Monday, 2pm to 3:30pm'],
    ['second Tuesday', monthly('2TU'), 'Second Tuesday of the month, 10am to 12 noon'],
    ['last Friday', monthly('-1FR', '14:30', '16:00'), 'Last Friday of the month, 2:30pm to 4pm'],
    ['second to last Friday', monthly('-2FR'), 'Second to last Friday of the month, 10am to 12 noon'],
    ['first and third', monthly('1TU,3TU'), 'First and third Tuesday of the month, 10am to 12 noon'],
    ['mixed positions', monthly('1MO,3WE'), 'First Monday and third Wednesday of the month, 10am to 12 noon'],
    ['every other month', monthly('2TU', '10:00', '12:00', { interval: 2, dtstart: '2026-01-13' }), 'Second Tuesday of every other month, 10am to 12 noon'],
    ['every three months', monthly('2MO', '10:30', '12:00', { interval: 3, dtstart: '2026-09-14' }), 'Second Monday of March, June, September and December, 10:30am to 12 noon'],
    ['every five months', monthly('2MO', '10:30', '12:00', { interval: 5, dtstart: '2026-09-14' }), 'Second Monday of every 5 months, 10:30am to 12 noon'],
    ['days of the month', { ...monthly(''), bymonthday: '1,15' }, 'The 1st and 15th of the month, 10am to 12 noon'],
    ['last day of the month', { ...monthly(''), bymonthday: '-1' }, 'The last day of the month, 10am to 12 noon'],
    ['22nd', { ...monthly(''), bymonthday: '22' }, 'The 22nd of the month, 10am to 12 noon'],
    ['24 hours', weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00'), 'Open 24 hours, every day'],
    ['24 hours on weekdays', weekly('MO,TU,WE,TH,FR', '00:00', '24:00'), 'Open 24 hours, Monday to Friday'],
    ['overnight', weekly('FR', '21:00', '06:00'), 'Every Friday, 9pm to 6am'],
    ['to midnight', weekly('SA', '18:00', '24:00'), 'Every Saturday, 6pm to midnight'],
    ['term time', weekly('TU', '10:00', '12:00', { valid_from: '2026-09-07', valid_to: '2027-07-16' }), 'Every Tuesday, 10am to 12 noon (from 7 September 2026 to 16 July 2027)'],
    ['from a date', weekly('TU', '10:00', '12:00', { valid_from: '2026-11-02' }), 'Every Tuesday, 10am to 12 noon (from 2 November 2026)'],
    ['until a date', weekly('TU', '10:00', '12:00', { valid_to: '2027-03-26' }), 'Every Tuesday, 10am to 12 noon (until 26 March 2027)'],
    ['only words', { description: 'By appointment only' }, 'By appointment only'],
    ['unusable fields', { freq: 'WEEKLY', byday: 'Tuesdays', description: 'Tuesdays, ask at the desk' } as Schedule, 'Tuesdays, ask at the desk'],
    ['nothing at all', {}, ''],
  ])('%s', (_name, schedule, words) => expect(describeSchedule(schedule)).toBe(words));

  it('matches what officers wrote for the plainly worded real schedules', () => {
    const all = [...national, ...northEast, ...southWest].flatMap((s) => (s.schedules ?? []) as Schedule[]);
    const plain = all.filter((s) => s.freq && /^(Every|First|Second|Third|Last|Monday\b|Open 24)/.test(s.description ?? '') && !/[(]|term|from/.test(s.description ?? ''));
    expect(plain.length).toBeGreaterThan(40);
    expect(plain.map((s) => describeSchedule(s))).toEqual(plain.map((s) => s.description));
  });

  it('takes its words from a table', () => {
    const cy: ScheduleWords = { ...ENGLISH, weekdays: ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'], every: (d) => `pob ${d}` };
    expect(describeSchedule(weekly('TU'), 'cy', cy)).toBe('Pob Dydd Mawrth, 10am to 12 noon');
    expect(wordsFor('cy-GB')).toBe(ENGLISH);
    expect(wordsFor('en-GB')).toBe(ENGLISH);
  });
});

describe('formatOpenState', () => {
  const line = (s: Schedule[], now: string, opts: ScheduleOptions = ew) => formatOpenState(openingState(s, at(now), opts), at(now));
  it.each<[string, Schedule[], string, string]>([
    ['open until', [weekly('TU', '14:00', '16:00')], '2026-01-13T15:00:00Z', 'Open now until 4pm'],
    ['open until half past', [weekly('TU', '10:00', '14:30')], '2026-01-13T11:00:00Z', 'Open now until 2:30pm'],
    ['open until noon in summer', [weekly('TU')], '2026-06-09T09:30:00Z', 'Open now until 12 noon'],
    ['open overnight', [weekly('FR', '21:00', '06:00', { attending_type: 'phone' })], '2026-01-16T23:00:00Z', 'Open now until 6am tomorrow'],
    ['open until midnight', [weekly('MO,TU,WE,TH,FR', '00:00', '24:00', { attending_type: 'phone' })], '2026-01-16T12:00:00Z', 'Open now until midnight'],
    ['open until a later midnight', [weekly('MO,TU,WE,TH,FR', '00:00', '24:00', { attending_type: 'phone' })], '2026-01-14T12:00:00Z', 'Open now until Friday midnight'],
    ['open all the time', [weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00', { attending_type: 'phone' })], '2026-01-14T12:00:00Z', 'Open now'],
    ['opens today', [weekly('TU', '14:00', '16:00')], '2026-01-13T09:00:00Z', 'Opens today at 2pm'],
    ['opens tomorrow', [weekly('WE')], '2026-01-13T20:00:00Z', 'Opens tomorrow at 10am'],
    ['next this week', [weekly('TU')], '2026-01-15T12:00:00Z', 'Next: Tuesday 10am'],
    ['next beyond a week', [monthly('2FR')], '2026-12-20T12:00:00Z', 'Next: 8 January, 10am'],
    ['next in a year’s time', [weekly('MO', '10:00', '12:00', { valid_from: '2027-04-01' })], '2026-03-01T12:00:00Z', 'Next: 5 April 2027, 10am'],
    ['by appointment', [{ description: 'By appointment only' }], '2026-01-13T12:00:00Z', 'By appointment'],
    ['hours not known', [{ description: 'See the website for opening hours' }], '2026-01-13T12:00:00Z', 'Hours not known'],
    ['season over', [weekly('TU', '10:00', '12:00', { valid_to: '2026-01-01' })], '2026-01-13T12:00:00Z', 'No sessions coming up'],
  ])('%s', (_name, schedules, now, words) => expect(line(schedules, now)).toBe(words));

  it('says "Open now until" at the right time on both clock-change days', () => {
    const weekend = [weekly('SA,SU', '10:00', '16:00')];
    expect(line(weekend, '2026-03-28T15:30:00Z')).toBe('Open now until 4pm');
    expect(line(weekend, '2026-03-29T14:30:00Z')).toBe('Open now until 4pm');
    expect(line(weekend, '2026-03-29T15:30:00Z')).toBe('Next: Saturday 10am');
    expect(line(weekend, '2026-10-24T14:30:00Z')).toBe('Open now until 4pm');
    expect(line(weekend, '2026-10-25T15:30:00Z')).toBe('Open now until 4pm');
    expect(line(weekend, '2026-10-25T08:30:00Z')).toBe('Opens today at 10am');
  });

  it('a state that is open with no closing time reads "Open now"', () => {
    const s: OpeningState = { open: true, byAppointment: false, unknown: false };
    expect(formatOpenState(s, at('2026-01-13T12:00:00Z'))).toBe('Open now');
  });
});

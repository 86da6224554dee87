import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/core/model.ts';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS, defaultAttendingType, isBankHoliday, regionForPostcode, regionForService, type BankHolidayRegion } from '../../src/core/schedule/index.ts';
import national from '../../data/services/national.json';
import northEast from '../../data/services/bristol-north-east.json';

const REGIONS: BankHolidayRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (date: string) => DAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
const EASTER: Record<number, string> = { 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16' };

/**
 * The standing rules, worked out independently of the table: fixed-date holidays move to the next
 * weekday not already taken, in the order GOV.UK applies them.
 */
function expected(region: BankHolidayRegion, year: number): string[] {
  const d = (m: number, day: number) => new Date(Date.UTC(year, m - 1, day));
  const key = (x: Date) => x.toISOString().slice(0, 10);
  const plus = (x: Date, n: number) => new Date(x.getTime() + n * 86_400_000);
  const mondays = (m: number) => [...Array(31).keys()].map((i) => d(m, i + 1)).filter((x) => x.getUTCMonth() === m - 1 && x.getUTCDay() === 1);
  const taken = new Set<string>();
  const fixed = (m: number, day: number) => {
    let x = d(m, day);
    while (x.getUTCDay() === 0 || x.getUTCDay() === 6 || taken.has(key(x))) x = plus(x, 1);
    taken.add(key(x));
  };
  const easter = new Date(`${EASTER[year]}T00:00:00Z`);
  fixed(1, 1);
  if (region === 'scotland') fixed(1, 2);
  if (region === 'northern-ireland') fixed(3, 17);
  taken.add(key(plus(easter, -2)));
  if (region !== 'scotland') taken.add(key(plus(easter, 1)));
  taken.add(key(mondays(5)[0]));
  taken.add(key(mondays(5).at(-1)!));
  if (region === 'northern-ireland') fixed(7, 12);
  taken.add(key(region === 'scotland' ? mondays(8)[0] : mondays(8).at(-1)!));
  if (region === 'scotland') fixed(11, 30);
  fixed(12, 25);
  fixed(12, 26);
  return [...taken].sort();
}

describe('bank holiday table', () => {
  it('covers 2026 to 2028', () => expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2026, last: 2028 }));

  it('has Easter on a Sunday each year', () => {
    for (const date of Object.values(EASTER)) expect(weekday(date)).toBe('Sunday');
  });

  it.each(REGIONS)('every %s date is a weekday that fits its name', (region) => {
    for (const { date, title } of BANK_HOLIDAYS[region]) {
      const day = weekday(date);
      expect(['Saturday', 'Sunday'], `${date} ${title}`).not.toContain(day);
      if (title === 'Good Friday') expect(day, date).toBe('Friday');
      if (/Easter Monday|Early May|Spring|Summer|substitute/.test(title)) expect(day, `${date} ${title}`).toMatch(/Monday|Tuesday/);
      if (/Early May|Spring|Summer|Easter Monday/.test(title)) expect(day, `${date} ${title}`).toBe('Monday');
    }
  });

  it.each(REGIONS.flatMap((r) => [2026, 2027, 2028].map((y) => [r, y] as const)))('%s %i matches the standing rules', (region, year) => {
    const table = BANK_HOLIDAYS[region].map((b) => b.date).filter((x) => x.startsWith(String(year)));
    expect(table).toEqual(expected(region, year));
  });

  it('2026 matches the GOV.UK lists', () => {
    const dates = (r: BankHolidayRegion) => BANK_HOLIDAYS[r].map((b) => b.date).filter((x) => x.startsWith('2026'));
    expect(dates('england-and-wales')).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(dates('scotland')).toEqual(['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']);
    expect(dates('northern-ireland')).toEqual(['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28']);
  });

  it('answers by region', () => {
    expect(isBankHoliday('2026-08-03', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-08-03', 'england-and-wales')).toBe(false);
    expect(isBankHoliday('2026-03-17', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2026-04-06', 'scotland')).toBe(false);
    expect(isBankHoliday('2029-01-01', 'england-and-wales')).toBe(false);
  });
});

describe('regions', () => {
  it.each([
    ['BT1 1AA', 'northern-ireland'], ['bt481ab', 'northern-ireland'], ['EH1 1YZ', 'scotland'], ['G1 1XQ', 'scotland'], ['G12 8QQ', 'scotland'],
    ['KA1 1AA', 'scotland'], ['ZE1 0AA', 'scotland'], ['TD1 1AB', 'scotland'], ['TD15 1AB', 'england-and-wales'], ['GL1 1AA', 'england-and-wales'],
    ['GU1 1AA', 'england-and-wales'], ['KT1 1AA', 'england-and-wales'], ['PE1 1AA', 'england-and-wales'], ['BS5 6JH', 'england-and-wales'], ['CF10 1AA', 'england-and-wales'],
  ])('postcode %s is in %s', (pc, region) => expect(regionForPostcode(pc)).toBe(region));

  it('does not guess from something that is not a postcode', () => expect(regionForPostcode('nowhere')).toBeUndefined());

  const svc = (more: Partial<Service>): Service => ({ id: 'x', name: 'X', status: 'active', topics: ['social'], ...more });
  const place = (postal_code: string) => [{ location: { id: 'l', location_type: 'physical' as const, latitude: 55.9, longitude: -3.2, addresses: [{ address_1: '1 Road', city: 'Town', postal_code, country: 'GB' }] } }];
  const areas = (...names: string[]) => names.map((name) => ({ name }));

  it('uses the primary postcode of a place', () => {
    expect(regionForService(svc({ service_at_locations: place('EH1 1YZ'), service_areas: areas('Edinburgh') }))).toBe('scotland');
    expect(regionForService(svc({ service_at_locations: place('BT1 1AA') }))).toBe('northern-ireland');
  });

  it('for a national service, follows its areas only when they are all in one nation', () => {
    expect(regionForService(svc({ service_areas: areas('Scotland') }))).toBe('scotland');
    expect(regionForService(svc({ service_areas: areas('Northern Ireland') }))).toBe('northern-ireland');
    expect(regionForService(svc({ service_areas: areas('United Kingdom') }))).toBe('england-and-wales');
    expect(regionForService(svc({ service_areas: areas('Scotland', 'Northern Ireland') }))).toBe('england-and-wales');
    expect(regionForService(svc({}))).toBe('england-and-wales');
  });

  it('reads the real data', () => {
    const regions = Object.fromEntries([...national, ...northEast].map((s) => [s.id, regionForService(s as Service)]));
    expect(regions['national-alzheimer-scotland-helpline']).toBe('scotland');
    expect(regions['national-samaritans']).toBe('england-and-wales');
    expect(regions['bs-ne-trinity-chair-yoga']).toBe('england-and-wales');
  });

  it('says what a schedule without attending_type is for', () => {
    expect(defaultAttendingType(svc({ service_at_locations: place('BS5 6JH') }))).toBe('in_person');
    expect(defaultAttendingType(svc({ phones: [{ number: '0800 000 000' }] }))).toBe('phone');
    expect(defaultAttendingType(svc({}))).toBe('online');
  });
});

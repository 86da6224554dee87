/**
 * UK bank holidays by region. 2026 is copied from GOV.UK (https://www.gov.uk/bank-holidays);
 * 2027 and 2028 follow the standing rules (a holiday on a weekend moves to the next free weekday)
 * because GOV.UK only publishes about two years ahead. One-off holidays (a coronation, a jubilee)
 * are proclaimed separately and must be added here by hand; so must years after 2028.
 */
export type BankHolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

export interface BankHoliday {
  date: string;
  title: string;
}

const sub = ' (substitute day)';
const h = (date: string, title: string): BankHoliday => ({ date, title });

export const BANK_HOLIDAYS: Readonly<Record<BankHolidayRegion, readonly BankHoliday[]>> = {
  'england-and-wales': [
    h('2026-01-01', 'New Year’s Day'),
    h('2026-04-03', 'Good Friday'),
    h('2026-04-06', 'Easter Monday'),
    h('2026-05-04', 'Early May bank holiday'),
    h('2026-05-25', 'Spring bank holiday'),
    h('2026-08-31', 'Summer bank holiday'),
    h('2026-12-25', 'Christmas Day'),
    h('2026-12-28', 'Boxing Day' + sub),
    h('2027-01-01', 'New Year’s Day'),
    h('2027-03-26', 'Good Friday'),
    h('2027-03-29', 'Easter Monday'),
    h('2027-05-03', 'Early May bank holiday'),
    h('2027-05-31', 'Spring bank holiday'),
    h('2027-08-30', 'Summer bank holiday'),
    h('2027-12-27', 'Christmas Day' + sub),
    h('2027-12-28', 'Boxing Day' + sub),
    h('2028-01-03', 'New Year’s Day' + sub),
    h('2028-04-14', 'Good Friday'),
    h('2028-04-17', 'Easter Monday'),
    h('2028-05-01', 'Early May bank holiday'),
    h('2028-05-29', 'Spring bank holiday'),
    h('2028-08-28', 'Summer bank holiday'),
    h('2028-12-25', 'Christmas Day'),
    h('2028-12-26', 'Boxing Day'),
  ],
  scotland: [
    h('2026-01-01', 'New Year’s Day'),
    h('2026-01-02', '2nd January'),
    h('2026-04-03', 'Good Friday'),
    h('2026-05-04', 'Early May bank holiday'),
    h('2026-05-25', 'Spring bank holiday'),
    h('2026-08-03', 'Summer bank holiday'),
    h('2026-11-30', 'St Andrew’s Day'),
    h('2026-12-25', 'Christmas Day'),
    h('2026-12-28', 'Boxing Day' + sub),
    h('2027-01-01', 'New Year’s Day'),
    h('2027-01-04', '2nd January' + sub),
    h('2027-03-26', 'Good Friday'),
    h('2027-05-03', 'Early May bank holiday'),
    h('2027-05-31', 'Spring bank holiday'),
    h('2027-08-02', 'Summer bank holiday'),
    h('2027-11-30', 'St Andrew’s Day'),
    h('2027-12-27', 'Christmas Day' + sub),
    h('2027-12-28', 'Boxing Day' + sub),
    h('2028-01-03', 'New Year’s Day' + sub),
    h('2028-01-04', '2nd January' + sub),
    h('2028-04-14', 'Good Friday'),
    h('2028-05-01', 'Early May bank holiday'),
    h('2028-05-29', 'Spring bank holiday'),
    h('2028-08-07', 'Summer bank holiday'),
    h('2028-11-30', 'St Andrew’s Day'),
    h('2028-12-25', 'Christmas Day'),
    h('2028-12-26', 'Boxing Day'),
  ],
  'northern-ireland': [
    h('2026-01-01', 'New Year’s Day'),
    h('2026-03-17', 'St Patrick’s Day'),
    h('2026-04-03', 'Good Friday'),
    h('2026-04-06', 'Easter Monday'),
    h('2026-05-04', 'Early May bank holiday'),
    h('2026-05-25', 'Spring bank holiday'),
    h('2026-07-13', 'Battle of the Boyne (Orangemen’s Day)' + sub),
    h('2026-08-31', 'Summer bank holiday'),
    h('2026-12-25', 'Christmas Day'),
    h('2026-12-28', 'Boxing Day' + sub),
    h('2027-01-01', 'New Year’s Day'),
    h('2027-03-17', 'St Patrick’s Day'),
    h('2027-03-26', 'Good Friday'),
    h('2027-03-29', 'Easter Monday'),
    h('2027-05-03', 'Early May bank holiday'),
    h('2027-05-31', 'Spring bank holiday'),
    h('2027-07-12', 'Battle of the Boyne (Orangemen’s Day)'),
    h('2027-08-30', 'Summer bank holiday'),
    h('2027-12-27', 'Christmas Day' + sub),
    h('2027-12-28', 'Boxing Day' + sub),
    h('2028-01-03', 'New Year’s Day' + sub),
    h('2028-03-17', 'St Patrick’s Day'),
    h('2028-04-14', 'Good Friday'),
    h('2028-04-17', 'Easter Monday'),
    h('2028-05-01', 'Early May bank holiday'),
    h('2028-05-29', 'Spring bank holiday'),
    h('2028-07-12', 'Battle of the Boyne (Orangemen’s Day)'),
    h('2028-08-28', 'Summer bank holiday'),
    h('2028-12-25', 'Christmas Day'),
    h('2028-12-26', 'Boxing Day'),
  ],
};

/** First and last year the table covers; outside it no day counts as a bank holiday. */
export const BANK_HOLIDAY_YEARS = { first: 2026, last: 2028 } as const;

const sets = new Map<BankHolidayRegion, Set<string>>();

/** Is the London date `YYYY-MM-DD` a bank holiday in the region? */
export function isBankHoliday(day: string, region: BankHolidayRegion): boolean {
  let set = sets.get(region);
  if (!set) {
    set = new Set((BANK_HOLIDAYS[region] ?? []).map((b) => b.date));
    sets.set(region, set);
  }
  return set.has(day);
}

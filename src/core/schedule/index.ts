/** The schedules engine: opening hours in Europe/London time. Contract in README.md. */
export { openingState, nextOpenings, isOpenThisWeek, type OpeningState, type ScheduleOptions } from './state.ts';
export { describeSchedule, formatOpenState } from './describe.ts';
export { regionForService, regionForPostcode, defaultAttendingType } from './region.ts';
export { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS, isBankHoliday, type BankHoliday, type BankHolidayRegion } from './bank-holidays.ts';
export { ENGLISH, SCHEDULE_WORDS, wordsFor, type ScheduleWords } from './words.ts';
export type { Session } from './rules.ts';

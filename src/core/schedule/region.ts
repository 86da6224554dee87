import { physicalLocations, primaryPostcode, type AttendingType, type Service } from '../model.ts';
import type { BankHolidayRegion } from './bank-holidays.ts';

// Postcode areas wholly or mostly in Scotland. `G` must match exactly: GL and GU are English.
const SCOTTISH_AREAS = new Set(['AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'TD', 'ZE']);
// Districts of those areas that lie in England (Berwick-upon-Tweed is TD15).
const ENGLISH_DISTRICTS = new Set(['TD15']);

/** Bank-holiday region of a UK postcode, or undefined when it does not look like one. */
export function regionForPostcode(postcode: string): BankHolidayRegion | undefined {
  const pc = postcode.toUpperCase().replace(/\s+/g, '');
  const area = /^([A-Z]{1,2})\d/.exec(pc)?.[1];
  if (!area || pc.length < 5) return undefined;
  if (area === 'BT') return 'northern-ireland';
  if (SCOTTISH_AREAS.has(area) && !ENGLISH_DISTRICTS.has(pc.slice(0, -3))) return 'scotland';
  return 'england-and-wales';
}

/**
 * Whose bank holidays apply: the primary postcode's nation for a place people visit; for a
 * service with no postcode, Scotland or Northern Ireland only when every named area is in that
 * nation, otherwise England and Wales (the calendar most of the UK keeps).
 */
export function regionForService(service: Service): BankHolidayRegion {
  const pc = primaryPostcode(service);
  const byPostcode = pc ? regionForPostcode(pc) : undefined;
  if (byPostcode) return byPostcode;
  const names = (service.service_areas ?? []).map((a) => (a.name ?? '').trim().toLowerCase()).filter(Boolean);
  if (names.length && names.every((n) => n === 'scotland')) return 'scotland';
  if (names.length && names.every((n) => n === 'northern ireland')) return 'northern-ireland';
  return 'england-and-wales';
}

/**
 * What a schedule without `attending_type` means for this service: the building's hours when it
 * has a place to visit, else the phone line when it has one, else online.
 */
export function defaultAttendingType(service: Service): AttendingType {
  if (physicalLocations(service).length) return 'in_person';
  return service.phones?.length ? 'phone' : 'online';
}

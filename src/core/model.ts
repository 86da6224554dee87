/**
 * The service model: Open Referral UK (HSDS 3.0 UK profile) field names, with readable slug ids
 * and a few extension fields (topics, step_free, demonstration) documented in data/README.md.
 */
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export type AttendingType = 'in_person' | 'phone' | 'online';

export interface Organization {
  id: string;
  name: string;
  description?: string;
  website?: string;
  email?: string;
}

export interface Phone {
  number: string;
  description?: string;
}

export interface Schedule {
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  dtstart?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  attending_type?: AttendingType;
  bank_holidays?: 'open' | 'closed';
  description?: string;
  notes?: string;
}

export interface Address {
  address_1: string;
  address_2?: string;
  city: string;
  state_province?: string;
  postal_code: string;
  country: string;
}

export interface Accessibility {
  description?: string;
  details?: string;
  url?: string;
}

export interface Location {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: Address[];
  accessibility?: Accessibility[];
  step_free?: boolean;
}

export interface CostOption {
  option?: string;
  amount?: number;
  amount_description?: string;
  valid_from?: string;
  valid_to?: string;
}

export interface Language {
  name?: string;
  code?: string;
  note?: string;
}

export interface ServiceArea {
  name?: string;
  description?: string;
  extent?: string;
  extent_type?: string;
}

export interface Service {
  id: string;
  name: string;
  description?: string;
  organization?: Organization;
  url?: string;
  email?: string;
  status: ServiceStatus;
  fees?: string;
  cost_options?: CostOption[];
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  languages?: Language[];
  alert?: string;
  assured_date?: string;
  topics: string[];
  phones?: Phone[];
  schedules?: Schedule[];
  service_areas?: ServiceArea[];
  service_at_locations?: { location: Location }[];
  demonstration?: boolean;
}

export interface Topic {
  id: string;
  label: string;
  icon: string;
}

const NATIONAL_AREAS = new Set(['united kingdom', 'uk', 'england', 'wales', 'scotland', 'northern ireland', 'great britain', 'england and wales']);

/** A service is national when it has no physical place and serves a whole nation. */
export function isNational(s: Service): boolean {
  return !physicalLocations(s).length && (s.service_areas ?? []).some((a) => NATIONAL_AREAS.has((a.name ?? '').trim().toLowerCase()));
}

export function physicalLocations(s: Service): Location[] {
  return (s.service_at_locations ?? [])
    .map((sal) => sal.location)
    .filter((l) => l.location_type === 'physical' && typeof l.latitude === 'number' && typeof l.longitude === 'number');
}

/** Free means nobody is asked for money: no cost option above zero. */
export function isFree(s: Service): boolean {
  return !(s.cost_options ?? []).some((c) => (c.amount ?? 0) > 0);
}

export function primaryPostcode(s: Service): string | undefined {
  for (const l of physicalLocations(s)) {
    const pc = l.addresses?.[0]?.postal_code;
    if (pc) return pc;
  }
  return undefined;
}

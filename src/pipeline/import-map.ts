/**
 * Maps one ORUK record (v1 `/services` item or HSDS 3.0 / UK profile service) to our service
 * format (data/README.md). Pure: no file system. Every text comes out as plain text.
 */
import type { Location, Phone, Schedule, Service, ServiceStatus } from '../core/model.ts';
import { findPhoneNumbers, formatUkNumber, toPlainLine, toPlainText, ukDigits } from './import-text.ts';
import { chooseTopics } from './import-topics.ts';
import { hash, slugId } from './import-feed.ts';

type Rec = Record<string, unknown>;

export interface MapContext {
  /** Put in front of every source id ("bristol" → "bristol-<id>"); empty for none. */
  prefix: string;
  topics: ReadonlySet<string>;
  /** Counts a note about a record ("web address repaired"); the CLI prints totals. */
  note: (kind: string) => void;
}

export interface Mapped {
  service?: Service;
  /** Why the record was not imported. */
  skip?: string;
  phonesFromText: number;
  topicFallback: boolean;
}

const obj = (v: unknown): Rec | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
/** Drops keys whose value is undefined, an empty string or an empty array. */
function compact<T extends object>(o: T): T {
  for (const [k, v] of Object.entries(o)) if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) delete (o as Rec)[k];
  return o;
}

export function webUrl(raw: unknown, note: MapContext['note']): string | undefined {
  const given = str(raw).trim();
  if (!given) return undefined;
  let u = given.replace(/^(https?):\/*/i, (_m, scheme: string) => `${scheme.toLowerCase()}://`);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(u)) u = `https://${u}`;
  let ok = /^https?:\/\/\S+$/.test(u);
  try {
    ok &&= new URL(u).hostname.includes('.');
  } catch {
    ok = false;
  }
  if (!ok) {
    note('web address dropped (not an http or https address)');
    return undefined;
  }
  if (u !== given) note('web address repaired (e.g. "https://" added)');
  return u;
}

const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+$/;
export function emailOf(raw: unknown, note: MapContext['note']): string | undefined {
  const given = str(raw).trim();
  if (!given) return undefined;
  const found = given
    .replace(/^mailto:/i, '')
    .split(/[\s,;]+/)
    .find((e) => EMAIL.test(e));
  if (!found) note('e-mail address dropped (not an e-mail address)');
  return found;
}

function dateOf(raw: unknown): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(raw).trim());
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(m[0]) ? m[0] : undefined;
}

const STATUS: Record<string, ServiceStatus> = {
  active: 'active',
  open: 'active',
  live: 'active',
  inactive: 'inactive',
  closed: 'inactive',
  defunct: 'defunct',
  'temporarily closed': 'temporarily closed',
  paused: 'temporarily closed',
  suspended: 'temporarily closed',
};
function statusOf(raw: unknown, note: MapContext['note']): ServiceStatus {
  const s = str(raw).trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (!s) {
    note('status missing: imported as "active"');
    return 'active';
  }
  const found = STATUS[s];
  if (!found) note('status not recognised: imported as "active"');
  return found ?? 'active';
}

const PHONE_PATTERN = /^\+?[0-9 ()-]{3,20}$/;
function phoneOf(raw: unknown, note: MapContext['note']): Phone | undefined {
  const p = obj(raw);
  const given = str(p ? p.number : raw).trim();
  if (!given) return undefined;
  const d = ukDigits(given);
  const number = d ? formatUkNumber(d) : PHONE_PATTERN.test(given) ? given : undefined;
  if (!number) {
    note('phone number dropped (not a phone number)');
    return undefined;
  }
  return compact({ number, description: toPlainLine(p?.description) });
}

function timeOf(raw: unknown): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(str(raw).trim());
  if (!m) return undefined;
  const t = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(t) ? t : undefined;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES: Record<string, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };
const BYDAY = /^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/;

function attendingOf(raw: unknown): Schedule['attending_type'] {
  const s = str(raw).toLowerCase();
  const kinds = [/in[ _-]?person|venue|face to face/.test(s) && 'in_person', /phone|telephone/.test(s) && 'phone', /online|video|remote|virtual/.test(s) && 'online'].filter(Boolean);
  return kinds.length === 1 ? (kinds[0] as Schedule['attending_type']) : undefined;
}

function scheduleOf(raw: unknown, note: MapContext['note']): Schedule | undefined {
  const s = obj(raw);
  if (!s) return undefined;
  const weekday = str(s.weekday).trim().toLowerCase();
  const fromWeekday = DAY_NAMES[weekday] ?? (/^[1-7]$/.test(weekday) ? DAYS[Number(weekday) - 1] : undefined);
  const freq = fromWeekday ? 'WEEKLY' : str(s.freq).trim().toUpperCase();
  const sc: Schedule = compact({
    freq: freq === 'WEEKLY' || freq === 'MONTHLY' ? freq : undefined,
    interval: Number.isInteger(num(s.interval)) && num(s.interval)! >= 1 && num(s.interval)! <= 12 ? num(s.interval) : undefined,
    byday: fromWeekday ?? (BYDAY.test(str(s.byday).replace(/\s+/g, '').toUpperCase()) ? str(s.byday).replace(/\s+/g, '').toUpperCase() : undefined),
    bymonthday: freq === 'MONTHLY' && /^-?\d{1,2}(,-?\d{1,2})*$/.test(str(s.bymonthday).replace(/\s+/g, '')) ? str(s.bymonthday).replace(/\s+/g, '') : undefined,
    dtstart: dateOf(s.dtstart),
    opens_at: timeOf(s.opens_at),
    closes_at: timeOf(s.closes_at),
    valid_from: dateOf(s.valid_from),
    valid_to: dateOf(s.valid_to),
    attending_type: attendingOf(s.attending_type),
    description: toPlainText(s.description),
    notes: toPlainText(s.notes),
  });
  if (sc.valid_from && sc.valid_to && sc.valid_to < sc.valid_from) delete sc.valid_to;
  if (sc.freq === 'WEEKLY' && (sc.interval ?? 1) > 1 && !sc.dtstart) delete sc.interval;
  const complete = sc.freq && (sc.byday || sc.bymonthday) && sc.opens_at && sc.closes_at && sc.closes_at > sc.opens_at;
  if (complete) return sc;
  for (const k of ['freq', 'interval', 'byday', 'bymonthday', 'dtstart'] as const) delete sc[k];
  if (sc.opens_at && sc.closes_at && sc.closes_at <= sc.opens_at) delete sc.closes_at;
  if (!sc.description && sc.notes) {
    sc.description = sc.notes;
    delete sc.notes;
  }
  if (!sc.description) {
    note('schedule dropped (no days, times or words)');
    return undefined;
  }
  if (freq || s.byday) note('schedule kept as words only (days or times incomplete)');
  return compact(sc);
}

const POSTCODE = /^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?([0-9][A-Za-z]{2})$/;
function locationOf(raw: unknown, i: number, serviceId: string, ctx: MapContext): Location | undefined {
  const l = obj(obj(raw)?.location) ?? obj(raw);
  if (!l) return undefined;
  const name = toPlainLine(l.name);
  const type = str(l.location_type).trim().toLowerCase();
  const location: Location = compact({
    id: slugId(ctx.prefix, str(l.id)) ?? `${serviceId}-location-${i + 1}`,
    location_type: type === 'virtual' || type === 'postal' ? type : 'physical',
    name,
    description: toPlainText(l.description),
  });
  const lat = num(l.latitude);
  const lng = num(l.longitude);
  if (lat !== undefined && lng !== undefined && lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8) Object.assign(location, { latitude: lat, longitude: lng });
  else if (lat !== undefined || lng !== undefined) ctx.note('coordinates dropped (not in the UK)');
  const addresses = arr(l.addresses ?? l.physical_addresses).flatMap((a) => {
    const ad = obj(a);
    if (!ad) return [];
    const pc = POSTCODE.exec(str(ad.postal_code).trim());
    const address_1 = toPlainLine(ad.address_1) || name || toPlainLine(ad.city);
    if (!pc || !address_1) {
      ctx.note('address dropped (no UK postcode or no street)');
      return [];
    }
    const postal_code = `${pc[1]} ${pc[2]}`.toUpperCase();
    return [compact({ address_1, address_2: toPlainLine(ad.address_2), city: toPlainLine(ad.city), state_province: toPlainLine(ad.state_province), postal_code, country: countryCode(ad.country) })];
  });
  const accessibility = arr(l.accessibility ?? l.accessibility_for_disabilities).flatMap((a) => {
    const ac = obj(a);
    const entry = compact({ description: toPlainText(ac?.description ?? ac?.accessibility), details: toPlainText(ac?.details) });
    return Object.keys(entry).length ? [entry] : [];
  });
  Object.assign(location, compact({ addresses, accessibility }));
  return location.latitude !== undefined || location.addresses || location.name || location.location_type === 'virtual' ? location : undefined;
}

function organizationOf(raw: unknown, ctx: MapContext): Service['organization'] {
  const o = obj(raw);
  const name = toPlainLine(o?.name);
  if (!o || !name) return undefined;
  return compact({
    id: slugId(ctx.prefix, str(o.id)) ?? slugId(ctx.prefix, `org-${name}`)!,
    name,
    description: toPlainText(o.description),
    website: webUrl(o.website ?? o.url, ctx.note),
    email: emailOf(o.email, ctx.note),
  });
}

function ageOf(raw: unknown): number | undefined {
  const n = num(raw);
  return n !== undefined && n >= 0 && n <= 130 ? n : undefined;
}

/** ORUK wants an ISO 3166 two-letter code; the address has a UK postcode, so anything else is GB. */
function countryCode(raw: unknown): string {
  const c = str(raw).trim();
  return /^[a-z]{2}$/i.test(c) ? c.toUpperCase() : 'GB';
}

export function mapRecord(raw: unknown, ctx: MapContext): Mapped {
  const r = obj(raw);
  if (!r) return { skip: 'is not a service object', phonesFromText: 0, topicFallback: false };
  const name = toPlainLine(r.name);
  if (!name) return { skip: 'has no name', phonesFromText: 0, topicFallback: false };
  let id = slugId(ctx.prefix, str(r.id));
  if (!id) {
    ctx.note('id made from the name (the record had none)');
    id = slugId(ctx.prefix, name) ?? slugId(ctx.prefix, `service-${hash(name)}`)!;
  }
  const description = toPlainText(r.description);
  const meta = obj(r.pc_metadata);
  const eligibility = arr(r.eligibilitys).map(obj).find(Boolean);
  const phones = [r.phones, ...arr(r.contacts).map((c) => obj(c)?.phones), ...arr(r.service_at_locations).map((s) => obj(obj(s)?.location)?.phones)]
    .flatMap(arr)
    .map((p) => phoneOf(p, ctx.note))
    .filter((p): p is Phone => !!p);
  const known = new Set(phones.map((p) => p.number.replace(/\D/g, '')));
  const fromText = findPhoneNumbers(description).filter((n) => !known.has(n.replace(/\D/g, '')));
  phones.push(...fromText.map((number) => ({ number, description: 'Found in the description' })));
  const terms = [...arr(r.attributes).map((a) => obj(obj(a)?.taxonomy_term)), ...arr(r.service_taxonomys).map((t) => obj(obj(t)?.taxonomy)), ...arr(r.taxonomy_terms).map(obj)]
    .filter((t): t is Rec => !!t)
    .map((t) => toPlainLine([t.name, t.term, t.description].map(str).join(' ')));
  const audiences = arr(r.pc_targetAudience).map((a) => str(obj(a)?.audienceType ?? a));
  const { topics, fallback } = chooseTopics({ name, description, audiences, terms }, ctx.topics);
  let minimum_age = ageOf(r.minimum_age ?? eligibility?.minimum_age);
  let maximum_age = ageOf(r.maximum_age ?? eligibility?.maximum_age);
  if (minimum_age !== undefined && maximum_age !== undefined && maximum_age < minimum_age) minimum_age = maximum_age = undefined;
  const service: Service = compact({
    id,
    name,
    description,
    organization: organizationOf(r.organization, ctx),
    url: webUrl(r.url, ctx.note),
    email: emailOf(r.email, ctx.note),
    status: statusOf(r.status, ctx.note),
    assured_date: dateOf(r.assured_date) ?? dateOf(meta?.date_assured) ?? dateOf(meta?.date_modified),
    fees: toPlainText(r.fees ?? r.fees_description),
    cost_options: arr(r.cost_options).flatMap((c) => {
      const co = obj(c);
      const amount = num(co?.amount);
      const entry = compact({ option: toPlainLine(co?.option), amount: amount !== undefined && amount >= 0 ? amount : undefined, amount_description: toPlainLine(co?.amount_description), valid_from: dateOf(co?.valid_from), valid_to: dateOf(co?.valid_to) });
      return Object.keys(entry).length ? [entry] : [];
    }),
    eligibility_description: toPlainText(r.eligibility_description ?? eligibility?.eligibility),
    minimum_age,
    maximum_age,
    languages: arr(r.languages).flatMap((l) => {
      const lo = obj(l);
      const code = str(lo?.code).trim().toLowerCase();
      const entry = compact({ name: toPlainLine(lo ? (lo.name ?? lo.language) : l), code: /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(code) ? code : undefined });
      return Object.keys(entry).length ? [entry] : [];
    }),
    alert: toPlainText(r.alert),
    topics,
    phones,
    schedules: [...arr(r.schedules), ...arr(r.regular_schedules)].map((s) => scheduleOf(s, ctx.note)).filter((s): s is Schedule => !!s),
    service_areas: arr(r.service_areas).flatMap((a) => {
      const ao = obj(a);
      const areaName = toPlainLine(ao ? (ao.name ?? ao.service_area) : a);
      return areaName ? [{ name: areaName }] : [];
    }),
    service_at_locations: arr(r.service_at_locations)
      .map((s, i) => locationOf(s, i, id, ctx))
      .filter((l): l is Location => !!l)
      .map((location) => ({ location })),
  });
  return { service, phonesFromText: fromText.length, topicFallback: fallback };
}

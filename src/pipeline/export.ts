/**
 * Our services → Open Referral UK (HSDS 3.0 UK profile) service objects, as
 * schema/compiled/service.json describes them. Pure: no files, no clock.
 *
 * - Every id ORUK requires is a UUID v5 of our readable slug under a fixed namespace, so the same
 *   input always gives the same ids (a location used by several services keeps one id).
 * - Topics become `attributes` with `taxonomy_term`s of the "elders-as-assets" taxonomy.
 * - Our extension fields are dropped: `topics` (→ attributes), `step_free` (→ accessibility text),
 *   `demonstration`.
 * - The UK profile has no place for phones, the eligibility description or language names; we
 *   write them as HSDS 3.0 has them (`phones`, `eligibility_description`, `languages[].name/code`),
 *   which the profile's schema allows.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Accessibility, Location, Service, Topic } from '../core/model.ts';
import type { CompileOutput } from './compile.ts';

/** Never change this: it is what keeps exported ids stable between exports. */
export const ID_NAMESPACE = 'eab8064b-582c-490e-835a-a87e3bab9ca1';
export const TAXONOMY = 'elders-as-assets';

/** UUID v5 of a kind and our key parts; JSON keeps ("a:b","c") and ("a","b:c") apart. */
export function orukId(kind: string, ...parts: (string | number)[]): string {
  return uuidv5(JSON.stringify([kind, ...parts]), ID_NAMESPACE);
}

type Json = Record<string, unknown>;

/** Drops undefined values so the output has no `"field": undefined` keys to trip anyone up. */
function clean<T extends Json>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** "10:00" → "10:00:00", the form ORUK's examples use. */
const time = (t: string | undefined) => (t && /^\d\d:\d\d$/.test(t) ? `${t}:00` : t);

function accessibility(l: Location, locationId: string): Json[] {
  const out: Json[] = (l.accessibility ?? []).map((a: Accessibility, i) =>
    clean({ id: orukId('accessibility', l.id, i), location_id: locationId, description: a.description, details: a.details, url: a.url }),
  );
  if (typeof l.step_free === 'boolean') {
    out.push({ id: orukId('accessibility', l.id, 'step_free'), location_id: locationId, description: l.step_free ? 'Step-free access' : 'Not step-free: there are steps' });
  }
  return out;
}

function location(l: Location): Json {
  const id = orukId('location', l.id);
  return clean({
    id,
    location_type: l.location_type,
    name: l.name,
    description: l.description,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: (l.addresses ?? []).map((a, i) => ({
      id: orukId('address', l.id, i),
      location_id: id,
      // The UK profile has no address_2: it joins the first line.
      address_1: a.address_2 ? `${a.address_1}, ${a.address_2}` : a.address_1,
      city: a.city ?? '',
      state_province: a.state_province ?? '',
      postal_code: a.postal_code,
      country: a.country ?? 'GB',
      address_type: l.location_type,
    })),
    accessibility: accessibility(l, id),
  });
}

export function termOf(topicId: string, topics: ReadonlyMap<string, Topic>): Json {
  const label = topics.get(topicId)?.label ?? topicId;
  return { id: orukId('taxonomy_term', TAXONOMY, topicId), name: label, description: label, taxonomy: TAXONOMY, taxonomy_id: orukId('taxonomy', TAXONOMY), term: topicId };
}

export function exportService(s: Service, topics: ReadonlyMap<string, Topic>): Json {
  const id = orukId('service', s.id);
  const org = s.organization;
  const orgId = org ? (org.id ? orukId('organization', org.id) : orukId('organization-name', org.name)) : undefined;
  return clean({
    id,
    organization_id: orgId,
    name: s.name,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    fees: s.fees,
    eligibility_description: s.eligibility_description,
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    assured_date: s.assured_date,
    alert: s.alert,
    organization: org && orgId ? clean({ id: orgId, name: org.name, description: org.description ?? '', email: org.email, website: org.website }) : undefined,
    phones: (s.phones ?? []).map((p, i) => clean({ id: orukId('phone', s.id, i), service_id: id, number: p.number, description: p.description })),
    schedules: (s.schedules ?? []).map((sc, i) =>
      clean({
        id: orukId('schedule', s.id, i),
        service_id: id,
        valid_from: sc.valid_from,
        valid_to: sc.valid_to,
        dtstart: sc.dtstart,
        freq: sc.freq,
        interval: sc.interval,
        byday: sc.byday,
        bymonthday: sc.bymonthday,
        description: sc.description,
        opens_at: time(sc.opens_at),
        closes_at: time(sc.closes_at),
        attending_type: sc.attending_type,
        notes: sc.notes || undefined,
      }),
    ),
    service_areas: (s.service_areas ?? []).map((a, i) =>
      clean({ id: orukId('service_area', s.id, i), service_id: id, name: a.name, service_area: a.description, extent: a.extent, extent_type: a.extent_type }),
    ),
    service_at_locations: (s.service_at_locations ?? []).map((sal) => ({
      id: orukId('service_at_location', s.id, sal.location.id),
      service_id: id,
      location_id: orukId('location', sal.location.id),
      location: location(sal.location),
    })),
    languages: (s.languages ?? []).map((l, i) => clean({ id: orukId('language', s.id, i), service_id: id, name: l.name, code: l.code, note: l.note })),
    cost_options: (s.cost_options ?? []).map((c, i) =>
      clean({ id: orukId('cost_option', s.id, i), service_id: id, option: c.option, amount: c.amount, amount_description: c.amount_description, valid_from: c.valid_from, valid_to: c.valid_to }),
    ),
    attributes: s.topics.map((t) => {
      const term = termOf(t, topics);
      return { id: orukId('attribute', s.id, t), link_id: id, taxonomy_term_id: term.id, taxonomy_term: term };
    }),
  });
}

/** All services, sorted by our id, as ORUK service objects. */
export function exportServices(services: readonly Service[], topics: readonly Topic[]): Json[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  return [...services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => exportService(s, byId));
}

/** The validated services inside a successful compile (area files and the national file). */
export function compiledServices(out: CompileOutput): Service[] {
  if (!out.manifest) return [];
  const content = new Map(out.files.map((f) => [f.name, f.content]));
  const files = [...Object.values(out.manifest.areas), out.manifest.national].map((a) => a.file);
  return files.flatMap((f) => JSON.parse(content.get(f) ?? '[]') as Service[]);
}

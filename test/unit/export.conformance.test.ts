/**
 * The ORUK export: every service exported from the shipped data/ must validate against the Open
 * Referral UK profile's compiled service schema in ../shared (see ../shared/README.md), and ids
 * must be stable and unique. Without ../shared the schema part fails in CI and is skipped elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv, { type AnySchemaObject, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { compile, formatProblem, type SourceFile } from '../../src/pipeline/compile.ts';
import { compiledServices, exportServices, ID_NAMESPACE, orukId } from '../../src/pipeline/export.ts';
import type { Service, Topic } from '../../src/core/model.ts';

const root = new URL('../../', import.meta.url).pathname;
const schemaPath = new URL('../../../shared/data/oruk-uk-profile/schema/compiled/service.json', import.meta.url).pathname;
const read = (p: string): SourceFile => ({ name: p, text: readFileSync(root + p, 'utf8') });
const list = (dir: string, ext: string) => readdirSync(root + dir).filter((f: string) => f.endsWith(ext) && !f.startsWith('.')).sort().map((f: string) => read(`${dir}/${f}`));

type Json = Record<string, unknown>;

/** Whatever data/services holds right now, compiled as `npm run data` would and exported. */
function exportShipped(): { services: Service[]; exported: Json[] } {
  const out = compile({
    config: read('data/config.json'),
    topics: read('data/topics.json'),
    themes: read('data/resources/themes.json'),
    services: list('data/services', '.json'),
    guides: list('data/resources', '.md'),
    today: new Date('2026-12-04T00:00:00Z'),
  });
  expect(out.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  const services = compiledServices(out);
  return { services, exported: exportServices(services, out.manifest!.topics) };
}

/** Every object with an `id` in the exported JSON, with the property it sits under ("schedules", "location"…). */
function idsOf(value: unknown, under = 'service', found: { kind: string; id: string }[] = []): { kind: string; id: string }[] {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, under, found));
  else if (value && typeof value === 'object') {
    const o = value as Json;
    if (typeof o.id === 'string') found.push({ kind: under, id: o.id });
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') idsOf(v, k, found);
  }
  return found;
}

/** Kinds that may be shared between services (one location used by several); the rest belong to one service. */
const SHARED = new Set(['organization', 'location', 'addresses', 'accessibility', 'taxonomy_term']);
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ORUK export ids', () => {
  const topics: Topic[] = [{ id: 'social', label: 'Social activities and befriending', icon: 'people' }];
  const hall = { id: 'loc-hall', location_type: 'physical' as const, name: 'Hall', latitude: 51.45, longitude: -2.58, addresses: [{ address_1: '1 Road', city: 'Bristol', postal_code: 'BS5 6JH', country: 'GB' }], step_free: true };
  const make = (id: string): Service => ({
    id,
    name: `Service ${id}`,
    status: 'active',
    topics: ['social'],
    organization: { id: 'org-friends', name: 'Friends' },
    phones: [{ number: '0117 496 0000' }],
    schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
    service_at_locations: [{ location: hall }],
  });
  const input = [make('bs-knit'), make('bs-lunch')];

  it('gives the same UUIDs for the same input', () => {
    expect(exportServices(input, topics)).toEqual(exportServices(structuredClone(input), topics));
    expect(orukId('service', 'bs-knit')).toBe(orukId('service', 'bs-knit'));
    expect(ID_NAMESPACE).toBe('eab8064b-582c-490e-835a-a87e3bab9ca1');
  });

  it('makes every id a UUID v5, shares the ids of shared things and keeps the rest unique', () => {
    const [a, b] = exportServices(input, topics).map((s) => idsOf(s));
    for (const { id } of [...a, ...b]) expect(id).toMatch(UUID_V5);
    const shared = (ids: typeof a) => ids.filter((x) => SHARED.has(x.kind)).map((x) => x.id).sort();
    const own = (ids: typeof a) => ids.filter((x) => !SHARED.has(x.kind)).map((x) => x.id);
    expect(shared(a)).toEqual(shared(b));
    expect(new Set([...own(a), ...own(b)]).size).toBe(own(a).length + own(b).length);
  });

  it('keeps ids apart when slugs contain the joining character', () => {
    expect(orukId('service_at_location', 'a:b', 'c')).not.toBe(orukId('service_at_location', 'a', 'b:c'));
  });

  it('exports the shipped data with stable, unique ids', () => {
    const first = exportShipped();
    const second = exportShipped();
    expect(second.exported).toEqual(first.exported);
    expect(new Set(first.exported.map((s) => s.id)).size).toBe(first.services.length);
    const kindOf = new Map<string, string>();
    const owned = new Set<string>();
    for (const { kind, id } of idsOf(first.exported)) {
      expect(id, kind).toMatch(UUID_V5);
      if (SHARED.has(kind)) {
        expect(kindOf.get(id) ?? kind, `${id} is used for a ${kindOf.get(id)} and a ${kind}`).toBe(kind);
        kindOf.set(id, kind);
      } else {
        expect(owned.has(id), `${kind} ${id} appears twice`).toBe(false);
        owned.add(id);
      }
    }
    for (const id of owned) expect(kindOf.has(id), id).toBe(false);
    const locations = new Set(first.services.flatMap((s) => (s.service_at_locations ?? []).map((l) => l.location.id)));
    expect(new Set(idsOf(first.exported).filter((x) => x.kind === 'location').map((x) => x.id)).size).toBe(locations.size);
  });
});

const haveSchema = existsSync(schemaPath);
if (!haveSchema) {
  const reason = `ORUK conformance needs the UK profile schema at ${schemaPath} (../shared, present in CI; see ../shared/README.md)`;
  if (process.env.CI) {
    it('has ../shared/data/oruk-uk-profile (required in CI)', () => {
      throw new Error(`${reason}, and it is missing.`);
    });
  } else console.log(`Skipping ORUK conformance: ${reason}, and it is missing here.`);
}

describe.skipIf(!haveSchema)('ORUK 3.0 UK profile conformance', () => {
  function validator() {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as AnySchemaObject;
    // The schema declares no $schema, so Ajv's default (draft-07) applies. Strict mode stays on;
    // the Frictionless data-package annotations it carries are declared as known keywords.
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required']);
    addFormats(ajv, ['uuid', 'email', 'uri', 'date-time', 'date']);
    return { schema, check: ajv.compile(schema) };
  }

  it('validates every exported service against schema/compiled/service.json', () => {
    const { check } = validator();
    const { exported } = exportShipped();
    expect(exported.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const s of exported) {
      if (!check(s)) failures.push(`${String(s.name)}: ${(check.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('writes only fields the profile defines, plus the HSDS 3.0 ones it has no place for', () => {
    const { schema } = validator();
    // Not in the UK profile but in HSDS 3.0: kept because the profile has nowhere else for them.
    const hsds = new Set(['/phones', '/phones/id', '/phones/service_id', '/phones/number', '/phones/description', '/eligibility_description', '/languages/name', '/languages/code', '/languages/note']);
    const unknown = new Set<string>();
    const walk = (value: unknown, sch: AnySchemaObject | undefined, path: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, sch?.items as AnySchemaObject | undefined, path));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const sub = (sch?.properties as Record<string, AnySchemaObject> | undefined)?.[k];
          if (!sub && !hsds.has(`${path}/${k}`)) unknown.add(`${path}/${k}`);
          walk(v, sub, `${path}/${k}`);
        }
      }
    };
    for (const s of exportShipped().exported) walk(s, schema, '');
    expect([...unknown].sort()).toEqual([]);
  });
});

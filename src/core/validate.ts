import Ajv, { type ErrorObject } from 'ajv';
import { serviceSchema } from './service-schema.ts';
import type { Service } from './model.ts';

export interface Problem {
  /** Record id, or "#3" (position) when the record has no usable id. */
  record: string;
  /** Field path such as `schedules[0].opens_at`; empty for the whole record. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
const check = ajv.compile(serviceSchema);

/** `/schedules/0/opens_at` → `schedules[0].opens_at` */
function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function describe(err: ErrorObject, value: unknown): { field: string; message: string } {
  let field = fieldPath(err.instancePath);
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : JSON.stringify(value);
  const expected = (err.parentSchema as { 'x-expected'?: string } | undefined)?.['x-expected'];
  switch (err.keyword) {
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      field = field ? `${field}.${missing}` : missing;
      return { field, message: 'is missing' };
    }
    case 'enum':
      return { field, message: `${shown} is not one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { field, message: `${shown} is not ${expected ?? `a ${(err.params as { type: string }).type}`}` };
    case 'minItems':
      return { field, message: 'must have at least one entry' };
    default:
      return { field, message: `${shown} is not ${expected ?? err.message ?? 'valid'}` };
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[part];
    else return undefined;
  }
  return v;
}

export interface ValidateOptions {
  topics: ReadonlySet<string>;
  /** "today" for the staleness warning; passed in so results are reproducible. */
  today: Date;
}

const DAY_MS = 86_400_000;

/** Checks one raw record. Returns every problem found, never throws. */
export function validateService(raw: unknown, index: number, opts: ValidateOptions): Problem[] {
  const record = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' && (raw as { id: string }).id ? (raw as { id: string }).id : `#${index + 1}`;
  const problems: Problem[] = [];
  const add = (field: string, message: string, severity: Problem['severity'] = 'error') => problems.push({ record, field, message, severity });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    add('', 'is not a service object');
    return problems;
  }
  if (!check(raw)) {
    const seen = new Set<string>();
    for (const err of check.errors ?? []) {
      // `if`/`anyOf` wrappers repeat their children's errors; one line per field is enough.
      const { field, message } = describe(err, valueAt(raw, err.instancePath));
      const key = `${field}|${message}`;
      if (!seen.has(key)) {
        seen.add(key);
        add(field, message);
      }
    }
    return problems;
  }
  const s = raw as Service;
  s.topics.forEach((t, i) => {
    if (!opts.topics.has(t)) add(`topics[${i}]`, `${JSON.stringify(t)} is not a topic in data/topics.json`);
  });
  (s.schedules ?? []).forEach((sc, i) => {
    if (sc.opens_at && sc.closes_at && sc.closes_at <= sc.opens_at) add(`schedules[${i}].closes_at`, `"${sc.closes_at}" is not after opens_at "${sc.opens_at}"`);
    if (sc.freq && !sc.byday && !sc.bymonthday) add(`schedules[${i}].byday`, 'is missing (which days?)');
    if (sc.freq && (!sc.opens_at || !sc.closes_at)) add(`schedules[${i}].${sc.opens_at ? 'closes_at' : 'opens_at'}`, 'is missing');
    if (!sc.freq && !sc.description) add(`schedules[${i}].description`, 'is missing (a schedule without freq must say in words when it runs)');
    if (sc.freq === 'WEEKLY' && (sc.interval ?? 1) > 1 && !sc.dtstart) add(`schedules[${i}].dtstart`, 'is missing (needed with an interval to know which weeks)');
    if (sc.valid_from && sc.valid_to && sc.valid_to < sc.valid_from) add(`schedules[${i}].valid_to`, `"${sc.valid_to}" is before valid_from "${sc.valid_from}"`);
  });
  (s.service_at_locations ?? []).forEach((sal, i) => {
    const l = sal.location;
    if (l.location_type !== 'physical') return;
    if (typeof l.latitude !== 'number') add(`service_at_locations[${i}].location.latitude`, 'is missing (a physical place needs coordinates)', 'warning');
    if (typeof l.longitude !== 'number') add(`service_at_locations[${i}].location.longitude`, 'is missing (a physical place needs coordinates)', 'warning');
  });
  if (s.minimum_age !== undefined && s.maximum_age !== undefined && s.maximum_age < s.minimum_age) add('maximum_age', `${s.maximum_age} is below minimum_age ${s.minimum_age}`);
  if (!s.assured_date) add('assured_date', 'is missing (when was this last checked?)', 'warning');
  else if (opts.today.getTime() - Date.parse(`${s.assured_date}T00:00:00Z`) > 365 * DAY_MS) add('assured_date', `"${s.assured_date}" is more than 12 months ago: please check this service`, 'warning');
  return problems;
}

/**
 * `npm run import` with feeds nobody planned for: whatever a publisher sends, the importer answers
 * with services that pass our checks, a list of skipped records with reasons, or a problem
 * sentence, and never crashes or writes markup, script links or half a record.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateService } from '../../src/core/validate.ts';
import { importFeed, parseFeed, type Feed, type ImportOptions } from '../../src/pipeline/import.ts';
import { toPlainText } from '../../src/pipeline/import-text.ts';
import { HOSTILE } from '../fixtures/hostile-services.ts';

const RUNS = 1000;
const root = new URL('../../', import.meta.url).pathname;
const topics: Set<string> = new Set((JSON.parse(readFileSync(`${root}data/topics.json`, 'utf8')) as { id: string }[]).map((t) => t.id));
const today = new Date('2026-12-04T00:00:00Z');
const opts: ImportOptions = { prefix: 'prop', topics, today, existingIds: new Map(), keepFirst: true };

/** Text a careless or hostile publisher might put in any field. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('Lunch club', '<p>Tea &amp; <b>cake</b></p>', 'Call 0117 496 0256', 'https://example.org', 'www.example.org', 'javascript:alert(1)', 'mailto:a@example.org', 'BS5 6AW', '2026-11-01', 'TU', '2TU', '-1FR', 'WEEKLY', 'MONTHLY', '10:00', '25:99', ''),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(text, tie('value'), { maxKeys: 3 })),
})).value;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, json);

const schedule = fc.record(
  { freq: maybe(fc.constantFrom('WEEKLY', 'MONTHLY')), interval: maybe(fc.integer({ min: 1, max: 4 })), byday: maybe(fc.constantFrom('MO', 'TU,TH', '2TU', '-1FR')), opens_at: maybe(fc.constantFrom('09:00', '10:30')), closes_at: maybe(fc.constantFrom('12:00', '16:00')), valid_from: maybe(fc.constant('2026-01-01')), valid_to: maybe(fc.constant('2027-12-31')), description: text, notes: text },
  { requiredKeys: [] },
);
const location = fc.record(
  {
    id: text,
    location_type: maybe(fc.constantFrom('physical', 'virtual')),
    name: text,
    latitude: maybe(fc.double({ min: 49, max: 59, noNaN: true })),
    longitude: maybe(fc.double({ min: -8, max: 2, noNaN: true })),
    addresses: maybe(fc.array(fc.record({ address_1: text, city: text, postal_code: maybe(fc.constantFrom('BS5 6AW', 'BS1 4DJ', 'not a postcode')), country: maybe(fc.constant('GB')) }, { requiredKeys: [] }), { maxLength: 2 })),
    accessibility: maybe(fc.array(fc.record({ description: text }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

/** Shaped like an ORUK 3.0 or v1 service, with anything at all in its parts. */
const record = fc.record(
  {
    id: maybe(fc.uuid()),
    name: text,
    description: text,
    url: text,
    email: text,
    status: maybe(fc.constantFrom('active', 'inactive', 'defunct')),
    assured_date: maybe(fc.constantFrom('2026-11-01', '2019-01-01', '2030-01-01')),
    fees_description: text,
    eligibility_description: text,
    alert: text,
    minimum_age: maybe(fc.integer({ min: 0, max: 120 })),
    maximum_age: maybe(fc.integer({ min: 0, max: 120 })),
    organization: maybe(fc.record({ id: text, name: text, description: text, url: text, website: text }, { requiredKeys: [] })),
    phones: maybe(fc.array(fc.record({ number: maybe(fc.constantFrom('0117 496 0256', '116 123', '+44 117 496 0000', '999')), description: text }, { requiredKeys: [] }), { maxLength: 3 })),
    schedules: maybe(fc.array(schedule, { maxLength: 3 })),
    regular_schedules: maybe(fc.array(fc.record({ weekday: text, opens_at: text, closes_at: text }, { requiredKeys: [] }), { maxLength: 2 })),
    service_at_locations: maybe(fc.array(fc.record({ location }, { requiredKeys: [] }), { maxLength: 2 })),
    taxonomy_terms: maybe(fc.array(fc.record({ name: text, vocabulary: text }, { requiredKeys: [] }), { maxLength: 3 })),
    languages: maybe(fc.array(fc.oneof(text, fc.record({ name: text, code: text }, { requiredKeys: [] })), { maxLength: 3 })),
    cost_options: maybe(fc.array(fc.record({ option: text, amount: maybe(fc.double({ min: 0, max: 50, noNaN: true })) }, { requiredKeys: [] }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

const feed = (records: unknown[]): Feed => ({ records, kind: 'property test' });
const MARKUP = /<[a-z!?/]|\bon[a-z]+\s*=\s*["']?[^"'\s>]*\(/i;
const SAFE_LINK = /^(https?:\/\/|tel:|mailto:)/i;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

describe('importer: no feed crashes it', () => {
  it('any text at all is read as a feed or refused with one sentence, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), json.map((v) => JSON.stringify(v) ?? ''), fc.array(record, { maxLength: 3 }).map((r) => JSON.stringify(r))), (t) => {
        const r = parseFeed(t);
        expect(Boolean(r.feed) !== Boolean(r.problem)).toBe(true);
        if (r.problem) expect(r.problem.length).toBeGreaterThan(5);
        if (r.feed) expect(r.feed.records.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('any records at all: every record is imported or skipped with a reason, or the whole import stops with a problem', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(record, json), { minLength: 1, maxLength: 4 }), (records) => {
        const r = importFeed(feed(records), opts);
        expect(r.read).toBe(records.length);
        if (r.problems.length) {
          // Nothing may be written when the import stops.
          expect(r.services).toEqual([]);
          return;
        }
        expect(r.services.length + r.skipped.length).toBe(records.length);
        for (const s of r.skipped) expect(s.reason.trim()).not.toBe('');
        expect(new Set(r.services.map((s) => s.id)).size).toBe(r.services.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importer: what it writes is safe and valid', () => {
  it('every imported service passes the same checks as data/ and holds no markup or script link', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (records) => {
        const r = importFeed(feed(records), opts);
        r.services.forEach((s, i) => {
          expect(validateService(s, i, { topics, today }).filter((p) => p.severity === 'error')).toEqual([]);
          expect(s.id.startsWith('prop-')).toBe(true);
          for (const str of strings(s)) expect(str).not.toMatch(MARKUP);
          for (const link of [s.url, s.email && `mailto:${s.email}`, s.organization?.website].filter(Boolean)) expect(link).toMatch(SAFE_LINK);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('HTML → plain text never lets a tag, a comment or an event handler through, whatever the nesting', () => {
    const piece = fc.oneof(text, fc.constantFrom('<', '>', '</', '<!--', '-->', '&lt;', '&gt;', '&amp;lt;script&amp;gt;', '<p>', '</p>', '<br>', '<a href="', '">', '<scr', 'ipt>', ' onerror=', 'alert(1)'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (html) => {
        const out = toPlainText(html);
        // A browser starts a tag only at "<" directly followed by a letter, "/", "!" or "?".
        expect(out).not.toMatch(/<[a-z!?/]/i);
        // No control characters or direction overrides (which can disguise text) survive.
        expect(out).not.toMatch(/(?!\n)\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u);
      }),
      { numRuns: RUNS },
    );
  });
});

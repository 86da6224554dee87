import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { PostcodeIndex } from '../../src/core/manifest.ts';
import { findPlace, resolveWhere, splitQuery, type Place } from '../../src/core/place/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const places = JSON.parse(readFileSync(`${root}data/places/bristol.json`, 'utf8')) as Place[];
const postcodes: PostcodeIndex = { districts: { BS5: [51.46, -2.56, 10], BS3: [51.44, -2.6, 6] }, sectors: { 'BS5 6': [51.4618, -2.5628, 4] } };
const data = { postcodes, places };

const postcodeLike = fc
  .tuple(fc.stringMatching(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?$/), fc.constantFrom('', ' ', '  '), fc.stringMatching(/^[0-9]?[A-Za-z]{0,2}$/))
  .map(([a, b, c]) => a + b + c);
const nasty = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  postcodeLike,
  fc.constantFrom('\u0000BS5', '\u202EBS5 6HN', '😀', 'x'.repeat(100_000), '\uDC00', '__proto__', 'hasOwnProperty', 'BS5 6HN'.repeat(20), '51.4,-2.5'),
  fc.constantFrom(...places.map((p) => p.name)).map((n) => n.toUpperCase()),
);

const wellFormed = (r: ReturnType<typeof resolveWhere>) => {
  if (r.kind === 'found') {
    expect(Number.isFinite(r.lat) && Number.isFinite(r.lng)).toBe(true);
    expect(['sector', 'district', 'area', 'place', 'location']).toContain(r.level);
    expect(typeof r.label).toBe('string');
  } else {
    expect(['invalid', 'unknown']).toContain(r.reason);
  }
};

// Property runs are CPU-bound; on a busy machine they outlast vitest's 5 s default.
describe('the place resolver never fails on any input (property)', () => {
  it('resolveWhere gives found or not-found, with real numbers, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.anything()), (q) => {
        wellFormed(resolveWhere(q, data));
        wellFormed(resolveWhere(q, { postcodes: { districts: {}, sectors: {} } }));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('splitQuery never throws, and the place it finds is a piece of what was typed', () => {
    fc.assert(
      fc.property(nasty, (q) => {
        const { what, where } = splitQuery(q, data);
        // eslint-disable-next-line no-control-regex
        const typed = q.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ');
        expect(typeof what).toBe('string');
        expect(what.length).toBeLessThanOrEqual(typed.length);
        if (where !== undefined) expect(typed).toContain(where);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('every shipped place name and alias resolves to itself, in any case and spacing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => [p, n] as const))), fc.boolean(), ([place, name], upper) => {
        const typed = upper ? name.toUpperCase() : name.toLowerCase().replace(/ /g, '  ');
        expect(findPlace(places, typed)).toBe(place);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

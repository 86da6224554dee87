import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Service, Topic } from '../../src/core/model.ts';
import { buildIndex, loadIndex, search, serializeIndex } from '../../src/core/search/index.ts';
import { tokenize, tokenizeUnicode } from '../../src/core/search/text.ts';

const topics: Topic[] = [{ id: 'dementia-people', label: 'Dementia support', icon: 'brain' }];
const services: Service[] = [
  { id: 'a', name: 'Memory Café', status: 'active', topics: ['dementia-people'], description: 'For people living with dementia.' },
  { id: 'b', name: 'Knit and Natter', status: 'active', topics: [], description: 'Knitting, tea and a chat.' },
];
const index = buildIndex(services, topics);

// Strings that have broken search boxes before: controls, surrogates, RTL marks, emoji, huge input.
const nasty = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom('\u0000', '\u202E\u0645\u0633\u0627\u0639\u062F\u0629', '😀'.repeat(500), 'a'.repeat(100_000), '\uD800', '__proto__', 'constructor', 'toString', ' '),
  fc.array(fc.constantFrom('dementia', 'demensia', 'the', 'café', "carer's", 'BS5', '🙂', '\u0000', 'كبار'), { maxLength: 20 }).map((w) => w.join(' ')),
);

// Property runs are CPU-bound; on a busy machine they outlast vitest's 5 s default.
describe('search never fails on any input (property)', () => {
  it('returns a well-formed, ranked list for any string or value', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.anything()), fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constant(Infinity), fc.constant(NaN)), (q, limit) => {
        const hits = search(index, q as string, { limit });
        expect(Array.isArray(hits)).toBe(true);
        for (const h of hits) expect(['a', 'b']).toContain(h.id);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('builds an index from services with any names and descriptions, and it round-trips', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: nasty, description: nasty }), { maxLength: 6 }), nasty, (records, q) => {
        const list = records.map((r, i) => ({ id: `s${i}`, status: 'active' as const, topics: [], ...r }));
        const built = buildIndex(list, topics);
        const loaded = loadIndex(serializeIndex(built));
        expect(loaded).toBeDefined();
        expect(search(loaded!, q)).toEqual(search(built, q));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('the top k are the first k of the full ranking, and a filter only removes', () => {
    const word = fc.constantFrom('dementia', 'carers', 'lunch', 'club', 'knit', 'tea', 'walk', 'café', 'help');
    const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, description: text }), { maxLength: 40 }), text, fc.integer({ min: 1, max: 45 }), (records, q, k) => {
        const built = buildIndex(records.map((r, i) => ({ id: `s${i}`, status: 'active' as const, topics: [], ...r })), topics);
        const all = search(built, q, { limit: Infinity });
        expect(search(built, q, { limit: k })).toEqual(all.slice(0, k));
        const even = (id: string) => Number(id.slice(1)) % 2 === 0;
        expect(search(built, q, { limit: k, filter: even })).toEqual(all.filter((h) => even(h.id)).slice(0, k));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('the quick ASCII path gives exactly the tokens of the general Unicode tokeniser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: fc.constantFrom(...'abcXYZ09 \'`-_.,!\té’😀'.split('')) }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeUnicode(text));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

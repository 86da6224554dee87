import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeWebCode, readSavedFile, SAVED_FILE_FORMAT, SAVED_FILE_VERSION, validateSavedFile } from '../../src/core/saved-file.ts';
import { takeawayText, QR_MAX_BYTES } from '../../src/saved/takeaway-text.ts';
import type { SavedItem } from '../../src/storage/types.ts';

const RUNS = 1000;

/** Strings that lean towards the characters an attacker or a broken file would use. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', 'java\nscript:x', '__proto__', 'constructor', '', '\u0000', '\ud800', 'my-list', 'service:x', 'https://example.org/', '2026-12-03', '2026-12-03T10:00:00.000Z'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(nasty, tie('value'), { maxKeys: 5 })),
})).value;

/** Shaped like a saved-list file, with anything at all in its parts. */
const fileLike = fc.record({
  format: fc.oneof(fc.constant(SAVED_FILE_FORMAT), json),
  version: fc.oneof(fc.constant(SAVED_FILE_VERSION), json),
  exportedAt: fc.oneof(fc.constant('2026-12-03T10:00:00.000Z'), json),
  lists: fc.oneof(fc.array(json, { maxLength: 4 }), json),
  items: fc.oneof(fc.array(json, { maxLength: 4 }), json),
  notes: fc.oneof(fc.array(json, { maxLength: 4 }), json),
  tracker: fc.oneof(fc.array(json, { maxLength: 4 }), json),
});

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, out.concat(k));
  return out;
}

describe('saved-file validator: no input crashes it', () => {
  it('any text at all gives an answer, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), json.map((v) => JSON.stringify(v) ?? '')), (text) => {
        const r = readSavedFile(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('any JSON value, and anything shaped like a file, gives an answer, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(json, fileLike), (value) => {
        const r = validateSavedFile(value);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('whatever it accepts carries no web code in any string', () => {
    fc.assert(
      fc.property(fileLike, (value) => {
        const r = validateSavedFile(value);
        if (r.ok) expect(strings(r.file).filter(looksLikeWebCode)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('saved-file validator: text typed by a person', () => {
  const base = {
    format: SAVED_FILE_FORMAT, version: SAVED_FILE_VERSION, exportedAt: '2026-12-03T10:00:00.000Z',
    lists: [{ id: 'list-a', name: 'For Mum', createdAt: '2026-12-03T10:00:00.000Z' }],
    items: [{ id: 'guide:g', kind: 'guide', refId: 'g', listId: 'list-a', savedAt: '2026-12-03T10:00:00.000Z', record: { slug: 'g', title: 'A guide', summary: '', theme: 't', audience: 'both', last_reviewed: '2026-01-01', readingMinutes: 1, topics: [], sources: [], blocks: [] } }],
    notes: [] as unknown[],
    tracker: [],
  };

  it('a note or list name is accepted exactly when it is plain text within the limits', () => {
    fc.assert(
      fc.property(nasty, nasty, (note, name) => {
        const f = { ...base, lists: [{ ...base.lists[0], name }], notes: [{ id: 'guide:g', text: note, updatedAt: '2026-12-03T10:00:00.000Z' }] };
        const clean = !looksLikeWebCode(note) && !looksLikeWebCode(name) && name.length <= 80;
        expect(validateSavedFile(f).ok).toBe(clean);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('QR text', () => {
  const words = { tel: (n: string) => `Tel: ${n}`, guide: (t: string) => `Guide: ${t}`, more: (n: number) => `and ${n} more` };
  const item = (i: number, name: string, phone: string): SavedItem => ({
    id: `service:s${i}`, kind: 'service', refId: `s${i}`, listId: 'my-list', savedAt: '2026-12-03T10:00:00.000Z',
    record: { id: `s${i}`, name, status: 'active', topics: [], phones: [{ number: phone }] },
  });

  it('always fits the QR budget, keeps whole items in order, and counts the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 120 }), fc.string({ maxLength: 20 })), { maxLength: 40 }), (rows) => {
        const items = rows.map(([n, p], i) => item(i, n, p || '0117 496 0000'));
        const { text, shown } = takeawayText('For Mum (from Find Local Support)', items, words, QR_MAX_BYTES);
        expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(QR_MAX_BYTES);
        if (shown < items.length) expect(text.endsWith(`and ${items.length - shown} more`)).toBe(true);
        else expect(text).not.toMatch(/and \d+ more$/);
      }),
      { numRuns: RUNS },
    );
  });
});

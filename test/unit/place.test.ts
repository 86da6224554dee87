import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PostcodeIndex } from '../../src/core/manifest.ts';
import { findPlace, parsePostcodeQuery, placeKey, resolveCoordinates, resolveWhere, splitQuery, validatePlaces, type Place } from '../../src/core/place/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const places = JSON.parse(readFileSync(`${root}data/places/bristol.json`, 'utf8')) as Place[];

// Shaped like the pipeline's output: [lat, lng, count].
const postcodes: PostcodeIndex = {
  districts: { BS2: [51.46, -2.58, 4], BS3: [51.44, -2.6, 6], BS5: [51.46, -2.56, 10], BS15: [51.456, -2.506, 3], BS16: [51.48, -2.52, 8] },
  sectors: { 'BS5 6': [51.4618, -2.5628, 4], 'BS5 0': [51.457, -2.553, 3], 'BS1 5': [51.45, -2.59, 1] },
};
const data = { postcodes, places };
const where = (q: unknown) => resolveWhere(q, data);

describe('resolveWhere: postcodes', () => {
  it('"BS5 6HN" resolves to its sector, BS5 6, and keeps the full postcode', () => {
    expect(where('BS5 6HN')).toEqual({ kind: 'found', lat: 51.4618, lng: -2.5628, label: 'BS5 6', level: 'sector', postcode: 'BS5 6HN' });
  });

  it('accepts any case and spacing ("bs56hn", " bs5  6hn ")', () => {
    expect(where('bs56hn')).toMatchObject({ kind: 'found', level: 'sector', label: 'BS5 6' });
    expect(where(' bs5  6hn ')).toMatchObject({ kind: 'found', level: 'sector', label: 'BS5 6' });
  });

  it('a full postcode in a sector we have no services in falls back to its district', () => {
    expect(where('BS5 9QR')).toMatchObject({ kind: 'found', level: 'district', label: 'BS5', lat: 51.46, lng: -2.56, postcode: 'BS5 9QR' });
  });

  it('a full postcode in an unknown district falls back to the area (mean of its districts)', () => {
    const r = where('BS99 1AA');
    expect(r).toMatchObject({ kind: 'found', level: 'area', label: 'BS', postcode: 'BS99 1AA' });
    if (r.kind === 'found') {
      expect(r.lat).toBeCloseTo((51.46 + 51.44 + 51.46 + 51.456 + 51.48) / 5, 4);
      expect(r.lng).toBeCloseTo((-2.58 - 2.6 - 2.56 - 2.506 - 2.52) / 5, 4);
    }
  });

  it('"bs5" → district; "BS5 6" and "bs56" → sector; "BS15" stays the district BS15', () => {
    expect(where('bs5')).toMatchObject({ kind: 'found', level: 'district', label: 'BS5' });
    expect(where('bs5 6')).toMatchObject({ kind: 'found', level: 'sector', label: 'BS5 6' });
    expect(where('bs56')).toMatchObject({ kind: 'found', level: 'sector', label: 'BS5 6' });
    expect(where('BS15')).toMatchObject({ kind: 'found', level: 'district', label: 'BS15' });
    expect(where('bs5 6h')).toMatchObject({ kind: 'found', level: 'sector', label: 'BS5 6' });
  });

  it('a bare postcode area we cover → area', () => {
    expect(where('bs')).toMatchObject({ kind: 'found', level: 'area', label: 'BS' });
  });

  it('"XX99 9XX" is well-formed but unknown: not-found, reason unknown', () => {
    expect(where('XX99 9XX')).toEqual({ kind: 'not-found', reason: 'unknown', postcode: 'XX99 9XX' });
    expect(where('M1')).toEqual({ kind: 'not-found', reason: 'unknown' });
  });

  it('"hello", blank and non-string input are invalid', () => {
    for (const q of ['hello', '', '   ', null, undefined, 7, 'BS5 6HNX']) expect(where(q), String(q)).toEqual({ kind: 'not-found', reason: 'invalid' });
  });

  it('answers before the dataset has loaded (no index, no places) without throwing', () => {
    expect(resolveWhere('BS5 6HN', undefined as never)).toEqual({ kind: 'not-found', reason: 'unknown', postcode: 'BS5 6HN' });
    expect(resolveWhere('Easton', { postcodes: null as never, places: 'x' as never })).toEqual({ kind: 'not-found', reason: 'invalid' });
    expect(splitQuery('knit bs5', undefined as never)).toEqual({ what: 'knit bs5' });
  });

  it('parses what a partial postcode could mean, most likely first', () => {
    expect(parsePostcodeQuery('bs15')?.candidates).toEqual([{ district: 'BS15' }, { district: 'BS1', sector: 'BS1 5' }]);
    expect(parsePostcodeQuery('bs15 2')?.candidates).toEqual([{ district: 'BS15', sector: 'BS15 2' }]);
    expect(parsePostcodeQuery('Easton')).toBeUndefined();
  });
});

describe('resolveWhere: place names', () => {
  it('"Easton" → the place, with its name as the label', () => {
    expect(where('Easton')).toEqual({ kind: 'found', lat: 51.4628, lng: -2.5647, label: 'Easton', level: 'place' });
  });

  it('ignores case, spaces, full stops and apostrophes', () => {
    for (const q of ['St Pauls', "st. paul's", 'ST PAULS', 'stpauls', 'Saint Pauls', 'St Paul’s', 'St Pauls, Bristol']) {
      expect(where(q), q).toMatchObject({ kind: 'found', level: 'place', label: 'St Pauls' });
    }
    expect(where('westbury on trym')).toMatchObject({ label: 'Westbury-on-Trym' });
    expect(where('BEDMINSTER')).toMatchObject({ label: 'Bedminster' });
  });

  it('forgives a small slip in a longer name', () => {
    expect(where('Southmed')).toMatchObject({ label: 'Southmead', level: 'place' });
    expect(where('Bedminstre')).toMatchObject({ label: 'Bedminster' });
    expect(where('Fishpond')).toMatchObject({ label: 'Fishponds' });
    expect(where('Shirehamptom')).toMatchObject({ label: 'Shirehampton' });
  });

  it('does not guess between places or stretch short names', () => {
    expect(findPlace(places, 'Bedmin')).toBeUndefined(); // Bedminster or Bedminster Down
    expect(findPlace(places, 'Eastn')).toBeDefined();
    expect(findPlace(places, 'Cloton')).toBeUndefined();
  });

  it('reads typed coordinates and "Use my location"', () => {
    expect(where('51.4545, -2.5879')).toMatchObject({ kind: 'found', level: 'location', lat: 51.4545, lng: -2.5879 });
    expect(resolveCoordinates(51.45, -2.59)).toMatchObject({ kind: 'found', level: 'location', lat: 51.45, lng: -2.59 });
    for (const [lat, lng] of [[NaN, 0], [91, 0], [0, 181], ['51', '-2'], [Infinity, 0]]) expect(resolveCoordinates(lat, lng)).toEqual({ kind: 'not-found', reason: 'invalid' });
  });

  it('makes the same comparison key however a name is written', () => {
    expect(placeKey("St. Werburgh's")).toBe(placeKey('st werburghs'));
    expect(placeKey('Westbury-on-Trym')).toBe('westburyontrym');
  });
});

describe('splitQuery: one search box', () => {
  it('takes a postcode out of the keywords', () => {
    expect(splitQuery('dementia BS5 6HN', data)).toEqual({ what: 'dementia', where: 'BS5 6HN' });
    expect(splitQuery('knit bs5', data)).toEqual({ what: 'knit', where: 'bs5' });
    expect(splitQuery('XX99 9XX lunch', data)).toEqual({ what: 'lunch', where: 'XX99 9XX' });
    expect(splitQuery('xBS5 6HN, BS5 6HN', data)).toEqual({ what: 'xBS5 6HN,', where: 'BS5 6HN' });
  });

  it('takes a place name, after "near" or at either end', () => {
    expect(splitQuery('lunch club near Easton', data)).toEqual({ what: 'lunch club', where: 'Easton' });
    expect(splitQuery('carers st pauls', data)).toEqual({ what: 'carers', where: 'st pauls' });
    expect(splitQuery('Bedminster memory cafe', data)).toEqual({ what: 'memory cafe', where: 'Bedminster' });
  });

  it('leaves keywords alone when nothing is a place', () => {
    expect(splitQuery('vitamin b12', data)).toEqual({ what: 'vitamin b12' });
    expect(splitQuery('help in winter', data)).toEqual({ what: 'help in winter' });
    expect(splitQuery(undefined, data)).toEqual({ what: '' });
  });
});

describe('validatePlaces', () => {
  it('accepts the shipped gazetteer: at least 40 Bristol places, every one valid', () => {
    const { places: ok, problems } = validatePlaces(places);
    expect(problems).toEqual([]);
    expect(ok.length).toBeGreaterThanOrEqual(40);
    for (const p of ['Easton', 'St Pauls', 'Bedminster', 'Southmead']) expect(ok.map((x) => x.name)).toContain(p);
    for (const p of ok) expect(p.district, p.name).toMatch(/^BS\d{1,2}$/);
  });

  it('names every problem with record and field', () => {
    const { places: ok, problems } = validatePlaces([
      { name: 'Good', lat: 51.4, lng: -2.5, district: 'BS5' },
      { name: 'Nowhere', lat: 0, lng: 0, district: 'BS5' },
      { name: 'Badcode', lat: 51.4, lng: -2.5, district: 'bs5' },
      { lat: 51.4, lng: -2.5, district: 'BS5' },
      { name: 'Goood', aliases: ['good'], lat: 51.4, lng: -2.5, district: 'BS5' },
      'text',
      { name: 'Typo', latitude: 1, lat: 51.4, lng: -2.5, district: 'BS5' },
    ]);
    expect(ok.map((p) => p.name)).toEqual(['Good', 'Typo']);
    expect(ok[1]).toEqual({ name: 'Typo', lat: 51.4, lng: -2.5, district: 'BS5' });
    expect(problems.map((p) => `${p.severity} ${p.record} ${p.field}: ${p.message}`)).toEqual([
      'error Nowhere lat, lng: (0, 0) is not a point in the UK',
      'error Badcode district: "bs5" is not a postcode district like "BS5"',
      'error #3 name: is missing',
      'error Goood aliases: "good" is also a name of Good',
      'error #5 : is not a place (expected an object with name, lat, lng and district)',
      'warning Typo latitude: is not a place field and is ignored',
    ]);
  });
});

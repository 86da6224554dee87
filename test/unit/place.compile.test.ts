import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile, formatProblem, type SourceFile } from '../../src/pipeline/compile.ts';
import type { Place } from '../../src/core/place/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const read = (p: string): SourceFile => ({ name: p, text: readFileSync(root + p, 'utf8') });
const list = (dir: string, ext: string) => readdirSync(root + dir).filter((f) => f.endsWith(ext)).sort().map((f) => read(`${dir}/${f}`));
const input = () => ({
  config: read('data/config.json'),
  topics: read('data/topics.json'),
  themes: read('data/resources/themes.json'),
  services: list('data/services', '.json'),
  guides: list('data/resources', '.md'),
  places: list('data/places', '.json'),
  today: new Date('2026-12-04T00:00:00Z'),
});

describe('compiling data/places/', () => {
  const out = compile(input());

  it('emits a content-hashed places file named in the manifest', () => {
    expect(out.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const entry = out.manifest!.places;
    expect(entry.file).toMatch(/^files\/places-[0-9a-f]{10}\.json$/);
    const shipped = JSON.parse(out.files.find((f) => f.name === entry.file)!.content) as Place[];
    expect(shipped.length).toBe(entry.count);
    expect(entry.count).toBeGreaterThanOrEqual(40);
    expect(shipped.map((p) => p.name)).toEqual([...shipped.map((p) => p.name)].sort((a, b) => a.localeCompare(b)));
  });

  it('compiles without places (an empty list), so older callers keep working', () => {
    const bare = compile({ ...input(), places: undefined });
    expect(bare.manifest!.places.count).toBe(0);
  });

  it('names every place problem with file, place and field, and compiles nothing', () => {
    const broken = compile({
      ...input(),
      places: [
        read('data/places/bristol.json'),
        { name: 'data/places/extra.json', text: JSON.stringify([{ name: 'Easton', lat: 51.46, lng: -2.56, district: 'BS5' }, { name: 'Nowhere', lat: 10, lng: 10, district: 'BS5' }]) },
        { name: 'data/places/bad.json', text: '{"name":"x"}' },
      ],
    });
    expect(broken.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'data/places/extra.json: place "Easton": name "Easton" is also a name of Easton',
      'data/places/extra.json: place "Nowhere": lat, lng (10, 10) is not a point in the UK',
      'data/places/bad.json: is not a list of places (expected a JSON array)',
    ]);
    expect(broken.files).toEqual([]);
  });
});

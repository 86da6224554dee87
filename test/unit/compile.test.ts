import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile, formatProblem, type SourceFile } from '../../src/pipeline/compile.ts';

const root = new URL('../../', import.meta.url).pathname;
const read = (p: string): SourceFile => ({ name: p, text: readFileSync(root + p, 'utf8') });
const list = (dir: string, ext: string) => readdirSync(root + dir).filter((f) => f.endsWith(ext)).sort().map((f) => read(`${dir}/${f}`));

function shipped() {
  return {
    config: read('data/config.json'),
    topics: read('data/topics.json'),
    themes: read('data/resources/themes.json'),
    services: list('data/services', '.json'),
    guides: list('data/resources', '.md'),
    today: new Date('2026-12-04T00:00:00Z'),
  };
}

describe('compiling the shipped data/', () => {
  const out = compile(shipped());

  it('has no errors and produces a manifest', () => {
    expect(out.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(out.manifest).toBeDefined();
  });

  it('includes every required national service, each with a last-checked date', () => {
    const national = JSON.parse(out.files.find((f) => f.name === out.manifest!.national.file)!.content) as { id: string; assured_date?: string; phones?: { number: string }[] }[];
    const ids = new Map(national.map((s) => [s.id, s]));
    for (const id of ['national-age-uk-advice-line', 'national-silver-line', 'national-samaritans', 'national-nhs-111', 'national-alzheimers-society-support-line', 'national-admiral-nurse-helpline', 'national-carers-uk-helpline', 'national-talking-point', 'national-carers-uk-forum']) {
      expect(ids.get(id), id).toBeDefined();
      expect(ids.get(id)!.assured_date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(ids.get('national-samaritans')!.phones![0].number).toBe('116 123');
  });

  it('has at least 150 demonstration services in Bristol and 24 guides', () => {
    expect(out.manifest!.counts.demonstration).toBeGreaterThanOrEqual(150);
    expect(out.manifest!.areas.BS.count).toBeGreaterThanOrEqual(150);
    expect(out.manifest!.counts.guides).toBeGreaterThanOrEqual(24);
  });

  it('names files by content, so unchanged data gives the same version', () => {
    const again = compile(shipped());
    expect(again.manifest!.version).toBe(out.manifest!.version);
    expect(out.manifest!.areas.BS.file).toMatch(/^files\/services-bs-[0-9a-f]{10}\.json$/);
  });

  it('derives postcode district centroids from the services themselves', () => {
    const pc = JSON.parse(out.files.find((f) => f.name === out.manifest!.postcodes.file)!.content) as { districts: Record<string, number[]> };
    const [lat, lng, n] = pc.districts.BS5;
    expect(n).toBeGreaterThan(0);
    expect(lat).toBeCloseTo(51.46, 1);
    expect(lng).toBeCloseTo(-2.56, 1);
  });
});

describe('file sizes: every compiled file can be stored for offline use', () => {
  it('splits an area whose file would be too large into files of whole districts, each under the limit', () => {
    const out = compile({ ...shipped(), limits: { areaBytes: 60_000 } });
    expect(out.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const parts = Object.entries(out.manifest!.areas).filter(([key]) => key.startsWith('BS:'));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const [, part] of parts) {
      expect(Buffer.byteLength(out.files.find((f) => f.name === part.file)!.content)).toBeLessThanOrEqual(60_000);
      expect(part.area).toBe('BS');
    }
    // Nothing lost: every Bristol service is in exactly one part.
    const total = parts.reduce((n, [, part]) => n + part.count, 0);
    expect(total).toBe(compile(shipped()).manifest!.areas.BS.count);
  });

  it('refuses to compile a file the app could not keep offline, naming it and saying what to do', () => {
    const out = compile({ ...shipped(), limits: { precacheBytes: 100_000 } });
    const errors = out.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors.some((e) => /public\/data\/files\/guides-[0-9a-f]+\.json.*would be 1\d\d kB, more than the 98 kB the app can keep for offline use/.test(e))).toBe(true);
  });
});

describe('compiling broken data', () => {
  it('lists all five planted errors with file, id and field, and compiles nothing', () => {
    const input = shipped();
    const services = JSON.parse(input.services.find((f) => f.name.endsWith('national.json'))!.text) as Record<string, unknown>[];
    const broken = structuredClone(services.slice(0, 5));
    broken[0].status = 'open';
    (broken[1].schedules as { opens_at: string }[])[0].opens_at = '25:00';
    broken[2].topics = ['knitting'];
    broken[3].url = 'javascript:alert(1)';
    delete broken[4].name;
    const out = compile({ ...input, services: [{ name: 'data/services/broken.json', text: JSON.stringify(broken.map((s, i) => ({ ...s, id: `broken-${i}` }))) }] });
    const errors = out.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([
      'data/services/broken.json: service "broken-0": status "open" is not one of "active", "inactive", "defunct", "temporarily closed"',
      'data/services/broken.json: service "broken-1": schedules[0].opens_at "25:00" is not a time (HH:MM)',
      'data/services/broken.json: service "broken-2": topics[0] "knitting" is not a topic in data/topics.json',
      'data/services/broken.json: service "broken-3": url "javascript:alert(1)" is not a web address starting https://',
      'data/services/broken.json: service "broken-4": name is missing',
    ]);
    expect(out.files).toEqual([]);
  });

  it('reports a file that is not JSON and one that is not a list', () => {
    const input = shipped();
    const out = compile({ ...input, services: [{ name: 'data/services/a.json', text: '{ nope' }, { name: 'data/services/b.json', text: '42' }] });
    const errors = out.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors[0]).toMatch(/^data\/services\/a.json: is not valid JSON/);
    expect(errors[1]).toBe('data/services/b.json: is not a list of services (expected a JSON array or {"contents": [...]})');
  });

  it('refuses the same id twice', () => {
    const input = shipped();
    const s = { id: 'dup', name: 'A', status: 'active', topics: ['social'], assured_date: '2026-11-01' };
    const out = compile({ ...input, services: [{ name: 'data/services/x.json', text: JSON.stringify([s, s]) }] });
    expect(out.problems.map(formatProblem)).toContain('data/services/x.json: service "dup": id is used twice (also in data/services/x.json)');
  });
});

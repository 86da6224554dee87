/**
 * `npm run import` on the two real council feeds in ../shared/data/council-feeds (ORUK v1
 * /services dumps from Bristol and North Lincolnshire): the printed counts, every imported record
 * valid, and the result compiling together with data/. Runs against a temporary copy of data/.
 * Without ../shared this fails in CI and is skipped elsewhere (see ../shared/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateService } from '../../src/core/validate.ts';
import type { Service } from '../../src/core/model.ts';
import { compile, formatProblem, type SourceFile } from '../../src/pipeline/compile.ts';

const root = new URL('../../', import.meta.url).pathname;
const feeds = join(root, '..', 'shared', 'data', 'council-feeds');
const available = existsSync(feeds);
const today = new Date('2026-12-04T00:00:00Z');

if (!available && !process.env.CI) console.log(`import.conformance.test.ts skipped: ${feeds} is missing (../shared is only provided in CI; see ../shared/README.md).`);

describe.runIf(!available && process.env.CI)('the council feeds in ../shared', () => {
  it('are present in CI', () => {
    throw new Error(`${feeds} is missing: CI must provide ../shared next to the project (see ../shared/README.md).`);
  });
});

function run(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs'), join(root, 'src', 'pipeline', 'import-cli.ts'), ...args], {
      cwd,
      env: { ...process.env, DATA_DIR: join(cwd, 'data'), DATA_TODAY: '2026-12-04' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe.runIf(available)('importing the real council feeds', () => {
  let work = '';
  let runs: Record<'bristol' | 'lincs', ReturnType<typeof run>>;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'import-conformance-'));
    cpSync(join(root, 'data'), join(work, 'data'), { recursive: true });
    const bristol = join(feeds, 'bristol-council.json');
    const lincs = join(feeds, 'north-lincolnshire-council.json');
    // Both runs go at once; each test waits for its own.
    runs = {
      bristol: run(work, [bristol, '--keep-first', '--prefix', 'bristol', '--out', join(work, 'data', 'services', 'imported-bristol.json')]),
      lincs: run(work, [lincs, '--prefix', 'northlincs', '--out', join(work, 'data', 'services', 'imported-north-lincolnshire.json')]),
    };
  });
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it('Bristol repeats one id (so it needs --keep-first; without it the import stops)', () => {
    const ids = (JSON.parse(readFileSync(join(feeds, 'bristol-council.json'), 'utf8')) as { id: string }[]).map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual(['2af617e5-4532-bebe-1036-ffdf2e93ce55']);
  });

  it('Bristol: 819 read, 817 imported, 2 skipped with reasons', async () => {
    const r = await runs.bristol;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Read 819 records from');
    expect(r.stdout).toContain('(ORUK v1 /services list)');
    expect(r.stdout).toContain('Imported 817 services; skipped 2:');
    expect(r.stdout).toMatch(/^ {2}#1 \(id "def5ccd4-f121-df4d-60d2-4dc0d69ff555"\): has no name$/m);
    expect(r.stdout).toMatch(/^ {2}#811 "Yoga for Fitness & Relaxation": has the same id as #374/m);
    expect(r.stdout).toMatch(/^Phone numbers found in descriptions: [1-9]\d+, in \d+ services/m);
    expect(r.stdout).toMatch(/^Topic fallbacks: \d+ of 817 services/m);
    expect(r.stdout).toContain('817 of 817 services have no location: they will be listed but not mapped.');
    expect(r.stdout).toMatch(/Wrote .*imported-bristol\.json \(817 services\)/);
  }, 60_000);

  it('North Lincolnshire: 738 read, 738 imported, none skipped', async () => {
    const r = await runs.lincs;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Read 738 records from');
    expect(r.stdout).toContain('Imported 738 services; skipped 0.');
    expect(r.stdout).toMatch(/^Phone numbers found in descriptions: [1-9]\d+, in \d+ services/m);
    expect(r.stdout).toMatch(/^Topic fallbacks: \d+ of 738 services/m);
    expect(r.stdout).toContain('738 of 738 services have no location: they will be listed but not mapped.');
  }, 60_000);

  it('every imported record validates, is plain text, and all of it compiles with data/', async () => {
    await Promise.all([runs.bristol, runs.lincs]);
    const topics = new Set((JSON.parse(readFileSync(join(work, 'data', 'topics.json'), 'utf8')) as { id: string }[]).map((t) => t.id));
    const read = (p: string): SourceFile => ({ name: p.slice(work.length + 1), text: readFileSync(p, 'utf8') });
    const list = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('.')).sort().map((f) => read(join(dir, f)));
    const services = list(join(work, 'data', 'services'), '.json');
    let imported = 0;
    for (const file of services.filter((f) => f.name.includes('imported-'))) {
      expect(file.text).not.toMatch(/<\s*\/?\s*(script|p|br|div|span|a|strong|li|img)\b[^>]*>/i);
      expect(file.text).not.toMatch(/&(nbsp|amp|lt|gt|quot|#\d+);/);
      const records = JSON.parse(file.text) as Service[];
      imported += records.length;
      records.forEach((s, i) => expect(validateService(s, i, { topics, today }).filter((p) => p.severity === 'error'), s.id).toEqual([]));
    }
    expect(imported).toBe(817 + 738);
    const out = compile({
      config: read(join(work, 'data', 'config.json')),
      topics: read(join(work, 'data', 'topics.json')),
      themes: read(join(work, 'data', 'resources', 'themes.json')),
      services,
      guides: list(join(work, 'data', 'resources'), '.md'),
      today,
    });
    expect(out.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(out.manifest!.counts.services).toBeGreaterThanOrEqual(817 + 738);
  }, 60_000);
});

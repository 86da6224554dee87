/**
 * `npm run import` end to end, on bad input: each case runs the CLI against its own temporary
 * copy of data/ (DATA_DIR), and must exit non-zero, say what is wrong in one line per problem,
 * and leave that copy byte-for-byte as it was. The real data/ is never written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
/** What `npx tsx` runs, minus the second node process its launcher starts. */
const tsxLoader = join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs');
const cli = join(root, 'src', 'pipeline', 'import-cli.ts');
const work = mkdtempSync(join(tmpdir(), 'import-cli-'));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, cli, ...args], { cwd, env: { ...process.env, DATA_DIR: join(cwd, 'data'), DATA_TODAY: '2026-12-04' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Every file under dir (dot files too) → its bytes, to compare before and after. */
function snapshot(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) snapshot(p, base, out);
    else out.set(p.slice(base.length), readFileSync(p));
  }
  return out;
}

const existingId = (JSON.parse(readFileSync(join(root, 'data', 'services', 'national.json'), 'utf8')) as { id: string }[])[0]!.id;
const script = '<script>alert(1)</script>';

/** name → the feed file's content (undefined: no file), the CLI arguments, and the message expected. */
const cases: { name: string; file?: string | Buffer; args?: string[]; message: RegExp }[] = [
  { name: 'missing file', message: /^error: feed\.json does not exist$/m },
  { name: 'not JSON', file: '{"id": "a", "name": ', message: /^error: feed\.json is not JSON \(.+\)$/m },
  { name: 'a number', file: '42', message: /^error: feed\.json is not a list of services: it is a number/m },
  { name: 'an object without services', file: '{"services_count": 3, "council": "Bristol"}', message: /^error: feed\.json is not a list of services: it is an object with "services_count", "council" but no services/m },
  { name: 'an empty list', file: '[]', message: /^error: feed\.json has no services \(the list is empty\)$/m },
  { name: '20 MB of garbage', file: Buffer.alloc(20 * 1024 * 1024, 'x<\u0000garbage'), message: /^error: feed\.json is 20\.0 MB: the importer reads feeds up to 15 MB\. Split it into smaller files\.$/m },
  {
    name: 'duplicate ids in the file',
    file: JSON.stringify([{ id: 'lunch', name: 'Lunch club' }, { id: 'lunch', name: 'Lunch club (old)' }]),
    message: /^error: feed\.json: records #1 "Lunch club" and #2 "Lunch club \(old\)" have the same id "feed-lunch": fix the feed, or run again with --keep-first/m,
  },
  { name: 'an id already in data/', file: JSON.stringify({ id: existingId, name: 'Clash' }), args: ['--prefix', ''], message: new RegExp(`^error: feed\\.json: record #1 "Clash" has the id "${existingId}", which data/services/national\\.json already uses`, 'm') },
  {
    name: 'a record with <script> in every field',
    file: JSON.stringify([{ id: script, name: script, description: script, url: `javascript:${script}`, email: script, status: script, fees: script, organization: { id: script, name: script, url: script } }]),
    message: /^error: feed\.json: none of the 1 records could be imported \(has no name\)$/m,
  },
  { name: 'overwriting national.json without --force', file: JSON.stringify([{ id: 'n', name: 'N' }]), args: ['--out', 'data/services/national.json'], message: /^error: data\/services\/national\.json already exists and is one of the project's own files/m },
  { name: 'an unknown option', file: '[]', args: ['--overwrite'], message: /^error: unknown option --overwrite$/m },
];

const results = new Map<string, { run: Run; before: Map<string, Buffer>; after: Map<string, Buffer> }>();

beforeAll(async () => {
  await Promise.all(
    cases.map(async (c, i) => {
      const dir = join(work, `case-${i}`);
      mkdirSync(dir);
      cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
      if (c.file !== undefined) writeFileSync(join(dir, 'feed.json'), c.file);
      const before = snapshot(join(dir, 'data'));
      const r = await run(dir, ['feed.json', ...(c.args ?? [])]);
      results.set(c.name, { run: r, before, after: snapshot(join(dir, 'data')) });
    }),
  );
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import refuses bad input and leaves data/ as it was', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { run: r, before, after } = results.get(c.name)!;
      expect(r.status, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr.trim().split('\n').every((line) => line.startsWith('error: ') || line === 'Nothing was imported: data/ is unchanged.')).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);
    });
  }
});

describe('npm run import on good input', () => {
  it('writes the new file atomically, as plain text, and only that file', async () => {
    const dir = join(work, 'good');
    mkdirSync(dir);
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const feed = [
      { id: 'a1', name: `${script}Lunch club`, description: `<p>Hot lunch &amp; a chat.${script}</p><p>Call 0117 496 0123.</p>`, url: 'www.example.org', status: 'active', pc_metadata: { date_assured: '2026-10-01' }, pc_targetAudience: [] },
      { id: 'a2', name: 'Widget Trust', description: '', status: 'active', pc_metadata: {}, pc_targetAudience: [] },
    ];
    writeFileSync(join(dir, 'My Feed.json'), JSON.stringify(feed));
    const before = snapshot(join(dir, 'data'));
    const r = await run(dir, ['My Feed.json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Read 2 records from My Feed.json (ORUK v1 /services list).');
    expect(r.stdout).toContain('Imported 2 services; skipped 0.');
    expect(r.stdout).toContain('Phone numbers found in descriptions: 1, in 1 service');
    expect(r.stdout).toContain('Topic fallbacks: 1 of 2 services');
    expect(r.stdout).toContain('2 of 2 services have no location: they will be listed but not mapped.');
    const after = snapshot(join(dir, 'data'));
    expect([...after.keys()].filter((f) => !before.has(f))).toEqual(['/services/my-feed.json']);
    const written = after.get('/services/my-feed.json')!.toString();
    expect(written).not.toMatch(/<\s*\/?\s*script/i);
    const services = JSON.parse(written) as { id: string; name: string; description?: string }[];
    expect(services.map((s) => [s.id, s.name])).toEqual([
      ['my-feed-a1', 'Lunch club'],
      ['my-feed-a2', 'Widget Trust'],
    ]);
    expect(services[0]!.description).toBe('Hot lunch & a chat.\n\nCall 0117 496 0123.');
  }, 30_000);
});

/**
 * `npm run bench:data`: compiles a synthetic national dataset (250,000 services by default;
 * BENCH_SERVICES=n for another size) with the real compiler in a child process and checks it
 * against the budgets: wall time, the child's peak memory (max RSS), and the largest area file
 * (gzip bytes, from the manifest). Figures go to test/bench/results.json under "data".
 * Exits 1 when a budget is exceeded or the compile fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import type { AreaFile, DatasetManifest } from '../../src/core/manifest.ts';
import { defaultDir, generateNational, REFERENCE_DATE } from './generate-national.ts';
import { saveResults } from './results.mjs';

const BUDGET = { seconds: 60, rssMB: 2048, largestAreaGzipKB: 400 };
const root = new URL('../../', import.meta.url).pathname;
const count = Number(process.env.BENCH_SERVICES ?? 250_000);
const outDir = join(root, '.tmp', 'bench-out');
const rssFile = join(root, '.tmp', `bench-rss-${process.pid}`);

const dataDir = defaultDir(count);
if (!existsSync(join(dataDir, 'generator.json'))) {
  console.log(`Generating ${count} synthetic services in ${relative(root, dataDir)}/ …`);
  generateNational(count, dataDir);
}

// The child records its own peak RSS (KiB) and CPU time (µs) on exit, from process.resourceUsage():
// this works wherever Node does, unlike /usr/bin/time -v.
const hook = `data:text/javascript,${encodeURIComponent(
  `import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(rssFile)},JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))});`,
)}`;
console.log(`Compiling ${relative(root, dataDir)}/ with src/pipeline/cli.ts …`);
const started = process.hrtime.bigint();
const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', hook, join(root, 'src', 'pipeline', 'cli.ts')], {
  cwd: root,
  env: { ...process.env, DATA_DIR: dataDir, DATA_OUT: outDir, DATA_TODAY: REFERENCE_DATE },
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const [rssKB, cpuMicros] = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number]) : [NaN, NaN];
const rssMB = rssKB / 1024;
rmSync(rssFile, { force: true });
const stderrLines = child.stderr ? child.stderr.split('\n').filter(Boolean) : [];
if (child.status !== 0) {
  console.error(stderrLines.slice(-20).join('\n'));
  console.error(`The compiler failed (exit ${child.status ?? child.signal}); no figures recorded.`);
  process.exit(1);
}
process.stdout.write(child.stdout);
const warnings = stderrLines.filter((l) => l.startsWith('warning:')).length;

const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as DatasetManifest;
const entries = Object.entries(manifest.areas) as [string, AreaFile][];
const [largestKey, largest] = entries.reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
const split = entries.filter(([, f]) => f.area);

// The manifest must still describe every local service exactly once, each district in one file.
const problems: string[] = [];
if (entries.reduce((t, [, f]) => t + f.count, 0) !== manifest.counts.local) problems.push('area file counts do not add up to the local services');
const seenDistricts = new Map<string, string>();
for (const [key, f] of split) {
  if (!key.startsWith(`${f.area}:`) || !f.districts?.length) problems.push(`${key}: a split file needs "area" and "districts"`);
  if (manifest.areas[f.area!]) problems.push(`${key}: area ${f.area} also has a whole-area file`);
  for (const d of f.districts ?? []) {
    if (seenDistricts.has(d)) problems.push(`${d} is in both ${seenDistricts.get(d)} and ${key}`);
    seenDistricts.set(d, key);
  }
}

const figures = {
  services: manifest.counts.services,
  wall_seconds: +seconds.toFixed(2),
  // CPU time and load show whether a slow run was the compiler or a busy machine.
  cpu_seconds: +(cpuMicros / 1e6).toFixed(2),
  load_average_1m: +loadavg()[0].toFixed(2),
  peak_rss_mb: Math.round(rssMB),
  largest_area_file: { key: largestKey, file: largest.file, services: largest.count, gzip_kb: +(largest.bytes / 1024).toFixed(1) },
  area_files: entries.length,
  split_areas: [...new Set(split.map(([, f]) => f.area))].sort(),
  warnings,
};
const rows: [string, number, number, string][] = [
  ['wall time', figures.wall_seconds, BUDGET.seconds, 's'],
  ['peak memory (max RSS)', figures.peak_rss_mb, BUDGET.rssMB, 'MB'],
  [`largest area file (${largestKey}, gzip)`, figures.largest_area_file.gzip_kb, BUDGET.largestAreaGzipKB, 'kB'],
];
console.log(`\nData benchmark: ${figures.services} services, ${figures.area_files} area files (split: ${figures.split_areas.join(' ') || 'none'}), ${warnings} warnings`);
console.log(`  compiler CPU time ${figures.cpu_seconds} s; machine load ${figures.load_average_1m} (1 min)`);
let over = false;
for (const [name, value, budget, unit] of rows) {
  const ok = Number.isFinite(value) && value <= budget;
  over ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(32)} ${`${value} ${unit}`.padStart(12)}   budget ${budget} ${unit}`);
}
for (const p of problems) console.error(`  manifest: ${p}`);

saveResults('data', { measured: new Date().toISOString(), node: process.version, ...figures, budget: BUDGET, within_budget: !over && !problems.length });
if (over || problems.length) process.exit(1);

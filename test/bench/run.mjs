// `npm run bench`: runs every benchmark there is, one after another (they time things, so never
// two at once), then prints one table from the figures each wrote to test/bench/results.json:
// each figure, its budget, ok/OVER, and the comparison its issue names; the table goes into
// results.json too, under "summary". A benchmark whose script or file is missing is
// listed as "not available". Exits 1 when any figure is over budget or a benchmark failed
// without recording figures.
//
//   npm run bench                      all of them
//   npm run bench -- coldstart search  only those (keys below)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const resultsFile = join(root, 'test', 'bench', 'results.json');
const RUN_STARTED = Date.now();

/** In order: cheap and independent first; Lighthouse last so it can audit the cold-start build. */
const BENCHES = [
  { key: 'data', script: 'bench:data', title: 'data build (issue 3)' },
  { key: 'search', script: 'bench:search', title: 'search (issue 5)' },
  { key: 'map', script: 'bench:map', title: 'map (issue 6)' },
  { key: 'coldstart', script: 'bench:coldstart', title: 'cold start (issue 10)' },
  { key: 'lighthouse', script: 'bench:lighthouse', title: 'Lighthouse performance (issue 10)' },
];

const num = (v) => typeof v === 'number' && Number.isFinite(v);
const fmt = (v, unit = '') => (num(v) ? `${Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}` : '–');
/** A row: lower is better unless `atLeast`. */
function row(figure, value, budget, unit, comparison = '', atLeast = false) {
  const ok = num(value) && num(budget) ? (atLeast ? value >= budget : value <= budget) : num(budget) ? false : undefined;
  return { figure, value: fmt(value, unit), budget: num(budget) ? `${atLeast ? '≥' : '≤'} ${fmt(budget, unit)}` : '', ok, comparison };
}

/** How each benchmark's figures in results.json become rows. */
const ROWS = {
  data(r) {
    const b = r.budget ?? {};
    const largest = r.largest_area_file ?? {};
    return [
      row(`compile ${fmt(r.services)} services: wall time`, r.wall_seconds, b.seconds, 's', num(r.cpu_seconds) ? `CPU ${fmt(r.cpu_seconds)} s, load ${fmt(r.load_average_1m)}` : ''),
      row('compile: peak memory (max RSS)', r.peak_rss_mb, b.rssMB, 'MB'),
      row(`largest area file (${largest.key ?? '?'}, gzip)`, largest.gzip_kb, b.largestAreaGzipKB, 'kB', `${fmt(r.area_files)} area files`),
    ];
  },
  search(r) {
    const f = r.fuse ?? {};
    const ms = r.minisearch ?? {};
    return [
      row(`index build (${fmt(r.services)} services)`, r.buildMs, r.budgetBuildMs, 'ms', num(ms.buildMs) ? `MiniSearch alone ${fmt(ms.buildMs)} ms` : ''),
      row(`query p95 (${fmt(r.queries)} queries; p50 ${fmt(r.p50Ms)} ms)`, r.p95Ms, r.budgetP95Ms, 'ms', num(f.ratioP95) ? `Fuse.js p95 ${fmt(f.p95Ms)} ms: ${fmt(f.ratioP95)}× slower (p50 ${fmt(f.ratioP50)}×, ${fmt(f.queries)} queries)` : ''),
    ];
  },
  map(r) {
    const b = r.budget ?? {};
    const c = r.clustered ?? {};
    const n = r.naive ?? {};
    return [
      row(`first draw, ${fmt(r.places)} places (clustered)`, c.firstDrawMs, b.firstDrawMs, 'ms', num(n.firstDrawMs) ? `one marker per place: ${fmt(n.firstDrawMs)} ms` : ''),
      row('one-marker-per-place ÷ clustered (first draw)', r.ratio_first_draw, b.ratio, '×', num(c.panFrameP95Ms) ? `pan frame p95 ${fmt(c.panFrameP95Ms)} vs ${fmt(n.panFrameP95Ms)} ms` : '', true),
    ];
  },
  coldstart(r) {
    const rows = [];
    for (const [key, label] of [
      ['demo', 'demonstration data'],
      ['area_20k', '20,000 services in one area'],
    ]) {
      const d = r[key];
      if (!d) continue;
      for (const [scenario, what] of [
        ['first_visit', 'online first visit'],
        ['offline_repeat', 'offline repeat visit'],
      ]) {
        const f = d[scenario];
        if (!f) continue;
        const notes = [`CPU ${r.cpu_slowdown}× slower, median of ${f.runs_ms?.length ?? 0}`];
        if (num(f.data_arrived_median_ms)) notes.push(`data in by ${fmt(f.data_arrived_median_ms)} ms`);
        if (num(f.directory_ready_median_ms)) notes.push(`all services loaded by ${fmt(f.directory_ready_median_ms)} ms`);
        if (f.errors?.length) notes.push(`${f.errors.length} failed: ${f.errors[0]}`);
        const r2 = row(`${label}, ${what} → search usable`, f.median_ms, f.budget_ms, 'ms', notes.join('; '));
        if (f.errors?.length) r2.ok = false;
        rows.push(r2);
      }
    }
    return rows;
  },
  lighthouse(r) {
    return (r.pages ?? []).map((p) => {
      const m = p.metrics ?? {};
      const parts = [];
      if (num(m.lcp_ms)) parts.push(`LCP ${fmt(m.lcp_ms)} ms`);
      if (num(m.tbt_ms)) parts.push(`TBT ${fmt(m.tbt_ms)} ms`);
      if (num(m.cls)) parts.push(`CLS ${m.cls.toFixed(3)}`);
      if (p.runtime_error) parts.push(`error: ${p.runtime_error}`);
      return row(`Performance (mobile) ${p.path}`, p.scores?.performance ?? undefined, r.target_performance, '', parts.join(', '), true);
    });
  },
};

function packageScripts() {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  } catch {
    return {};
  }
}

function readResults() {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    return {};
  }
}

/** The file a script runs ("tsx test/bench/map.bench.ts" → that file), if it names one. */
function scriptFile(command) {
  const file = command.split(/\s+/).find((w) => /\.(m?[jt]s|mjs)$/.test(w));
  return file ? join(root, file) : undefined;
}

/** Figures are fresh when their own timestamp (or, failing that, the file's) is from this run. */
function measuredAt(entry) {
  const t = Date.parse(entry?.measured ?? entry?.at ?? '');
  return Number.isFinite(t) ? t : undefined;
}

const only = process.argv.slice(2);
const scripts = packageScripts();
const outcomes = [];
for (const bench of BENCHES) {
  if (only.length && !only.includes(bench.key)) continue;
  const command = scripts[bench.script];
  const file = command ? scriptFile(command) : undefined;
  if (!command || (file && !existsSync(file))) {
    outcomes.push({ bench, status: 'not available', detail: !command ? `no "${bench.script}" script in package.json` : `${relative(root, file)} does not exist` });
    continue;
  }
  const args = ['run', '--silent', bench.script];
  if (bench.key === 'lighthouse') {
    // Audit the build the cold-start benchmark has just made from data/ (dist/ may be another
    // checkout's work in progress); dist/ when that is not there.
    const fresh = join(root, '.tmp', 'builds', 'coldstart-demo', 'index.html');
    const dir = existsSync(fresh) && statSync(fresh).mtimeMs >= RUN_STARTED ? '.tmp/builds/coldstart-demo' : 'dist';
    args.push('--', '--dir', dir);
  }
  console.log(`\n━━ ${bench.title}: npm ${args.join(' ')} ━━`);
  const t0 = Date.now();
  const r = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  // Read its figures straight away: another checkout's benchmark may write results.json later.
  outcomes.push({ bench, status: r.status === 0 ? 'ok' : 'failed', exit: r.status ?? r.signal, startedAt: t0, seconds: (Date.now() - t0) / 1000, entry: readResults()[bench.key] });
}

// The table.
const lines = [];
let over = false;
for (const o of outcomes) {
  const { bench } = o;
  if (o.status === 'not available') {
    lines.push({ section: bench.title, rows: [{ figure: 'not available', value: '', budget: '', ok: undefined, comparison: o.detail }] });
    continue;
  }
  const entry = o.entry;
  const at = measuredAt(entry);
  const fresh = entry && (at === undefined || at >= o.startedAt - 1000);
  if (!entry || !fresh) {
    over = true;
    lines.push({ section: bench.title, rows: [{ figure: `no figures from this run (exit ${o.exit})`, value: '', budget: '', ok: false, comparison: entry ? `last figures are from ${entry.measured ?? entry.at}` : '' }] });
    continue;
  }
  let rows;
  try {
    rows = ROWS[bench.key](entry);
  } catch (err) {
    rows = [{ figure: `figures not understood: ${err.message}`, value: '', budget: '', ok: false, comparison: '' }];
  }
  if (!rows.length) rows = [{ figure: 'no figures recorded', value: '', budget: '', ok: false, comparison: '' }];
  if (o.status === 'failed' && rows.every((r) => r.ok !== false)) rows.push({ figure: `the benchmark failed (exit ${o.exit})`, value: '', budget: '', ok: false, comparison: '' });
  for (const r of rows) if (r.ok === false) over = true;
  lines.push({ section: `${bench.title} (${Math.round(o.seconds)} s)`, rows });
}

const all = lines.flatMap((l) => l.rows);
const w = {
  figure: Math.max(6, ...all.map((r) => r.figure.length)),
  value: Math.max(5, ...all.map((r) => r.value.length)),
  budget: Math.max(6, ...all.map((r) => r.budget.length)),
};
const status = (ok) => (ok === true ? 'ok  ' : ok === false ? 'OVER' : '    ');
console.log(`\n${'═'.repeat(30)} Benchmarks ${'═'.repeat(30)}`);
console.log(`${'figure'.padEnd(w.figure)}  ${'value'.padStart(w.value)}  ${'budget'.padEnd(w.budget)}  pass  comparison / notes`);
for (const l of lines) {
  console.log(`── ${l.section}`);
  for (const r of l.rows) console.log(`${r.figure.padEnd(w.figure)}  ${r.value.padStart(w.value)}  ${r.budget.padEnd(w.budget)}  ${status(r.ok)}  ${r.comparison}`);
}
const failedCount = all.filter((r) => r.ok === false).length;

// results.json: this run's figures for each benchmark (as read when it finished), and the table.
const merged = readResults();
for (const o of outcomes) if (o.entry && (measuredAt(o.entry) ?? Infinity) >= o.startedAt - 1000) merged[o.bench.key] = o.entry;
merged.summary = {
  measured: new Date(RUN_STARTED).toISOString(),
  within_budget: !over,
  benchmarks: lines.map((l) => ({ section: l.section, figures: l.rows.map((r) => ({ figure: r.figure, value: r.value, budget: r.budget, pass: r.ok ?? null, comparison: r.comparison })) })),
};
const tmp = `${resultsFile}.tmp-${process.pid}`;
writeFileSync(tmp, `${JSON.stringify(merged, null, 2)}\n`);
renameSync(tmp, resultsFile);
console.log(`\n${failedCount ? `${failedCount} figure${failedCount === 1 ? '' : 's'} over budget or missing` : 'every figure within budget'}; figures in ${relative(root, resultsFile)}`);
process.exit(over ? 1 : 0);

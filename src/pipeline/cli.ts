/** `npm run data`: validate data/ and compile it into public/data/ (replaced in one rename). */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compile, formatProblem } from './compile.ts';
import { readDataDir } from './read-data.ts';

const root = process.cwd();
const dataDir = process.env.DATA_DIR ?? join(root, 'data');
const outDir = process.env.DATA_OUT ?? join(root, 'public', 'data');

const started = Date.now();
const today = process.env.DATA_TODAY ? new Date(process.env.DATA_TODAY) : new Date();
const result = compile({ ...readDataDir(dataDir, root), today });
const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
for (const w of warnings) console.warn(formatProblem(w));
if (errors.length || !result.manifest) {
  for (const e of errors) console.error(formatProblem(e));
  console.error(`\nData has ${errors.length} error${errors.length === 1 ? '' : 's'}: nothing was compiled. Fix ${errors.length === 1 ? 'it' : 'them'} and run npm run data again.`);
  process.exit(1);
}
// Write everything to a sibling folder first, then swap, so a failure never leaves half a dataset.
const tmp = `${outDir}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
for (const f of result.files) {
  mkdirSync(dirname(join(tmp, f.name)), { recursive: true });
  writeFileSync(join(tmp, f.name), f.content);
}
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });
const m = result.manifest;
console.log(
  `Data compiled in ${Date.now() - started} ms: ${m.counts.services} services (${m.counts.local} local, ${m.counts.national} national, ${m.counts.demonstration} demonstration), ${m.counts.guides} guides, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}. Version ${m.version} in ${relative(root, outDir)}/`,
);

/**
 * `npm run export -- <out.json>`: check and compile data/ (as `npm run data` does, writing nothing
 * there), then write every service as an Open Referral UK service object to <out.json>, a JSON
 * array, replaced in one rename. DATA_DIR and DATA_TODAY work as for `npm run data`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compile, formatProblem } from './compile.ts';
import { compiledServices, exportServices } from './export.ts';
import { readDataDir } from './read-data.ts';

const root = process.cwd();
const outArg = process.argv[2];
if (!outArg || outArg.startsWith('-')) {
  console.error('Usage: npm run export -- <out.json>');
  process.exit(2);
}
const out = resolve(root, outArg);
const dataDir = process.env.DATA_DIR ?? join(root, 'data');
const today = process.env.DATA_TODAY ? new Date(process.env.DATA_TODAY) : new Date();

const result = compile({ ...readDataDir(dataDir, root), today });
const errors = result.problems.filter((p) => p.severity === 'error');
if (errors.length || !result.manifest) {
  for (const e of errors) console.error(formatProblem(e));
  console.error(`\nData has ${errors.length} error${errors.length === 1 ? '' : 's'}: nothing was exported. Run npm run data to see every problem.`);
  process.exit(1);
}
const services = exportServices(compiledServices(result), result.manifest.topics);
mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, `${JSON.stringify(services, null, 2)}\n`);
renameSync(tmp, out);
console.log(`Exported ${services.length} services (Open Referral UK 3.0) to ${relative(root, out) || out}`);

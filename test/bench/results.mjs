// Every benchmark keeps its figures under its own key in test/bench/results.json: read the file,
// replace that key, write it back in one rename so a bench stopped half-way leaves it whole.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
export const RESULTS_FILE = join(root, 'test', 'bench', 'results.json');

/** @param {string} key @param {unknown} figures */
export function saveResults(key, figures) {
  /** @type {Record<string, unknown>} */
  let all = {};
  try {
    all = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
  } catch {
    // Missing or unreadable: start afresh.
  }
  all[key] = figures;
  const tmp = `${RESULTS_FILE}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`);
  renameSync(tmp, RESULTS_FILE);
  console.log(`Figures written to ${relative(root, RESULTS_FILE)} ("${key}").`);
}

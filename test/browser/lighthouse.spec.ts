/**
 * Issue 10: Lighthouse 12.2.3 (its default mobile emulation) in Debian Chromium on the production
 * build the other browser tests use: Accessibility 100, Best Practices 100, SEO at least 95 on the
 * home page, results near a postcode, a guide and the map. Each page is audited once (all three
 * categories in one run, one Chromium for the file); each category is its own test, and a failure
 * lists the audits that failed and the elements or messages they name.
 * Performance is not a test: `npm run bench` prints it against its target.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFailing, LIGHTHOUSE_PATHS, startLighthouse, tileHostPattern, type LighthouseRun } from '../../scripts/lighthouse.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const MINIMUM: Record<(typeof CATEGORIES)[number], number> = { accessibility: 100, 'best-practices': 100, seo: 95 };
const NAMES: Record<(typeof CATEGORIES)[number], string> = { accessibility: 'Accessibility', 'best-practices': 'Best Practices', seo: 'SEO' };

// One page at a time in one browser: Lighthouse drives the whole browser and its timings.
// ('default', not 'serial': a failed category must not skip the other checks.)
test.describe.configure({ mode: 'default', timeout: 180_000 });

let lighthouse: Awaited<ReturnType<typeof startLighthouse>> | undefined;
const runs = new Map<string, Promise<LighthouseRun>>();

// Playwright starts a fresh worker after a failed test; results are kept on disk for this run of
// the test runner (its process id and the build's time) so a page is never audited twice.
const CACHE = join(process.cwd(), '.tmp', 'lighthouse-cache');
function forgetOldRuns(): void {
  if (!existsSync(CACHE)) return;
  for (const f of readdirSync(CACHE)) {
    try {
      if (Date.now() - statSync(join(CACHE, f)).mtimeMs > 6 * 3600_000) rmSync(join(CACHE, f), { force: true });
    } catch {
      // Another worker removed it first.
    }
  }
}
forgetOldRuns();

function cacheFile(path: string): string {
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  return join(CACHE, `${process.ppid}-${Math.round(built)}-${path.replace(/[^a-z0-9]+/gi, '_')}.json`);
}

function audit(baseURL: string, path: string): Promise<LighthouseRun> {
  let run = runs.get(path);
  if (!run) {
    run = (async () => {
      const file = cacheFile(path);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LighthouseRun;
      const tiles = tileHostPattern();
      lighthouse ??= await startLighthouse({ blockedUrlPatterns: tiles ? [tiles] : [] });
      const result = await lighthouse.run(`${baseURL}${path}`, [...CATEGORIES]);
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(file, JSON.stringify(result));
      return result;
    })();
    runs.set(path, run);
  }
  return run;
}

test.afterAll(() => {
  lighthouse?.close();
  lighthouse = undefined;
});

for (const path of LIGHTHOUSE_PATHS) {
  for (const category of CATEGORIES) {
    test(`Lighthouse ${NAMES[category]} on ${path} is at least ${MINIMUM[category]}`, async ({ baseURL }) => {
      const result = await audit(baseURL!, path);
      expect(result.runtimeError, `Lighthouse could not audit ${path}`).toBeUndefined();
      const score = result.scores[category];
      const failing = result.failing[category] ?? [];
      expect(score ?? 0, `${NAMES[category]} on ${path} is ${score}; failing audits:\n${formatFailing(failing) || '  (none listed)'}`).toBeGreaterThanOrEqual(MINIMUM[category]);
    });
  }
}

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FIRST_PAGE_JS_BUDGET, firstPageJs } from '../../scripts/first-page-js.mjs';
import { serve } from '../../scripts/serve.mjs';
import { waitForOfflineReady } from './deploy.ts';

const TRANSFER_BUDGET = 250 * 1024;

test('the first page loads at most 50 kB of JavaScript (gzip)', () => {
  const { gzip, files } = firstPageJs('dist');
  expect(files.length).toBeGreaterThan(0);
  expect(gzip).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
});

test('a first visit, including everything stored for offline use, downloads at most 250 kB plus the area data (map tiles aside)', async ({ page }) => {
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { areas: Record<string, { file: string }> };
  const areaFiles = new Set(Object.values(manifest.areas).map((a) => `/data/${a.file}`));
  // Compressed bodies as they arrive, for the page and the service worker's precache alike.
  // Headers are left out: over HTTP/2, which every CDN speaks, repeated headers cost a few bytes.
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  page.context().on('requestfinished', (r) => sizes.push(r.sizes().then((z) => ({ path: new URL(r.url()).pathname, bytes: z.responseBodySize }))));
  const s = (await serve({ dir: 'dist', port: 0 })) as { url: string; close(): Promise<void> };
  try {
    await page.goto(`${s.url}/`);
    await waitForOfflineReady(page);
    await page.waitForLoadState('networkidle');
  } finally {
    await s.close();
  }
  const all = await Promise.all(sizes);
  const area = all.filter((r) => areaFiles.has(r.path)).reduce((n, r) => n + r.bytes, 0);
  const rest = all.filter((r) => !areaFiles.has(r.path)).reduce((n, r) => n + r.bytes, 0);
  // The whole offline copy came down in this visit: the area's data and the map code included.
  expect(area).toBeGreaterThan(0);
  expect(all.some((r) => /^\/assets\/MapView-.*\.js$/.test(r.path) && r.bytes > 0)).toBe(true);
  // Compressed, as a host sends them: far smaller than the files themselves.
  const bs = all.find((r) => areaFiles.has(r.path))!;
  expect(bs.bytes).toBeLessThan(readFileSync(`dist${bs.path}`).length / 3);
  const biggest = all.sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((r) => `${r.path} ${(r.bytes / 1024).toFixed(1)} kB`).join(', ');
  expect(rest, `${(rest / 1024).toFixed(1)} kB besides the area's ${(area / 1024).toFixed(1)} kB; biggest: ${biggest}`).toBeLessThanOrEqual(TRANSFER_BUDGET);
});

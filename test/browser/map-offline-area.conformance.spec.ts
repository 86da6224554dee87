// Offline area maps (issue 6, item 6) with the PMTiles fixtures in ../shared/data/map/ (read from
// there, never copied into the project). The deployer's config naming the archive is injected into
// the published manifest, and the archive is served from the fixture, both by the test's routes.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { visit } from './helpers.ts';

const MAPS = join(process.cwd(), '..', 'shared', 'data', 'map');
const RASTER = join(MAPS, 'stamen-toner-world-z0-3.pmtiles');
const VECTOR = join(MAPS, 'test_fixture_1.pmtiles');
const ARCHIVE_PATH = '/maps/area.pmtiles';
const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as { map: { tiles: { url: string } } };
const TILES = new RegExp(`^https?://${new URL(config.map.tiles.url.replace(/\{[a-z]\}/g, 'a')).host.replace(/\./g, '\\.')}/`);

test.beforeEach(() => {
  if (existsSync(RASTER)) return;
  if (process.env.CI) throw new Error(`${RASTER} is missing: CI must have ../shared beside the project (see ../shared/README.md).`);
  test.skip(true, `../shared/data/map/ is not beside this project (${MAPS}), so the PMTiles fixtures cannot be read.`);
});

/** Config names the archive; the archive is the fixture; tiles from the tile host always fail. */
async function deployerHostsArchive(context: BrowserContext, file: string, hold?: Promise<void>): Promise<void> {
  const body = readFileSync(file);
  await context.route('**/data/manifest.json', async (route) => {
    const res = await route.fetch();
    const manifest = (await res.json()) as { config: { map: Record<string, unknown> } };
    manifest.config.map.offline_map = ARCHIVE_PATH;
    await route.fulfill({ response: res, json: manifest });
  });
  await context.route(`**${ARCHIVE_PATH}`, async (route) => {
    const headers = { 'content-type': 'application/vnd.pmtiles', 'content-length': String(body.length) };
    if (route.request().method() === 'HEAD') return route.fulfill({ status: 200, headers });
    await hold;
    await route.fulfill({ status: 200, body, headers }).catch(() => undefined);
  });
  await context.route(TILES, (r) => r.abort('internetdisconnected'));
}

async function installOffline(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  // Generous: the worker precaches the whole app, slow on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: 'Ready to use offline' })).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const section = (page: Page) => page.getByRole('region', { name: 'Map for offline use' });

async function openSettings(page: Page, url = ''): Promise<void> {
  await visit(page, `${url}/settings`);
  await expect(section(page), 'Settings must render <OfflineMapSettings /> (src/map/OfflineMapSettings.tsx)').toBeVisible();
}

test('a PMTiles map downloaded in Settings (size first, progress, Cancel) renders the map offline', async ({ page, context }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await deployerHostsArchive(context, RASTER, held);
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await installOffline(page, server.url);
    await openSettings(page, server.url);
    await expect(section(page)).toContainText('Download size: 716 kB.');
    // The first try is held back by the "server", so the progress bar and Cancel can be seen.
    await section(page).getByRole('button', { name: 'Download map for offline use' }).click();
    await expect(section(page).getByRole('progressbar')).toBeVisible();
    await section(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(section(page)).toContainText('The download was cancelled. Nothing was stored.');
    release();
    await section(page).getByRole('button', { name: 'Download map for offline use' }).click();
    await expect(section(page)).toContainText('is saved on this device (716 kB)');
  } finally {
    await server.close();
  }
  await visit(page, `${server.url}/map?near=BS5&radius=walk`);
  await expect(page.locator('.map-pin').first()).toBeVisible();
  await expect(page.getByText('Showing the map saved on this device.')).toBeVisible();
  await expect(page.getByText('Map details are not available offline here')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.leaflet-tile-pane img')].filter((i) => i.src.startsWith('blob:') && i.complete && i.naturalWidth === 256).length))
    .toBeGreaterThan(0);
  // Removing it gives the space back and the map falls back to the outline.
  await openSettings(page, server.url);
  await section(page).getByRole('button', { name: 'Remove the offline map' }).click();
  await expect(section(page)).toContainText('The offline map was removed from this device.');
  await visit(page, `${server.url}/map?near=BS5&radius=walk`);
  await expect(page.getByText('Map details are not available offline here')).toBeVisible();
});

test('a vector PMTiles archive is refused with a clear message and nothing is stored', async ({ page, context }) => {
  await deployerHostsArchive(context, VECTOR);
  await openSettings(page);
  await section(page).getByRole('button', { name: 'Download map for offline use' }).click();
  await expect(section(page)).toContainText('The file downloaded is not a map this app can read.');
  expect(await page.evaluate(async () => (await caches.keys()).includes('offline-map-v1') && (await (await caches.open('offline-map-v1')).keys()).length)).toBeFalsy();
});

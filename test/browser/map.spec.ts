// The map of nearby initiatives (issue 6). Tile requests never reach the real tile host: they are
// answered here (a small PNG, or a network failure), context-wide so the service worker's own
// fetches are caught as well as the page's.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { firstPageJs } from '../../scripts/first-page-js.mjs';
import { expectNoAxeViolations, visit } from './helpers.ts';

const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as { map: { tiles: { url: string } } };
const TILES = new RegExp(`^https?://${new URL(config.map.tiles.url.replace(/\{[a-z]\}/g, 'a')).host.replace(/\./g, '\\.')}/`);
const SEARCH = 'near=BS5&radius=walk';

async function tilesFail(context: BrowserContext): Promise<void> {
  await context.unroute(TILES);
  await context.route(TILES, (r) => r.abort('internetdisconnected'));
}

async function tilesLoad(context: BrowserContext): Promise<void> {
  const png = readFileSync('public/icons/icon-192.png');
  await context.unroute(TILES);
  await context.route(TILES, (r) => r.fulfill({ status: 200, body: png, headers: { 'content-type': 'image/png', 'access-control-allow-origin': '*' } }));
}

async function mapReady(page: Page): Promise<void> {
  await expect(page.locator('.map-summary')).toBeVisible();
  await expect(page.locator('.map-pin').first()).toBeVisible();
}

/** "11 places within …" → 11; "17 more services have no place…" → 17. */
async function mapCounts(page: Page): Promise<{ onMap: number; others: number; drawn: number }> {
  const onMap = Number(/^(\d+) place/.exec(await page.locator('.map-summary').innerText())?.[1]);
  const more = await page.getByText(/more services? (has|have) no place on the map/).allInnerTexts();
  const others = more.length ? Number(/(\d+) more/.exec(more[0])?.[1]) : 0;
  const singles = await page.locator('.map-pin:not(.map-pin--cluster)').count();
  const clusters = await page.locator('.map-pin--cluster').allInnerTexts();
  return { onMap, others, drawn: singles + clusters.reduce((n, c) => n + Number(c), 0) };
}

/** Presses Tab (keyboard only) until the focused element matches, or gives up. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** First visit on a server of the test's own, so it can really go away (setOffline does not reach the worker). */
async function installOffline(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  // Generous: the worker precaches the whole app, slow on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: 'Ready to use offline' })).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

test.beforeEach(async ({ context }) => tilesLoad(context));

test('/map shows the same search as /services: same count, every place drawn, list link keeps the search', async ({ page }) => {
  await visit(page, `/services?${SEARCH}`);
  const listed = Number(/^(\d+) services? found/.exec(await page.locator('.result-count').innerText())?.[1]);
  expect(listed).toBeGreaterThan(0);
  await visit(page, `/map?${SEARCH}`);
  await mapReady(page);
  await expect(page.locator('.map-summary')).toHaveText(/^\d+ places? within a 15-minute walk of BS5$/);
  const { onMap, others, drawn } = await mapCounts(page);
  expect(onMap + others).toBe(listed);
  expect(drawn).toBe(onMap);
  await expect(page.locator('.map-here')).toHaveText('BS5');
  await expect(page.locator('path.map-radius')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Show these as a list' })).toHaveAttribute('href', `/services?${SEARCH}`);
  await expect(page.locator('.map-pin--cluster').first()).toHaveAttribute('aria-label', /^\d+ places$/);
});

test('keyboard only: Tab to a marker, Enter opens its card, Escape returns focus to it', async ({ page }) => {
  await visit(page, `/map?${SEARCH}`);
  await mapReady(page);
  await tabTo(page, '.map-pin:not(.map-pin--cluster)');
  const label = await focusedLabel(page);
  // "Knit and Natter, 400 m, Open now until 4pm"
  expect(label).toMatch(/^.+, \d+(\.\d)? k?m, .+$/);
  const name = label.split(/, \d/)[0];
  await page.keyboard.press('Enter');
  const card = page.locator('.map-card');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(name);
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(card).toContainText(/ from BS5/);
  await expect(card.getByRole('link', { name: `More about ${name}` })).toHaveAttribute('href', /^\/services\//);
  await expect(card.getByRole('button', { name: new RegExp(`^Save\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await focusedLabel(page)).toBe(label);
});

test('keyboard only: Enter on a cluster zooms in and lands on one of its places', async ({ page }) => {
  await visit(page, '/map');
  await mapReady(page);
  await tabTo(page, '.map-pin--cluster');
  const cluster = await focusedLabel(page);
  expect(cluster).toMatch(/^\d+ places$/);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(() => document.activeElement?.classList.contains('map-pin') ?? false)) && (await focusedLabel(page)) !== cluster).toBe(true);
});

test('"Search this area" after panning searches near the postcode sector in view, keeping the radius', async ({ page }) => {
  await visit(page, `/map?${SEARCH}`);
  await mapReady(page);
  await expect(page.getByRole('button', { name: 'Search this area' })).toHaveCount(0);
  await page.getByRole('region', { name: /^Map\. Arrow keys move it/ }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Search this area' }).click();
  await expect(page).toHaveURL(/[?&]near=BS\d+(\+|%20)\d&radius=walk$/);
  const near = decodeURIComponent(new URL(page.url()).searchParams.get('near') ?? '');
  await expect(page.locator('.map-summary')).toHaveText(new RegExp(`within a 15-minute walk of ${near}$`));
  await expect(page.locator('.map-here')).toHaveText(near);
});

test('the map page passes axe, with a card open too, and its zoom buttons are at least 48 px', async ({ page }) => {
  await visit(page, `/map?${SEARCH}`);
  await mapReady(page);
  await expectNoAxeViolations(page, `/map?${SEARCH}`);
  for (const name of ['Zoom in', 'Zoom out']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(48);
    expect(box!.height).toBeGreaterThanOrEqual(48);
  }
  await expect(page.locator('[role="application"]')).toHaveCount(0);
  await page.locator('.map-pin:not(.map-pin--cluster)').first().click();
  await expect(page.locator('.map-card')).toBeVisible();
  await expectNoAxeViolations(page, `/map?${SEARCH} with a card open`);
});

test('attribution stays visible on a phone at 300% text, and under reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => localStorage.setItem('local-support:display', JSON.stringify({ textSize: 300, theme: 'standard', moreSpacing: false })));
  await visit(page, `/map?${SEARCH}`);
  await mapReady(page);
  const attribution = page.locator('.leaflet-control-attribution');
  await attribution.scrollIntoViewIfNeeded();
  await expect(attribution).toContainText('OpenStreetMap');
  await expect(attribution).toBeInViewport({ ratio: 1 });
  const [a, map] = [await attribution.boundingBox(), await page.locator('.map-canvas').boundingBox()];
  expect(a!.x).toBeGreaterThanOrEqual(map!.x);
  expect(a!.x + a!.width).toBeLessThanOrEqual(map!.x + map!.width);
  expect(a!.height).toBeLessThan(map!.height / 4);
  // Leaflet marks a fading map with this class and adds this proxy only for animated zooms.
  await expect(page.locator('.leaflet-fade-anim, .leaflet-proxy')).toHaveCount(0);
});

test('offline with no cached tiles: the outline basemap, the markers and the notice', async ({ page, context }) => {
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await installOffline(page, server.url);
  } finally {
    await server.close();
  }
  await tilesFail(context);
  await visit(page, `${server.url}/map?${SEARCH}`);
  await mapReady(page);
  await expect(page.getByText('Map details are not available offline here')).toBeVisible();
  await expect(page.locator('.leaflet-outline-pane path').first()).toBeAttached();
  const { onMap, drawn } = await mapCounts(page);
  expect(onMap).toBeGreaterThan(0);
  expect(drawn).toBe(onMap);
});

test('tiles seen online are shown offline from the service worker cache', async ({ page, context }) => {
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await installOffline(page, server.url);
    await visit(page, `${server.url}/map?${SEARCH}`);
    await mapReady(page);
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('map-tiles')).keys()).length)).toBeGreaterThan(0);
  } finally {
    await server.close();
  }
  await tilesFail(context);
  await visit(page, `${server.url}/map?${SEARCH}`);
  await mapReady(page);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.leaflet-tile-pane img')].filter((i) => i.complete && i.naturalWidth > 0).length)).toBeGreaterThan(0);
  await expect(page.getByText('Map details are not available offline here')).toHaveCount(0);
});

test("the first page's JavaScript does not include Leaflet; the map chunk does", () => {
  const { files } = firstPageJs('dist');
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(readFileSync(`dist${f.file}`, 'utf8'), f.file).not.toMatch(/leaflet/i);
  expect(readFileSync('dist/index.html', 'utf8')).not.toMatch(/leaflet/i);
  const chunks = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && readFileSync(`dist/assets/${f}`, 'utf8').includes('leaflet-pane'));
  expect(chunks, 'one lazily loaded chunk carries Leaflet').toHaveLength(1);
});

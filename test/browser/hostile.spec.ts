import { expect, test, type Page } from '@playwright/test';
import { startDeployment, type Deployment } from './deploy.ts';

test.use({ serviceWorkers: 'block' });

/** Nothing ran and nothing was injected: the hostile strings are on the page only as text. */
async function expectInert(page: Page, where: string): Promise<void> {
  const report = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    csp: (window as unknown as { __csp: string[] }).__csp,
    injected: document.querySelectorAll('main script, main iframe, main object, main embed, main img, main style, main link, main meta, main base, main form[action*="evil"], main marquee, main template, main math, main svg script, body > script:not([src])').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    badLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i], a[href*="evil.example"]').length,
    base: document.querySelectorAll('base').length,
  }));
  expect(report, where).toEqual({ pwned: 0, csp: [], injected: 0, handlers: 0, badLinks: 0, base: 0 });
}

let d: Deployment;
test.beforeAll(async () => {
  d = await startDeployment('hostile');
});
test.afterAll(async () => {
  await d.close();
});
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('hostile data on a results page shows as text, runs nothing and injects nothing', async ({ page }) => {
  await page.goto(`${d.url}/services?q=hostile&near=BS5&radius=anywhere`);
  await expect(page.locator('.result-count')).toHaveText(/found/);
  await expect(page.locator('.results .card').first()).toBeVisible();
  // Show every result, twenty at a time, so every hostile name is on the page.
  for (let more = page.getByRole('button', { name: /^Show \d+ more/ }).first(); await more.isVisible(); ) await more.click();
  await expect(page.getByText('Hostile 0 <script>', { exact: false }).first()).toBeVisible();
  await expectInert(page, 'results');
  // Nothing is wider than the screen: very long words wrap.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('hostile data on service pages shows as text, runs nothing and injects nothing', async ({ page }) => {
  for (const i of [0, 2, 6, 8, 12, 33, 35, 42, 55, 56]) {
    await page.goto(`${d.url}/services/hostile-${i}`);
    await expect(page.locator('h1')).toContainText(`Hostile ${i}`);
    await expectInert(page, `service page hostile-${i}`);
  }
});

test('hostile data saved to Saved shows as text, runs nothing and injects nothing', async ({ page }) => {
  for (const i of [0, 2, 33]) {
    await page.goto(`${d.url}/services/hostile-${i}`);
    await page.getByRole('button', { name: /^Save/ }).first().click();
    await expect(page.getByText('Saved to My list.')).toBeVisible();
  }
  await page.goto(`${d.url}/saved`);
  await expect(page.getByRole('link', { name: /Hostile 33/ })).toBeVisible();
  await expectInert(page, 'saved');
});

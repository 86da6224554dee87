import { expect, test } from '@playwright/test';
import { ROUTES, expectNoAxeViolations, visit } from './helpers.ts';

test.describe('app shell', () => {
  for (const route of ROUTES) {
    test(`${route.path} loads directly (path route on reload) and shows its data`, async ({ page }) => {
      const res = await page.request.get(route.path);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('<div id="app">');
      await visit(page, route.path);
      await expect(page.locator('h1')).toHaveText(route.h1);
      await expect(page.locator('main')).toContainText(route.fromData);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }

  test('navigation moves focus to the new page heading and marks the current link', async ({ page }) => {
    await visit(page, '/');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(/Find local support/);
  });

  test('the skip link is the first stop and moves focus to main', async ({ page }) => {
    await visit(page, '/services');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('a service page has a one-tap tel: Call link with the right number', async ({ page }) => {
    await visit(page, '/services/national-samaritans');
    await expect(page.getByRole('link', { name: /Call 116 123/ })).toHaveAttribute('href', 'tel:116123');
  });

  test('an unknown service says so and offers a way back', async ({ page }) => {
    await visit(page, '/services/no-such-service');
    await expect(page.locator('h1')).toHaveText('Service not found');
    await expect(page.getByRole('link', { name: 'Back to Find support' })).toBeVisible();
  });

  test('the worker, the web app manifest and its icons are served', async ({ request }) => {
    const sw = await request.get('/sw.js');
    expect(sw.status()).toBe(200);
    expect(await sw.text()).toContain('SKIP_WAITING');
    const res = await request.get('/manifest.webmanifest');
    expect(res.status()).toBe(200);
    const manifest = await res.json();
    expect(manifest).toMatchObject({ short_name: expect.any(String), start_url: '/', scope: '/', display: 'standalone', lang: 'en-GB' });
    const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
    const html = await (await request.get('/')).text();
    expect(html).toMatch(/<meta name="description"/);
    expect(html).toMatch(/<meta name="theme-color"/);
    expect(html).toMatch(/rel="apple-touch-icon"/);
  });
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, visit } from './helpers.ts';

test('display settings chosen in Settings survive a reload and apply before the first paint', async ({ page }) => {
  // Records the page's state at the moment <body> starts: before any app code or paint.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body) {
        const root = document.documentElement;
        (window as unknown as { __atBody: unknown }).__atBody = { size: root.dataset.textSize, theme: root.dataset.theme };
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await visit(page, '/settings');
  await page.getByRole('radio', { name: /Largest \(300%\)/ }).check();
  await page.getByRole('radio', { name: /light text on black/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '300');
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  const atBody = await page.evaluate(() => (window as unknown as { __atBody: { size: string; theme: string } }).__atBody);
  // The stylesheet is render-blocking, so with the attributes set before <body> the first paint is already right.
  expect(atBody).toEqual({ size: '300', theme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('48px');
  await expect(page.getByRole('radio', { name: /Largest \(300%\)/ })).toBeChecked();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
  await expectNoAxeViolations(page, '/settings at 300% in high contrast dark');
});

test('display choices are offered once on the first screen', async ({ page }) => {
  await visit(page, '/');
  const panel = page.getByRole('region', { name: 'Make this easier to read?' });
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: /Large \(125%\)/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(panel).toHaveCount(0);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Make this easier to read?' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');
});

test('reduce motion defaults to the device setting and can be overridden', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await visit(page, '/settings');
  await expect(page.getByRole('radio', { name: "Follow this device's setting" })).toBeChecked();
  await page.getByRole('radio', { name: 'Allow movement' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  await context.close();
});

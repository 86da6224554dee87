import { expect, test } from '@playwright/test';
import { visit } from './helpers.ts';
import { tabTo } from './keyboard.ts';

test('keyboard only: from Home find a dementia carers\' group near BS5, open it, save it, open Saved and its print view', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('local-support:display-offered', '1');
    // Record the print request instead of opening the system dialog.
    window.print = () => void ((window as unknown as { __printed: number }).__printed = 1);
  });
  await visit(page, '/');
  await tabTo(page, page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Find support' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeFocused();
  await tabTo(page, page.getByLabel('What are you looking for?'));
  await page.keyboard.type('dementia carers');
  await tabTo(page, page.getByLabel('Where?'));
  await page.keyboard.type('BS5');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Showing services near BS5')).toBeVisible();
  const first = page.locator('section[aria-labelledby="local-title"] .card__title a').first();
  const name = (await first.textContent())!;
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(name);
  await expect(page.locator('h1')).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Save ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }));
  await page.keyboard.press('Space');
  await expect(page.getByText('Saved to My list.')).toBeVisible();
  await tabTo(page, page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Saved' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Saved');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Print this list' }));
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
  await expect(page.getByText(name).filter({ visible: true }).first()).toBeVisible();
});

test('the floating "Ready to use offline" banner never hides the focused control, on a phone at 200% text (WCAG 2.4.11)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    localStorage.setItem('local-support:display-offered', '1');
    localStorage.setItem('local-support:display', JSON.stringify({ textSize: 200 }));
  });
  await visit(page, '/services');
  const banner = page.getByText('Ready to use offline');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  // It floats over the foot of the window, so it covers something unless the page makes room.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.status-region--float')!).position)).toBe('fixed');
  // Every stop on the way to the last result is checked: focus indicator shown, nothing on top.
  await tabTo(page, page.locator('.card__title a').last(), 300);
  await expect(banner).toBeVisible();
  // And the end of the page can be scrolled clear of the banner.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = await page.locator('main > *').last().boundingBox();
  const bannerBox = await page.locator('.status-region--float').boundingBox();
  expect(last!.y + last!.height).toBeLessThanOrEqual(bannerBox!.y + 1);
});

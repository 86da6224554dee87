import { expect, test } from '@playwright/test';
import { startDeployment, waitForOfflineReady } from './deploy.ts';

test('switching to Welsh and to Urdu works with the server stopped, and Urdu mirrors the layout', async ({ page }) => {
  const d = await startDeployment('v1');
  try {
    await page.goto(`${d.url}/settings`);
    await waitForOfflineReady(page);
  } finally {
    await d.close();
  }
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Settings');
  await page.getByRole('radio', { name: 'Cymraeg' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('h1')).toHaveText('Gosodiadau');
  await expect(page.getByRole('link', { name: "Neidio i'r prif gynnwys" })).toBeAttached();
  await page.getByRole('radio', { name: 'اردو' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).not.toHaveText('Settings');
  // Mirrored: the site name sits at the right-hand end of the header.
  const box = (await page.locator('.site-name').boundingBox())!;
  expect(box.x + box.width).toBeGreaterThan((page.viewportSize()!.width * 2) / 3);
  // Still offline, a reload starts in Urdu from the stored choice.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

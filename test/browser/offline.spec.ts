import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { ROUTES, visit } from './helpers.ts';

test('after one online visit every route reloads offline with the same content', async ({ page }) => {
  // A server of our own, so the test can really stop it (setOffline does not reach the worker).
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('status').filter({ hasText: 'Ready to use offline' })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await server.close();
  }
  for (const route of ROUTES) {
    await visit(page, `${server.url}${route.path}`);
    await expect(page.locator('h1')).toHaveText(route.h1);
    await expect(page.locator('main')).toContainText(route.fromData);
  }
});

import { expect, test } from '@playwright/test';
import { UPDATE_BANNER, checkForUpdate, readDb, removedServiceId, startDeployment, waitForOfflineReady } from './deploy.ts';

// Installing a new version means downloading its whole precache: allow for a slow machine.
test.describe.configure({ timeout: 150_000 });

test.describe('app updates', () => {
  test('v1 → v2: the prompt appears, "Update now" reloads into v2 on the same route, saved items intact', async ({ page }) => {
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/services/national-samaritans`);
      await waitForOfflineReady(page);
      await page.getByRole('button', { name: /^Save/ }).click();
      await expect(page.getByText('Saved to My list.')).toBeVisible();
      d.deploy('v2');
      await checkForUpdate(page);
      await expect(page.getByText(UPDATE_BANNER)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
      await expect(page).toHaveURL(`${d.url}/services/national-samaritans`);
      await expect(page.locator('h1')).toHaveText(/Samaritans/);
      await expect(page.getByRole('button', { name: /^Saved/ })).toBeVisible();
      await page.getByRole('link', { name: 'About' }).click();
      await expect(page.getByText('App version v2.')).toBeVisible();
      await page.getByRole('link', { name: 'Saved', exact: true }).click();
      await expect(page.getByRole('link', { name: 'Samaritans' })).toBeVisible();
    } finally {
      await d.close();
    }
  });

  test('with v2 waiting and not accepted, v3 deployed: the prompt still works and lands on v3', async ({ page }) => {
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/resources`);
      await waitForOfflineReady(page);
      d.deploy('v2');
      await checkForUpdate(page);
      await expect(page.getByText(UPDATE_BANNER)).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Not now' }).click();
      await expect(page.getByText(UPDATE_BANNER)).toHaveCount(0);
      d.deploy('v3');
      await checkForUpdate(page);
      // The person taps "Update now" at once, while v3 may still be installing behind v2.
      await expect(page.getByText(UPDATE_BANNER)).toBeVisible({ timeout: 30_000 });
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
      await expect(page).toHaveURL(`${d.url}/resources`);
      await page.getByRole('link', { name: 'About' }).click();
      await expect(page.getByText('App version v3.')).toBeVisible();
    } finally {
      await d.close();
    }
  });

  test('a build whose precache has a 404 fails to install and the previous version keeps working offline', async ({ page }) => {
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/`);
      await waitForOfflineReady(page);
      d.deploy('broken');
      await checkForUpdate(page);
      await page.waitForFunction(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return !!reg && !reg.installing && !reg.waiting;
      });
      await expect(page.getByText(UPDATE_BANNER)).toHaveCount(0);
    } finally {
      await d.close();
    }
    await page.goto(`${d.url}/about`);
    await expect(page.getByText('App version v1.')).toBeVisible();
    await page.goto(`${d.url}/services/national-samaritans`);
    await expect(page.getByRole('link', { name: /Call 116 123/ })).toBeVisible();
  });
});

test.describe('dataset updates', () => {
  test('dataset v1 → v2 removes a saved service: it stays in Saved, marked no longer listed', async ({ page }) => {
    const removed = removedServiceId();
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/services/${removed}`);
      await waitForOfflineReady(page);
      const name = (await page.locator('h1').textContent())!;
      await page.getByRole('button', { name: /^Save/ }).click();
      await expect(page.getByText('Saved to My list.')).toBeVisible();
      d.deploy('v2');
      await checkForUpdate(page);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
      await expect(page.locator('h1')).toHaveText('Service not found');
      await page.getByRole('link', { name: 'Saved', exact: true }).click();
      await expect(page.getByRole('link', { name })).toBeVisible();
      await expect(page.getByText(/No longer listed/)).toBeVisible();
    } finally {
      await d.close();
    }
  });
});

test.describe('dataset installs are atomic', () => {
  test.use({ serviceWorkers: 'block' });

  test('a broken data file in a new version leaves the previous dataset complete and searchable', async ({ page }) => {
    const removed = removedServiceId();
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/services`);
      await expect(page.locator('.result-count')).toBeVisible();
      // The dataset is stored behind the first results.
      await expect.poll(async () => (await readDb(page)).current, { timeout: 20_000 }).toBeTruthy();
      const before = await readDb(page);
      expect(before.services).toBe(before.manifestCount);
      d.deploy('v2');
      await page.route('**/data/files/services-bs-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"truncated": [' }));
      await page.reload();
      await expect(page.locator('.result-count')).toBeVisible();
      const after = await readDb(page);
      expect(after.current).toBe(before.current);
      expect(after.services).toBe(before.manifestCount);
      await page.goto(`${d.url}/services/${removed}`);
      await expect(page.getByRole('button', { name: /^Save/ })).toBeVisible();
    } finally {
      await d.close();
    }
  });

  test('closing the tab in the middle of installing a large dataset never leaves half a dataset', async ({ page, context }) => {
    const d = await startDeployment('v1');
    try {
      await page.goto(`${d.url}/services`);
      await expect(page.locator('.result-count')).toBeVisible();
      await expect.poll(async () => (await readDb(page)).current, { timeout: 20_000 }).toBeTruthy();
      d.deploy('v2');
      // A large area file makes the write long enough to interrupt.
      const big = Array.from({ length: 20000 }, (_, i) => ({ id: `big-${i}`, name: `Group ${i}`, status: 'active', topics: ['social'], description: 'x'.repeat(400) }));
      await page.route('**/data/files/services-bs-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) }));
      const fetched = page.waitForResponse('**/data/files/services-bs-*.json');
      await page.reload();
      await fetched;
      await page.waitForTimeout(50);
      await page.close();
      const second = await context.newPage();
      await second.goto(`${d.url}/about`);
      const state = await readDb(second);
      expect(state.current).toBeTruthy();
      // Whichever version is current is there in full.
      if (state.manifestCount !== undefined && state.services !== state.manifestCount) {
        expect(state.services).toBe(20000 + 17);
      }
      expect(state.services).toBeGreaterThan(0);
    } finally {
      await d.close();
    }
  });
});

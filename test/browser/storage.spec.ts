import { expect, test } from '@playwright/test';
import { readDb, startDeployment } from './deploy.ts';

test.use({ serviceWorkers: 'block' });

test('storage quota exceeded: a clear message, no crash, saved items intact', async ({ page }) => {
  // Simulates a full disk: every IndexedDB write fails once the test says so.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const d = await startDeployment('v1');
  try {
    await page.goto(`${d.url}/services/national-samaritans`);
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByText('Saved to My list.')).toBeVisible();
    await page.goto(`${d.url}/services/national-nhs-111`);
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByText('Could not save this. Please try again.')).toBeVisible();
    await expect(page.getByText(/running out of space/)).toBeVisible();
    await expect(page.locator('h1')).toHaveText(/NHS 111/);
    expect((await readDb(page)).saved).toEqual(['service:national-samaritans']);
  } finally {
    await d.close();
  }
});

test('migrates a version 1 database (settings only) to the current schema, keeping its settings', async ({ page }) => {
  const d = await startDeployment('v1');
  try {
    // Version 1 fixture: the schema the first release created, with a setting in its old shape.
    await page.goto(`${d.url}/robots.txt`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('local-support', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('settings');
          req.onsuccess = () => {
            const tx = req.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put('cy', 'language');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.goto(`${d.url}/services`);
    await expect(page.locator('.result-count')).toBeVisible();
    await expect.poll(async () => (await readDb(page)).current, { timeout: 20_000 }).toBeTruthy();
    const state = await readDb(page);
    expect(state.stores).toEqual(expect.arrayContaining(['settings', 'meta', 'datasets', 'services', 'guides', 'saved', 'lists', 'notes', 'tracker']));
    expect(state.services).toBe(state.manifestCount);
    const setting = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('local-support');
          req.onsuccess = () => {
            const get = req.result.transaction('settings').objectStore('settings').get('language');
            get.onsuccess = () => {
              req.result.close();
              resolve(get.result);
            };
          };
        }),
    );
    expect(setting).toEqual({ key: 'language', value: 'cy' });
  } finally {
    await d.close();
  }
});

test('two tabs: an old version holding the database does not hang the new one, and both stay usable', async ({ context }) => {
  const d = await startDeployment('v1');
  try {
    const old = await context.newPage();
    await old.goto(`${d.url}/robots.txt`);
    // An older release that ignores "versionchange" keeps its connection open.
    await old.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('local-support', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('settings');
          req.onsuccess = () => {
            (window as unknown as { __db: IDBDatabase }).__db = req.result;
            resolve();
          };
        }),
    );
    const fresh = await context.newPage();
    await fresh.goto(`${d.url}/services/national-samaritans`);
    await expect(fresh.getByText('Please close other tabs or windows with this app open')).toBeVisible();
    await expect(fresh.getByRole('link', { name: /Call 116 123/ })).toBeVisible({ timeout: 15_000 });
    const oldStillWorks = await old.evaluate(() => new Promise((resolve) => {
      const get = (window as unknown as { __db: IDBDatabase }).__db.transaction('settings').objectStore('settings').count();
      get.onsuccess = () => resolve(true);
      get.onerror = () => resolve(false);
    }));
    expect(oldStillWorks).toBe(true);
  } finally {
    await d.close();
  }
});

test('two tabs: a newer schema opened elsewhere makes this tab let go and offer a reload', async ({ context }) => {
  const d = await startDeployment('v1');
  try {
    const app = await context.newPage();
    await app.goto(`${d.url}/services`);
    await expect(app.locator('.result-count')).toBeVisible();
    const newer = await context.newPage();
    await newer.goto(`${d.url}/robots.txt`);
    const opened = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('local-support', 99);
          req.onsuccess = () => {
            const v = req.result.version;
            req.result.close();
            resolve(v);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    expect(opened).toBe(99);
    await expect(app.getByText('This app was updated in another tab.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Reload page' })).toBeVisible();
  } finally {
    await d.close();
  }
});

test('when the browser has cleared stored data, the app says so and downloads the directory again', async ({ page }) => {
  const d = await startDeployment('v1');
  try {
    await page.goto(`${d.url}/services`);
    await expect(page.locator('.result-count')).toBeVisible();
    await expect(page.getByText(/cleared the information/)).toHaveCount(0);
    await expect.poll(async () => (await readDb(page)).current, { timeout: 20_000 }).toBeTruthy();
    // What Safari does to a site unused for a week: the database goes, the page's flag stays.
    await page.goto(`${d.url}/robots.txt`);
    await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('local-support'); r.onsuccess = r.onerror = () => resolve(null); }));
    await page.goto(`${d.url}/services`);
    await expect(page.getByText(/Your browser cleared the information this app had stored/)).toBeVisible();
    await expect(page.locator('.result-count')).toBeVisible();
    await expect.poll(async () => (await readDb(page)).services, { timeout: 20_000 }).toBeGreaterThan(100);
  } finally {
    await d.close();
  }
});

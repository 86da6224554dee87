import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const BUILDS = join(process.cwd(), '.tmp', 'builds');
export type Build = 'v1' | 'v2' | 'v3' | 'broken' | 'hostile';

export interface Deployment {
  url: string;
  deploy(build: Build): void;
  close(): Promise<void>;
}

/** A server of the test's own, so it can "deploy" builds and really go away (offline). */
export async function startDeployment(build: Build): Promise<Deployment> {
  const s = (await serve({ dir: join(BUILDS, build), port: 0 })) as { url: string; setDir(d: string): void; close(): Promise<void> };
  return { url: s.url, deploy: (b) => s.setDir(join(BUILDS, b)), close: () => s.close() };
}

export function removedServiceId(): string {
  return readFileSync(join(BUILDS, 'removed-service.txt'), 'utf8').trim();
}

export async function waitForOfflineReady(page: Page): Promise<void> {
  await expect(page.getByText('Ready to use offline')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** What the app does every 30 minutes and when it becomes visible again. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update().catch(() => undefined);
  });
}

export const UPDATE_BANNER = 'A new version of this app is available.';

/** Reads the app's database directly, as a person's device would hold it. */
export async function readDb(page: Page): Promise<{ current?: string; services: number; manifestCount?: number; saved: string[]; stores: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('local-support');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = Array.from({ length: db.objectStoreNames.length }, (_, i) => db.objectStoreNames.item(i)!);
          if (!stores.includes('meta')) {
            db.close();
            return resolve({ services: 0, saved: [], stores });
          }
          const tx = db.transaction(['meta', 'services', 'datasets', 'saved'], 'readonly');
          const cur = tx.objectStore('meta').get('dataset-current');
          const saved = tx.objectStore('saved').getAllKeys();
          tx.oncomplete = () => {
            const current = (cur.result as { value?: string } | undefined)?.value;
            const t2 = db.transaction(['services', 'datasets'], 'readonly');
            // Rows hold one service or a chunk of them as JSON text: count services, not rows.
            const rows = current ? t2.objectStore('services').getAll(IDBKeyRange.bound([current, ''], [current, '\uffff'])) : undefined;
            const ds = current ? t2.objectStore('datasets').get(current) : undefined;
            t2.oncomplete = () => {
              const m = ds?.result as { manifest: { counts: { services: number } } } | undefined;
              db.close();
              const services = ((rows?.result ?? []) as ({ json: string } | { record: unknown })[]).reduce((n, r) => n + ('json' in r ? (JSON.parse(r.json) as unknown[]).length : 1), 0);
              resolve({ current, services, manifestCount: m?.manifest.counts.services, saved: saved.result as string[], stores });
            };
          };
        };
      }),
  );
}

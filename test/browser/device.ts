import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';

/** Everything personal the app keeps, read straight from the browser as the device holds it. */
export async function readPersonal(page: Page): Promise<{ stores: Record<string, unknown[]>; local: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('local-support');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = ['saved', 'lists', 'notes', 'tracker', 'settings'].filter((n) => db.objectStoreNames.contains(n));
          const stores: Record<string, unknown[]> = {};
          const tx = db.transaction(names, 'readonly');
          for (const n of names) {
            const all = tx.objectStore(n).getAll();
            all.onsuccess = () => (stores[n] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve({ stores, local: Object.keys(localStorage).filter((k) => k.startsWith('local-support:')) });
          };
        };
      }),
  );
}

/** Decodes a QR code from a screenshot's pixels, as a phone camera would see it. */
export async function decodeQr(page: Page, qr: Locator): Promise<string | undefined> {
  const png = (await qr.screenshot()).toString('base64');
  const { data, width, height } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return { data: Array.from(ctx.getImageData(0, 0, img.width, img.height).data), width: img.width, height: img.height };
  }, png);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

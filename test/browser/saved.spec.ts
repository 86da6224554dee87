import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { expectNoAxeViolations, visit } from './helpers.ts';
import { waitForOfflineReady } from './deploy.ts';
import { decodeQr, readPersonal } from './device.ts';

const CIRCLE = { id: 'bs-ne-barton-hill-dementia-carers-circle', name: "Barton Hill Dementia Carers' Circle" };
const SAMARITANS = { id: 'national-samaritans', name: 'Samaritans' };

async function makeList(page: Page, name: string): Promise<void> {
  await visit(page, '/saved');
  await page.getByLabel('Name of the new list').fill(name);
  await page.getByRole('button', { name: 'Make list' }).click();
  await expect(page.getByText(`Made the list ${name}.`)).toBeVisible();
}

async function save(page: Page, id: string, list: string): Promise<void> {
  await visit(page, `/services/${id}`);
  await page.getByRole('button', { name: /^Save\b/ }).click();
  await expect(page.getByText(`Saved to ${list}.`)).toBeVisible();
}

/** Sam's list: the carers' circle and Samaritans in "For Mum", with a note and a date on the circle. */
async function samsList(page: Page): Promise<void> {
  await makeList(page, 'For Mum');
  await save(page, CIRCLE.id, 'For Mum');
  await save(page, SAMARITANS.id, 'For Mum');
  await visit(page, '/saved');
  await page.getByRole('link', { name: 'For Mum (2)' }).click();
  await page.getByText(`Notes and progress for ${CIRCLE.name}`).click();
  const card = page.locator('li.saved-item', { hasText: CIRCLE.name });
  await card.getByLabel('Your notes').fill('Ask about transport. Mum likes the tea.');
  await card.getByLabel('Contacted').check();
  await card.getByLabel('Day').fill('18');
  await card.getByLabel('Month').fill('1');
  await card.getByLabel('Year').fill('2030');
  await card.getByLabel('Time (optional)').fill('10am');
  await card.getByRole('button', { name: 'Save notes and progress' }).click();
  await expect(card.getByText('Saved.', { exact: true })).toBeVisible();
  await card.getByLabel('Add to the log').fill('Phoned, call back Friday');
  await card.getByRole('button', { name: 'Add to log' }).click();
  await expect(card.getByText('Added to the log: Phoned, call back Friday')).toBeVisible();
}

test('Sam saves a service into "For Mum" with a note and a next date, and it is all there after reloading offline', async ({ page }) => {
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await page.goto(`${server.url}/`);
    await waitForOfflineReady(page);
    await page.goto(`${server.url}/saved`);
    await page.getByLabel('Name of the new list').fill('For Mum');
    await page.getByRole('button', { name: 'Make list' }).click();
    await expect(page.getByText('Made the list For Mum.')).toBeVisible();
    await page.goto(`${server.url}/services/${CIRCLE.id}`);
    await page.getByRole('button', { name: /^Save\b/ }).click();
    await expect(page.getByText('Saved to For Mum.')).toBeVisible();
    // A one-tap choice from the service's own schedule fills the date.
    await page.goto(`${server.url}/saved`);
    await page.getByRole('link', { name: 'For Mum (1)' }).click();
    await page.getByText(`Notes and progress for ${CIRCLE.name}`).click();
    const card = page.locator('li.saved-item', { hasText: CIRCLE.name });
    await card.getByRole('button', { name: /^Use / }).first().click();
    await expect(card.getByLabel('Year')).toHaveValue(/^20\d\d$/);
    await expect(card.getByLabel('Time (optional)')).toHaveValue('10:00');
    await card.getByLabel('Your notes').fill('call back Friday');
    await card.getByRole('button', { name: 'Save notes and progress' }).click();
    await expect(card.getByText('Saved.', { exact: true })).toBeVisible();
  } finally {
    await server.close();
  }
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Saved');
  await expect(page.getByRole('heading', { name: 'For Mum', level: 2 })).toBeVisible();
  const card = page.locator('li.saved-item', { hasText: CIRCLE.name });
  await expect(card.getByText('Your notes: call back Friday')).toBeVisible();
  await expect(card.getByText(/Your next date: Friday \d+ \w+( \d{4})?, 10am/)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Call 0117 496 0256' })).toBeVisible();
});

test('the printed list is a large-print sheet with name, phone, address, opening times, next session and the notes, and no navigation', async ({ page }) => {
  await samsList(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'For Mum' })).toBeVisible();
  for (const text of [CIRCLE.name, 'Phone: 0117 496 0256', 'Address: Barton Hill Settlement, 43 Ducie Road, Bristol, BS5 0AX', 'Your notes: Ask about transport. Mum likes the tea.', 'Samaritans', 'Phone: 116 123']) {
    await expect(sheet).toContainText(text);
  }
  await expect(sheet).toContainText('When: Every other Friday, 10am to 12 noon');
  await expect(sheet).toContainText(/Next session: Friday \d+ \w+( \d{4})?, 10am/);
  await expect(sheet).toContainText('When: Open 24 hours, every day');
  await expect(sheet).toContainText(/Your next date: Friday 18 January 2030, 10am/);
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this list' })).toBeHidden();
  expect(await sheet.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24); // 18pt
});

test('the QR code on screen decodes to the list as plain text: names, phone numbers and addresses, never the notes', async ({ page }) => {
  await samsList(page);
  await page.getByRole('button', { name: 'Show a code for a phone' }).click();
  const qr = page.locator('.qr--screen');
  await expect(qr).toBeVisible();
  // Decoded from the screenshot's pixels, as a phone camera would see them.
  const code = await decodeQr(page, qr);
  expect(code).toBe(
    [
      'For Mum (from Find Local Support)',
      'Samaritans\nTel: 116 123\nTel: 0808 164 0123',
      `${CIRCLE.name}\nTel: 0117 496 0256\nBarton Hill Settlement, 43 Ducie Road, Bristol, BS5 0AX`,
    ].join('\n\n'),
  );
});

test('lists: rename, move an item, remove with Undo, and delete a list with a question first and Undo after', async ({ page }) => {
  await samsList(page);
  await page.getByRole('button', { name: 'Rename this list For Mum' }).click();
  await page.getByLabel('New name for For Mum').fill('Mum');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('The list is now called Mum.')).toBeFocused();
  // Move Samaritans to My list: the card says so in its place, with Undo.
  await page.getByLabel('Move Samaritans to another list').selectOption({ label: 'My list' });
  await page.getByRole('button', { name: 'Move', exact: true }).first().click();
  await expect(page.getByText('Moved Samaritans to My list.')).toBeFocused();
  await expect(page.getByRole('link', { name: 'My list (1)' })).toBeVisible();
  // Remove the circle, then Undo: its note and tracker come back with it.
  const circle = page.locator('li.saved-item', { hasText: CIRCLE.name });
  await circle.getByRole('button', { name: `Remove ${CIRCLE.name}` }).click();
  await expect(page.getByText(`Removed ${CIRCLE.name}.`)).toBeFocused();
  await page.getByRole('button', { name: `Undo for ${CIRCLE.name}` }).click();
  await expect(circle.getByText('Your notes: Ask about transport. Mum likes the tea.')).toBeVisible();
  await expect(circle.getByRole('heading', { name: CIRCLE.name })).toBeFocused();
  // Delete the list: it asks, offering to keep the items.
  await page.getByRole('button', { name: 'Delete this list Mum' }).click();
  await expect(page.getByRole('heading', { name: 'Delete the list Mum?' })).toBeFocused();
  await expect(page.getByText('It has 1 saved item in it.')).toBeVisible();
  await page.getByRole('button', { name: 'Move the item to My list, then delete the list' }).click();
  await expect(page.getByText('Deleted the list Mum. Its item is now in My list.')).toBeFocused();
  expect((await readPersonal(page)).stores.lists).toHaveLength(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mum', level: 2, exact: true })).toBeVisible();
  await expect(page.locator('li.saved-item', { hasText: CIRCLE.name }).locator('.saved-progress')).toHaveText(/^Contacted · Your next date: Friday 18 January 2030, 10am$/);
});

test("Home's \"What's next\" lists the coming tracker dates and opens the card", async ({ page }) => {
  await samsList(page);
  await visit(page, '/');
  const next = page.getByRole('region', { name: "What's next" });
  await expect(next).toContainText('Friday 18 January 2030, 10am');
  await next.getByRole('link', { name: CIRCLE.name }).click();
  await expect(page).toHaveURL(/\/saved\?list=list-[0-9a-f]+#saved-service-bs-ne-barton-hill-dementia-carers-circle$/);
  await expect(page.locator('li.saved-item', { hasText: CIRCLE.name }).getByRole('heading', { name: CIRCLE.name })).toBeFocused();
});

test('export, clear, import: everything comes back, and importing the same file again adds nothing', async ({ page }, info) => {
  await samsList(page);
  const before = await readPersonal(page);
  await visit(page, '/saved');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy to a file' }).click();
  const file = info.outputPath('saved-lists.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'find-local-support/saved', version: 1 });

  await visit(page, '/settings');
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'Yes, clear my data' }).click();
  await expect(page.getByText('Your data has been cleared from this device.')).toBeFocused();
  expect((await readPersonal(page)).stores.saved).toEqual([]);

  await visit(page, '/saved');
  await page.getByLabel('Bring back lists from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add from this file' }).click();
  await expect(page.getByText('Added 2 saved items. Added 1 list.')).toBeFocused();
  const after = await readPersonal(page);
  for (const s of ['saved', 'lists', 'notes', 'tracker'] as const) expect(after.stores[s], s).toEqual(before.stores[s]);
  await page.getByRole('link', { name: 'For Mum (2)' }).click();
  await expect(page.locator('li.saved-item').getByText('Your notes: Ask about transport. Mum likes the tea.')).toBeVisible();

  await page.getByLabel('Bring back lists from a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add from this file' }).click();
  await expect(page.getByText('Nothing new: everything in this file is already here.')).toBeVisible();
  const again = await readPersonal(page);
  for (const s of ['saved', 'lists', 'notes', 'tracker'] as const) expect(again.stores[s], s).toEqual(before.stores[s]);
});

test('a broken, huge, wrong-version or hostile import file changes nothing and says why', async ({ page }, info) => {
  test.slow(); // A 50 MB file goes through the browser's file picker.
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await samsList(page);
  await visit(page, '/saved');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy to a file' }).click();
  const good = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<string, unknown>;
  const before = await readPersonal(page);
  // Every string becomes script, every address a javascript: link.
  const poison = (v: unknown, key = ''): unknown =>
    typeof v === 'string' ? (/url|href|website/.test(key) ? 'javascript:alert(1)' : '<script>alert(1)</script>') : Array.isArray(v) ? v.map((x) => poison(x, key)) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)])) : v;
  const files: { name: string; content: string | Buffer; message: RegExp }[] = [
    { name: 'wrong-version.json', content: JSON.stringify({ ...good, version: 99 }), message: /made by a different version of this app/ },
    { name: 'huge.json', content: Buffer.alloc(50 * 1024 * 1024, 0x20), message: /too big to be a saved-list file/ },
    { name: 'script.json', content: JSON.stringify({ ...(poison(good) as object), format: good.format, version: good.version }), message: /contains web page code or unsafe links/ },
    { name: 'not-json.json', content: 'This is a shopping list, not JSON {', message: /could not be read/ },
  ];
  for (const f of files) {
    const path = join(info.outputPath(), f.name);
    writeFileSync(path, f.content);
    await page.getByLabel('Bring back lists from a file').setInputFiles(path);
    await page.getByRole('button', { name: 'Add from this file' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary, f.name).toContainText(f.message);
    await expect(summary).toContainText('Nothing has changed.');
    await expect(summary).toBeFocused();
    expect(await readPersonal(page), f.name).toEqual(before);
  }
  expect(dialogs).toEqual([]);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('Clear my data says exactly what will go, then leaves no personal record, and the directory still works offline', async ({ page }) => {
  const server = await serve({ dir: 'dist', port: 0 });
  try {
    await page.goto(`${server.url}/`);
    await waitForOfflineReady(page);
    await page.goto(`${server.url}/settings`);
    await page.getByRole('radio', { name: /Larger/ }).check();
    await page.goto(`${server.url}/services/${CIRCLE.id}`);
    await page.getByRole('button', { name: /^Save\b/ }).click();
    await expect(page.getByText('Saved to My list.')).toBeVisible();
    await page.goto(`${server.url}/saved`);
    await page.getByText(`Notes and progress for ${CIRCLE.name}`).click();
    await page.getByLabel('Your notes').fill('Private: Mum has dementia');
    await page.getByRole('button', { name: 'Save notes and progress' }).click();
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  } finally {
    await server.close();
  }
  await page.goto(`${server.url}/settings`);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
  await page.getByRole('button', { name: 'Clear my data' }).click();
  const ask = page.getByRole('group', { name: 'This will remove from this device:' });
  await expect(ask.getByRole('heading')).toBeFocused();
  for (const line of ['1 saved item', 'Lists you made: none', '1 note', 'Your settings, including text size and colours', 'Your recent searches']) await expect(ask).toContainText(line);
  await expect(ask).toContainText('The information about services and guides, and the offline map, stay');
  await page.getByRole('button', { name: 'Yes, clear my data' }).click();
  await expect(page.getByText('Your data has been cleared from this device.')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '100');

  const left = await readPersonal(page);
  expect(left.stores).toEqual({ saved: [], lists: [], notes: [], tracker: [], settings: [] });
  expect(left.local).toEqual([]);
  // Still offline: the directory and a service page work from the device.
  await visit(page, `${server.url}/services/${CIRCLE.id}`);
  await expect(page.locator('h1')).toHaveText(CIRCLE.name);
  await visit(page, `${server.url}/saved`);
  await expect(page.getByText('You have not saved anything yet.')).toBeVisible();
});

test('Saved, the tracker and Settings have no accessibility violations, also at 320px wide with the largest text', async ({ page }) => {
  test.slow(); // Five axe runs on long pages.
  await samsList(page);
  await visit(page, '/saved');
  await page.getByRole('link', { name: 'For Mum (2)' }).click();
  await page.getByText(`Notes and progress for ${CIRCLE.name}`).click();
  await page.getByRole('button', { name: 'Show a code for a phone' }).click();
  await expectNoAxeViolations(page, 'Saved with the tracker open');
  // An error summary is part of the tracker too.
  const card = page.locator('li.saved-item', { hasText: CIRCLE.name });
  await card.getByRole('button', { name: 'Add to log' }).click();
  await expect(card.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page, 'tracker with an error');
  await page.getByRole('button', { name: /Delete this list/ }).click();
  await expect(page.getByRole('heading', { name: 'Delete the list For Mum?' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete list confirmation');

  await visit(page, '/settings');
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await expectNoAxeViolations(page, 'Settings with the clear confirmation');

  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => localStorage.setItem('local-support:display', JSON.stringify({ textSize: 300, theme: 'standard', moreSpacing: false })));
  await visit(page, '/saved');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '300');
  await page.getByRole('link', { name: 'For Mum (2)' }).click();
  await page.getByText(`Notes and progress for ${CIRCLE.name}`).click();
  // Nothing on the Saved page is wider than the screen (WCAG 1.4.10: no sideways scrolling).
  expect(await page.locator('main').evaluate((m) => m.scrollWidth <= m.clientWidth)).toBe(true);
  await expectNoAxeViolations(page, 'Saved at 320px and 300% text');
});

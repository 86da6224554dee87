import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, visit } from './helpers.ts';
import { startDeployment, waitForOfflineReady } from './deploy.ts';

async function search(page: Page, what: string, where: string): Promise<void> {
  await page.getByLabel('What are you looking for?').fill(what);
  await page.getByLabel('Where?').fill(where);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('.result-count')).toHaveText(/found/);
}

const firstLocal = (page: Page) => page.locator('section[aria-labelledby="local-title"] .card').first();

test.describe('find support', () => {
  test('"dementia" near "BS5 6HN" finds a dementia carers\' group, nearest first, with distance and a Call button', async ({ page }) => {
    await visit(page, '/services');
    await search(page, 'dementia', 'BS5 6HN');
    await expect(page).toHaveURL(/q=dementia/);
    await expect(page).toHaveURL(/near=BS5\+6HN/);
    await expect(page.getByText('Showing services near BS5 6HN')).toBeVisible();
    const first = firstLocal(page);
    await expect(first).toContainText(/Carers/);
    await expect(first).toContainText(/\d+ m away|km away/);
    await expect(first.getByRole('link', { name: /^Call / })).toHaveAttribute('href', /^tel:0117496\d{4}$/);
    const distances = await page.locator('section[aria-labelledby="local-title"] .facts li:first-child').allTextContents();
    const metres = distances.map((d) => (d.includes('km') ? parseFloat(d) * 1000 : parseFloat(d)));
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    await expectNoAxeViolations(page, 'results');
  });

  test('a partial postcode "bs5" and a neighbourhood name "Easton" both work', async ({ page }) => {
    await visit(page, '/services?near=bs5');
    await expect(page.getByText('Showing services near BS5')).toBeVisible();
    await expect(firstLocal(page)).toBeVisible();
    await visit(page, '/services?near=Easton&radius=walk');
    await expect(page.getByText('Showing services near Easton')).toBeVisible();
    await expect(firstLocal(page)).toContainText(/m away/);
  });

  test('an unknown postcode "XX99 9XX" says so plainly and offers help', async ({ page }) => {
    await visit(page, '/services?near=XX99%209XX');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: "We couldn't find that postcode" })).toBeVisible();
    await expect(alert).toContainText('try just the first part');
    await expectNoAxeViolations(page, 'unknown postcode');
  });

  test('a misspelt "demensia" still finds dementia services', async ({ page }) => {
    await visit(page, '/services?q=demensia');
    await expect(page.locator('.results .card').first()).toContainText(/[Dd]ementia|[Mm]emory/);
    expect(await page.locator('.results .card').count()).toBeGreaterThan(5);
  });

  test('"open now" at a frozen clock matches the schedule', async ({ page }) => {
    // Tuesday 8 December 2026, 1:45pm in London: the second Tuesday of the month.
    await page.clock.setFixedTime(new Date('2026-12-08T13:45:00Z'));
    await visit(page, '/services?q=dementia&near=BS5&open=now');
    const card = page.locator('.card', { hasText: "Easton Dementia Carers' Cuppa" });
    await expect(card).toContainText('Open now until 3:30pm');
    await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z'));
    await page.reload();
    await expect(page.locator('.result-count')).toHaveText(/found/);
    await expect(page.locator('.card', { hasText: "Easton Dementia Carers' Cuppa" })).toHaveCount(0);
  });

  test('no results says why, suggests what to change and lists helplines', async ({ page }) => {
    await visit(page, '/services?q=zzqqxx&near=BS5&free=1');
    await expect(page.getByRole('heading', { name: 'No services found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Remove the filter: Free only' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Helplines you can call from anywhere' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Call 116 123|Call 0800/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'empty results');
  });

  test('back and forward restore the search', async ({ page }) => {
    await visit(page, '/services');
    await search(page, 'lunch', 'BS3');
    await search(page, 'knit', 'BS5');
    await page.goBack();
    await expect(page).toHaveURL(/q=lunch/);
    await expect(page.getByLabel('What are you looking for?')).toHaveValue('lunch');
    await expect(page.getByText('Showing services near BS3')).toBeVisible();
    await page.goForward();
    await expect(page.getByLabel('What are you looking for?')).toHaveValue('knit');
  });

  test('a service page has a tel: Call link with the right number and passes axe', async ({ page }) => {
    await visit(page, '/services/bs-ne-easton-dementia-carers-cuppa');
    await expect(page.getByRole('link', { name: 'Call 0117 496 0238' })).toHaveAttribute('href', 'tel:01174960238');
    await expect(page.getByText('Second Tuesday of the month, 1:30pm to 3:30pm')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report a problem with this information' })).toHaveAttribute('href', /^mailto:.*bs-ne-easton-dementia-carers-cuppa/);
    await expectNoAxeViolations(page, 'service page');
  });
});

test('offline: "dementia" near "BS5 6HN" still finds the carers\' group with the server stopped', async ({ page }) => {
  const d = await startDeployment('v1');
  try {
    await page.goto(`${d.url}/services`);
    await waitForOfflineReady(page);
    await expect(page.locator('.result-count')).toHaveText(/found/);
  } finally {
    await d.close();
  }
  await page.goto(`${d.url}/services?q=dementia&near=BS5+6HN`);
  await expect(firstLocal(page)).toContainText(/Carers/);
});

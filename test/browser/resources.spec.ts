import { expect, test, type Page } from '@playwright/test';
import { visit } from './helpers.ts';
import { startDeployment, waitForOfflineReady } from './deploy.ts';

/** Guides → a theme → a guide → its "Where to get help" local search → a local service. */
async function themeToLocalService(page: Page, base: string): Promise<void> {
  await visit(page, `${base}/resources`);
  const tile = page.getByRole('link', { name: 'Safety in the home' });
  await expect(tile).toHaveAccessibleDescription('4 guides');
  await tile.click();
  await expect(page).toHaveURL(/\/resources\?theme=home-safety$/);
  await expect(page.locator('h1')).toHaveText('Safety in the home');
  await expect(page.locator('h1')).toBeFocused();
  const card = page.locator('.guide-list .card', { hasText: 'Preventing falls at home' });
  await expect(card).toContainText('For you');
  await expect(card).toContainText(/\d+ minute read/);
  await card.getByRole('link', { name: 'Preventing falls at home' }).click();

  await expect(page).toHaveURL(/\/resources\/falls-prevention$/);
  await expect(page.locator('h1')).toHaveText('Preventing falls at home');
  await expect(page.getByText(/Last reviewed on \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'NHS - Falls' })).toHaveAttribute('href', 'https://www.nhs.uk/conditions/falls/');
  await expect(page.getByRole('link', { name: 'Age UK Advice Line', exact: true })).toHaveAttribute('href', '/services/national-age-uk-advice-line');
  await expect(page.getByRole('link', { name: /^Call 0800 678 1602\s*: Age UK Advice Line$/ })).toHaveAttribute('href', 'tel:08006781602');
  await expect(page.locator('.guide-related').getByRole('link', { name: 'Fire safety at home' })).toBeVisible();

  await page.getByRole('link', { name: 'Local falls prevention and home safety services' }).click();
  await expect(page).toHaveURL(/\/services\?topic=home-safety/);
  const service = page.locator('.results .card').first();
  await expect(service).toContainText(/Home safety and falls/);
  const name = (await service.locator('.card__title').textContent())!;
  await service.locator('.card__title a').click();
  await expect(page.locator('h1')).toHaveText(name);
}

test.describe('the resource pack', () => {
  test('theme → guide → related local service, online', async ({ page }) => {
    await themeToLocalService(page, '');
  });

  test('theme → guide → related local service, and Home search, offline', async ({ page }) => {
    const server = await startDeployment('v1');
    try {
      await page.goto(`${server.url}/`);
      // Precaching every file can take a while on a busy machine; then the shared check.
      await expect(page.getByText('Ready to use offline')).toBeVisible({ timeout: 30_000 });
      await waitForOfflineReady(page);
    } finally {
      await server.close();
    }
    await themeToLocalService(page, server.url);
    await visit(page, `${server.url}/?q=falls`);
    await expect(page.locator('.home-summary')).toHaveText(/^Found \d+ guides? and \d+ services? for “falls”\.$/);
    await expect(page.locator('.home-results .guide-list')).toContainText('Preventing falls at home');
  });

  test('Home search for "falls" shows guides and services under their own headings, and announces the counts', async ({ page }) => {
    await visit(page, '/');
    await page.getByLabel('What are you looking for?').fill('falls');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/\?q=falls$/);
    const status = page.getByRole('status').filter({ hasText: /^Found / });
    await expect(status).toHaveText(/^Found \d+ guides? and \d+ services? for “falls”\.$/);
    const guides = page.locator('section[aria-labelledby="home-guides-title"]');
    const services = page.locator('section[aria-labelledby="home-services-title"]');
    await expect(guides.getByRole('heading', { level: 2 })).toHaveText('Guides');
    await expect(services.getByRole('heading', { level: 2 })).toHaveText('Services near you');
    await expect(guides.getByRole('link', { name: 'Preventing falls at home' })).toBeVisible();
    const [, guideCount, serviceCount] = /Found (\d+) guides? and (\d+) services?/.exec((await status.textContent())!)!.map(Number);
    await expect(guides.locator('.card')).toHaveCount(guideCount);
    expect(serviceCount).toBeGreaterThanOrEqual(5);
    await expect(services.locator('.card')).toHaveCount(Math.min(5, serviceCount));
    await expect(services.locator('.card').first()).toContainText(/Home safety and falls/);
    await expect(services.getByRole('link', { name: `See all ${serviceCount} services on Find support` })).toHaveAttribute('href', '/services?q=falls');

    // Back from a result returns to the same results and words.
    await guides.getByRole('link', { name: 'Preventing falls at home' }).click();
    await expect(page.locator('h1')).toHaveText('Preventing falls at home');
    await page.goBack();
    await expect(page.getByLabel('What are you looking for?')).toHaveValue('falls');
    await expect(guides.getByRole('link', { name: 'Preventing falls at home' })).toBeVisible();
  });

  test('the person\'s last place is kept on local-service links from guides, paths and Home search', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('local-support:near', 'BS5'));
    await visit(page, '/resources/falls-prevention');
    await expect(page.getByRole('link', { name: 'Local falls prevention and home safety services' })).toHaveAttribute('href', '/services?topic=home-safety&near=BS5');
    await visit(page, '/resources?path=living');
    await expect(page.getByRole('link', { name: 'Find dementia support near you' })).toHaveAttribute('href', '/services?topic=dementia-people&near=BS5');
    await visit(page, '/?q=falls');
    await expect(page.locator('section[aria-labelledby="home-services-title"]')).toContainText('Near BS5.');
    await expect(page.locator('section[aria-labelledby="home-services-title"] .card').first()).toContainText(/away/);
  });

  for (const path of [
    { tile: 'I am living with dementia', id: 'living', guide: 'After a dementia diagnosis', topic: 'dementia-people', link: 'Find dementia support near you' },
    { tile: 'I care for someone with dementia', id: 'caring', guide: 'Looking after yourself as a dementia carer', topic: 'dementia-carers', link: 'Find support for dementia carers near you' },
  ]) {
    test(`dementia path "${path.tile}": guides, support lines to call, online communities marked Online, local services`, async ({ page }) => {
      await visit(page, '/resources');
      await page.getByRole('link', { name: path.tile, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`path=${path.id}$`));
      await expect(page.locator('h1')).toHaveText(path.tile);
      await expect(page.locator('section[aria-labelledby="path-guides"]').getByRole('link', { name: path.guide })).toBeVisible();
      const lines = page.locator('section[aria-labelledby="path-lines"] .card');
      await expect(lines.filter({ hasText: "Alzheimer's Society Dementia Support Line" }).getByRole('link', { name: /^Call 0333 150 3456/ })).toHaveAttribute('href', 'tel:03331503456');
      const online = page.locator('section[aria-labelledby="path-online"] .card').filter({ hasText: 'Dementia Support Forum' });
      await expect(online.locator('.tag--online')).toHaveText('Online');
      await expect(online.getByRole('link', { name: /Go to the website/ })).toHaveAttribute('href', 'https://forum.alzheimers.org.uk');
      const local = page.getByRole('link', { name: path.link });
      await expect(local).toHaveAttribute('href', `/services?topic=${path.topic}`);
      await local.click();
      await expect(page.locator('.results .card').first()).toContainText(/Dementia support/);
    });
  }
});

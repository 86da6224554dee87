import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, visit } from './helpers.ts';

const PAGES = ['/resources', '/resources?theme=home-safety', '/resources/falls-prevention', '/resources?path=living', '/resources?path=caring', '/?q=falls'];

async function textSize(page: Page, size: number): Promise<void> {
  await page.addInitScript((s) => localStorage.setItem('local-support:display', JSON.stringify({ textSize: s })), size);
}

/** Headings go down one level at a time, with exactly one h1. */
async function expectHeadingsInOrder(page: Page, path: string): Promise<void> {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent).map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1), path).toHaveLength(1);
  levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1], `${path}: h${levels[i - 1]} then h${l}`).toBeLessThanOrEqual(1));
}

for (const size of [100, 300]) {
  for (const path of PAGES) {
    test(`axe finds no violations and headings are in order on ${path} at ${size}% text`, async ({ page }) => {
      await textSize(page, size);
      await visit(page, path);
      await expect(page.locator('main .card, main .tile').first()).toBeVisible();
      await expectNoAxeViolations(page, `${path} at ${size}%`);
      await expectHeadingsInOrder(page, path);
    });
  }
}

test('at 320px wide and 300% text nothing scrolls sideways, and every button and tile is at least 48px tall', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await textSize(page, 300);
  for (const path of PAGES) {
    await visit(page, path);
    await expect(page.locator('main .card, main .tile').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    const small = await page.locator('main .button, main .tile, main .choice, main summary').evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent && e.getBoundingClientRect().height < 48).map((e) => e.textContent),
    );
    expect(small, path).toEqual([]);
  }
});

test('the paragraph being read stays marked in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await visit(page, '/resources/falls-prevention');
  await page.locator('.guide-body p').first().evaluate((p) => p.classList.add('is-reading'));
  const style = await page.locator('.is-reading').evaluate((p) => ({ outline: getComputedStyle(p).outlineStyle, width: parseFloat(getComputedStyle(p).outlineWidth), bg: getComputedStyle(p).backgroundColor, plain: getComputedStyle(p.nextElementSibling!).backgroundColor }));
  expect(style.outline).toBe('solid');
  expect(style.width).toBeGreaterThanOrEqual(3);
  expect(style.bg).not.toBe(style.plain);
});

import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export const VIEWPORTS = {
  'tablet landscape': { width: 1024, height: 768 },
  'tablet portrait': { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

/** Every route, with something on it that can only have come from data/ through the build. */
export const ROUTES: { path: string; h1: RegExp; fromData: RegExp }[] = [
  { path: '/', h1: /Find local support/, fromData: /Dementia support for carers/ },
  { path: '/services', h1: /Find support/, fromData: /Run by \w+/ },
  { path: '/services/national-samaritans', h1: /Samaritans/, fromData: /116 123/ },
  { path: '/resources', h1: /Guides/, fromData: /Preventing falls|falls/i },
  { path: '/resources/falls-prevention', h1: /fall/i, fromData: /Where to get help/ },
  { path: '/map', h1: /Map/, fromData: /BS5/ },
  { path: '/saved', h1: /Saved/, fromData: /not saved anything/ },
  { path: '/settings', h1: /Settings/, fromData: /Cymraeg/ },
  { path: '/about', h1: /About/, fromData: /national/ },
];

/** Opens a route and waits until its data has rendered (the loading message is gone). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

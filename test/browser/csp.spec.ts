import { expect, test } from '@playwright/test';
import { ROUTES, visit } from './helpers.ts';

test('every route loads under the Content Security Policy with no violation reported', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const html = await (await page.request.get('/')).text();
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  for (const route of ROUTES) {
    await visit(page, route.path);
    await expect(page.locator('main')).toContainText(route.fromData);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), route.path).toEqual([]);
  }
});

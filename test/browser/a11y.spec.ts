import { test } from '@playwright/test';
import { ROUTES, VIEWPORTS, expectNoAxeViolations, visit } from './helpers.ts';

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`axe finds no WCAG 2.2 A/AA violations on any route at ${name} ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const route of ROUTES) {
      await visit(page, route.path);
      await expectNoAxeViolations(page, `${route.path} at ${name}`);
    }
  });
}

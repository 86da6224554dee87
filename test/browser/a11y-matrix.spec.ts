import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, ROUTES } from './helpers.ts';

// Every route, at each text size, in each theme, in English, Welsh and Urdu (right to left).
const SIZES = [100, 200, 300] as const;
const THEMES = ['standard', 'dark'] as const;
const LANGS = ['en', 'cy', 'ur'] as const;

for (const lang of LANGS) {
  for (const theme of THEMES) {
    for (const size of SIZES) {
      test(`axe: no violations on any route at ${size}% text, ${theme} theme, language ${lang}`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.addInitScript(
          ([s, th, l]) => {
            localStorage.setItem('local-support:display', JSON.stringify({ textSize: s, theme: th }));
            localStorage.setItem('local-support:language', l);
          },
          [size, theme, lang] as const,
        );
        const failures: string[] = [];
        for (const route of ROUTES) {
          await page.goto(route.path);
          await expect(page.locator('h1')).toBeVisible();
          await expect(page.locator('.loading')).toHaveCount(0);
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en-GB' : lang);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          for (const v of results.violations) failures.push(`${route.path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        }
        expect(failures).toEqual([]);
      });
    }
  }
}

import { expect, test, type Page } from '@playwright/test';
import { ROUTES, visit } from './helpers.ts';

const LARGEST = JSON.stringify({ textSize: 300, theme: 'standard', moreSpacing: false });

async function useDisplay(page: Page, settings: string): Promise<void> {
  await page.addInitScript((s) => {
    localStorage.setItem('local-support:display', s);
    localStorage.setItem('local-support:display-offered', '1');
  }, settings);
}

test('at 320 px wide and 300% text nothing scrolls sideways on any route (map excepted)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await useDisplay(page, LARGEST);
  for (const route of ROUTES.filter((r) => r.path !== '/map')) {
    await visit(page, route.path);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.visually-hidden, .skip-link'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide };
    });
    expect(overflow.scroll, `${route.path}: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.client);
  }
});

test('every interactive element on every route is at least 48 x 48 px, or is a link inside a sentence', async ({ page }) => {
  for (const route of ROUTES) {
    await visit(page, route.path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || style.display === 'none' || el.closest('.visually-hidden')) return false;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return false;
          // Radio buttons and checkboxes count with their whole label, which is the target people tap.
          const target = (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? el.closest('label')?.getBoundingClientRect() ?? r : r;
          // WCAG 2.5.8 exempts links in a sentence: a link inside a paragraph among other text.
          const inSentence = el.tagName === 'A' && el.parentElement?.tagName === 'P' && (el.parentElement.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 10;
          if (el.classList.contains('skip-link')) return false;
          return !inSentence && (target.width < 47.5 || target.height < 47.5);
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`),
    );
    expect(small, route.path).toEqual([]);
  }
});

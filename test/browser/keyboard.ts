import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, checking at every stop that the focused element shows a
 * visible focus indicator and is not hidden behind anything (WCAG 2.4.7, 2.4.11).
 */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { ok: true, label: 'body' };
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const visible = !!top && (el === top || el.contains(top) || top.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(top) === true);
      return { ok: indicator && visible, label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" indicator=${indicator} visible=${visible}` };
    });
    expect(state.ok, `focus not visible on ${state.label}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

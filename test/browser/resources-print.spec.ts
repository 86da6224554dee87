import { expect, test } from '@playwright/test';
import { visit } from './helpers.ts';
import { decodeQr } from './device.ts';

const PT16 = (16 * 96) / 72;

test.describe('printing a guide', () => {
  test('large print hides navigation and buttons, prints link addresses, and shows a QR code back to the guide', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await visit(page, '/resources/falls-prevention');
    await expect(page.locator('.guide-print-qr')).toBeHidden();
    await page.getByRole('button', { name: 'Print this guide' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Listen to this guide' })).toBeHidden();
    await expect(page.locator('.guide-related')).toBeHidden();
    await expect(page.locator('h1')).toHaveText('Preventing falls at home');
    await expect(page.getByText(/Last reviewed on/)).toBeVisible();

    // At least 16pt everywhere in the guide, black on white.
    const sizes = await page.locator('main p, main li').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PT16);
    const body = await page.locator('.guide-body p').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(body).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

    // Web links print their address; a helpline prints its number.
    const after = await page.getByRole('link', { name: 'NHS - Falls' }).evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (https://www.nhs.uk/conditions/falls/)"');
    await expect(page.locator('.guide-body .guide-call').first()).toBeVisible();
    await expect(page.locator('.guide-body .guide-call').first()).toContainText('Call 111');

    const qr = page.locator('.guide-print-qr svg');
    await expect(qr).toBeVisible();
    await expect(page.locator('.guide-print-qr figcaption')).toContainText(`${baseURL}/resources/falls-prevention`);
    expect(await decodeQr(page, qr)).toBe(`${baseURL}/resources/falls-prevention`);
  });

  test('on screen, a QR code for a phone opens the same guide', async ({ page, baseURL }) => {
    await visit(page, '/resources/keeping-active');
    await page.getByText('Open this guide on your phone').click();
    const qr = page.locator('.guide-qr-screen svg.qr');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('aria-label', 'QR code that opens the guide: Keeping active as you get older');
    expect(await decodeQr(page, qr)).toBe(`${baseURL}/resources/keeping-active`);
  });
});

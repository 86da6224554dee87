import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, visit } from './helpers.ts';
import { readPersonal } from './device.ts';

const MINUTE = 60_000;

/** Priya switches the mode on in the morning: 2 minutes, PIN 2468. */
async function turnOn(page: Page): Promise<void> {
  await visit(page, '/settings');
  const section = page.locator('#community-mode');
  await section.getByRole('radio', { name: '2 minutes' }).check();
  await section.getByLabel('Choose a staff PIN').fill('2468');
  await section.getByLabel('Type the PIN again').fill('2468');
  await section.getByRole('button', { name: 'Turn on community centre mode' }).click();
  await expect(section.getByText('Community centre mode is on.', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish and clear' })).toBeVisible();
}

/** From here on, time moves only when the test says: a slow machine cannot eat the countdown. */
async function stopTime(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** A visitor makes the text larger, saves two things and writes a note. */
async function visitorSaves(page: Page): Promise<void> {
  await visit(page, '/settings');
  await page.locator('.display-form').getByRole('radio', { name: /Very large/ }).check();
  for (const id of ['national-samaritans', 'bs-ne-barton-hill-dementia-carers-circle']) {
    await visit(page, `/services/${id}`);
    await page.getByRole('button', { name: /^Save\b/ }).click();
    await expect(page.getByText('Saved to My list.')).toBeVisible();
  }
  await visit(page, '/saved');
  await page.getByText('Notes and progress for Samaritans').click();
  await page.locator('li.saved-item', { hasText: 'Samaritans' }).getByLabel('Your notes').fill('Ring tonight');
  await page.getByRole('button', { name: 'Save notes and progress' }).first().click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  expect((await readPersonal(page)).stores.saved).toHaveLength(2);
}

test.beforeEach(async ({ page }) => {
  // The app's clock, under the test's control: idle minutes pass in an instant.
  await page.clock.install();
});

test('community mode: the idle warning appears at the set time, and "I\'m still here" keeps everything', async ({ page }) => {
  await turnOn(page);
  await visitorSaves(page);
  await stopTime(page);
  const warning = page.getByRole('dialog', { name: 'Are you still there?' });
  await page.clock.runFor(MINUTE + 50_000);
  await expect(warning).toBeHidden();
  await page.clock.runFor(15_000);
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: "I'm still here" })).toBeFocused();
  // axe waits on timers of its own, so the clock runs for it, with most of the minute still left.
  await page.clock.resume();
  await expectNoAxeViolations(page, 'idle warning');
  await stopTime(page);
  const left = async () => Number(/^(\d+) seconds? left$/.exec((await warning.getByRole('timer').textContent()) ?? '')?.[1]);
  const before = await left();
  expect(before).toBeGreaterThan(30);
  await page.clock.runFor(20_000);
  await expect.poll(left).toBe(before - 20);
  await warning.getByRole('button', { name: "I'm still here" }).click();
  await expect(warning).toBeHidden();
  // Well past where the first countdown would have ended: nothing was cleared.
  await page.clock.runFor(MINUTE);
  const kept = await readPersonal(page);
  expect(kept.stores.saved).toHaveLength(2);
  expect(kept.stores.notes).toHaveLength(1);
  await expect(page.locator('h1')).toHaveText('Saved');
});

test('community mode: when nobody answers, everything personal is cleared and the app returns Home with standard display', async ({ page }) => {
  await turnOn(page);
  await visitorSaves(page);
  expect((await readPersonal(page)).local).toContain('local-support:display');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
  await stopTime(page);
  await page.clock.runFor(2 * MINUTE + 1_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await page.clock.resume();
  await page.clock.runFor(61_000);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText(/Find local support/);
  await expect(page.getByText('Everything from the last visit has been cleared. Ready for the next person.')).toBeVisible();
  const left = await readPersonal(page);
  expect(left.stores).toEqual({ saved: [], lists: [], notes: [], tracker: [], settings: [] });
  expect(left.local).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '100');
  // The mode itself stays on for the next visitor, and the directory still works.
  await expect(page.getByRole('button', { name: 'Finish and clear' })).toBeVisible();
  await visit(page, '/saved');
  await expect(page.getByText('You have not saved anything yet.')).toBeVisible();
});

test('community mode: "Finish and clear" asks once, then clears everything and returns Home', async ({ page }) => {
  await turnOn(page);
  await visitorSaves(page);
  await page.getByRole('button', { name: 'Finish and clear' }).click();
  await expect(page.getByText('Clear everything you did on this tablet and go back to the start?')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, finish and clear' }).click();
  await expect(page.locator('h1')).toHaveText(/Find local support/);
  const left = await readPersonal(page);
  expect(left.stores).toEqual({ saved: [], lists: [], notes: [], tracker: [], settings: [] });
  expect(left.local).toEqual([]);
});

test('community mode: staff settings and leaving the mode need the PIN', async ({ page }) => {
  await turnOn(page);
  await visit(page, '/settings');
  const section = page.locator('#community-mode');
  await section.getByText('Staff: change or turn off').click();
  await section.getByLabel('Staff PIN').fill('1111');
  await section.getByRole('button', { name: 'Turn off community centre mode' }).click();
  await expect(section.locator('.error-summary')).toBeFocused();
  await expect(section.locator('.error-summary')).toContainText('That PIN is not right');
  await expectNoAxeViolations(page, 'Settings with community mode on and a PIN error');
  await expect(page.getByRole('button', { name: 'Finish and clear' })).toBeVisible();
  await section.getByLabel('Staff PIN').fill('2468');
  await section.getByRole('button', { name: 'Turn off community centre mode' }).click();
  await expect(section.getByText('Community centre mode is off.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish and clear' })).toHaveCount(0);
});

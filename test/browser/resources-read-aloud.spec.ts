import { expect, test, type Page } from '@playwright/test';
import type { Block, Guide } from '../../src/core/guide.ts';
import { inlineText } from '../../src/core/guide.ts';
import { visit } from './helpers.ts';

/**
 * A stand-in for the Web Speech API that records every call and utterance in order. Utterances
 * end when the test says so (`__speech.finish()`), or at once when `__speech.auto` is set, so the
 * test can check the highlight at each step. Cancel fires `error` as real engines do.
 */
async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type U = { text: string; lang: string; rate: number; voice: { name: string } | null; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
    const log = { spoken: [] as { text: string; lang: string; rate: number; voice?: string }[], calls: [] as string[], auto: false, current: null as U | null, finish: () => {} };
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => [
        { name: 'US English', lang: 'en-US', localService: true, default: true, voiceURI: 'us' },
        { name: 'British English', lang: 'en-GB', localService: true, default: false, voiceURI: 'gb' },
        { name: 'Welsh', lang: 'cy-GB', localService: true, default: false, voiceURI: 'cy' },
      ],
      speak(u: U) {
        log.calls.push('speak');
        log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name });
        log.current = u;
        synth.speaking = true;
        if (log.auto) setTimeout(() => log.finish(), 0);
      },
      pause() {
        log.calls.push('pause');
        synth.paused = true;
      },
      resume() {
        log.calls.push('resume');
        synth.paused = false;
      },
      cancel() {
        log.calls.push('cancel');
        const u = log.current;
        log.current = null;
        synth.speaking = false;
        u?.onerror?.({ error: 'interrupted' });
      },
      addEventListener() {},
      removeEventListener() {},
    };
    log.finish = () => {
      const u = log.current;
      log.current = null;
      synth.speaking = false;
      u?.onend?.({});
    };
    class Utterance {
      lang = '';
      rate = 1;
      voice = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    (window as unknown as { __speech: typeof log }).__speech = log;
  });
}

type Log = { spoken: { text: string; lang: string; rate: number; voice?: string }[]; calls: string[] };
const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Log }).__speech);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());

/** What a listener should hear, from the compiled guide itself: each heading, paragraph and list item in order. */
async function expectedUnits(page: Page, slug: string): Promise<string[]> {
  const guide = await page.evaluate(async (s) => {
    const manifest = (await (await fetch('/data/manifest.json')).json()) as { guides: { file: string } };
    const guides = (await (await fetch(`/data/${manifest.guides.file}`)).json()) as Guide[];
    return guides.find((g) => g.slug === s)!;
  }, slug);
  return guide.blocks.flatMap((b: Block) => (b.type === 'list' ? b.items.map(inlineText) : [inlineText(b.c)])).map((s) => s.trim()).filter(Boolean);
}

const SLUG = 'falls-prevention';

test.describe('read aloud', () => {
  test('Play reads the guide block by block, in order, with a British English voice, and the highlight follows', async ({ page }) => {
    await stubSpeech(page);
    await visit(page, `/resources/${SLUG}`);
    const units = await expectedUnits(page, SLUG);
    const controls = page.getByRole('group', { name: 'Listen to this guide' });
    const main = controls.locator('.read-aloud__main');

    await controls.getByRole('button', { name: 'Play' }).click();
    for (let i = 0; i < 4; i++) {
      await expect(page.locator('.is-reading')).toHaveCount(1);
      await expect(page.locator('.is-reading')).toHaveText(units[i]);
      const log = await speechLog(page);
      expect(log.spoken.map((s) => s.text)).toEqual(units.slice(0, i + 1));
      await finishUtterance(page);
    }
    const log = await speechLog(page);
    expect(log.spoken[0]).toMatchObject({ lang: 'en-GB', voice: 'British English', rate: 1 });
    // Reading never takes focus away from the controls.
    await expect(main).toBeFocused();

    // Pause and Resume call through and keep the place.
    await main.click();
    await expect(main).toHaveText('Resume');
    await expect(main).toBeFocused();
    expect((await speechLog(page)).calls.at(-1)).toBe('pause');
    await expect(page.locator('.is-reading')).toHaveText(units[4]);
    await main.click();
    await expect(main).toHaveText('Pause');
    expect((await speechLog(page)).calls.at(-1)).toBe('resume');

    // Slower re-reads the current paragraph at the slower rate.
    await controls.getByLabel('Slower').check();
    await expect.poll(async () => (await speechLog(page)).spoken.at(-1)).toMatchObject({ text: units[4], rate: 0.75 });

    // Stop cancels speech and removes the highlight.
    await controls.getByRole('button', { name: 'Stop' }).click();
    expect((await speechLog(page)).calls.at(-1)).toBe('cancel');
    await expect(page.locator('.is-reading')).toHaveCount(0);
    await expect(main).toHaveText('Play');

    // Stopping while paused, then Play, starts again from the top (and un-pauses the engine).
    await main.click();
    await main.click();
    await controls.getByRole('button', { name: 'Stop' }).click();
    await main.click();
    await expect(page.locator('.is-reading')).toHaveText(units[0]);
    const last = await speechLog(page);
    expect(last.spoken.at(-1)).toMatchObject({ text: units[0], rate: 0.75 });
    expect(last.calls.slice(-4)).toEqual(['cancel', 'cancel', 'resume', 'speak']);
  });

  test('left to run, it reads every block of the guide exactly once and in order, then stops', async ({ page }) => {
    await stubSpeech(page);
    await visit(page, `/resources/${SLUG}`);
    const units = await expectedUnits(page, SLUG);
    expect(units.length).toBeGreaterThan(20);
    // The page's read-aloud units are the same blocks, in document order (a helpline's item also
    // shows its Call button, which is not read).
    const onPage = await page.locator('.guide-body [data-read]').allTextContents();
    expect(onPage).toHaveLength(units.length);
    onPage.forEach((text, i) => expect(text.trim().startsWith(units[i]), `block ${i}`).toBe(true));
    await page.evaluate(() => ((window as unknown as { __speech: { auto: boolean } }).__speech.auto = true));
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.locator('.read-aloud__main')).toHaveText('Play');
    expect((await speechLog(page)).spoken.map((s) => s.text)).toEqual(units);
    await expect(page.locator('.is-reading')).toHaveCount(0);
  });

  test('the controls are hidden where the browser has no speech synthesis', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await visit(page, `/resources/${SLUG}`);
    await expect(page.getByRole('button', { name: 'Print this guide' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Listen to this guide' })).toHaveCount(0);
  });
});

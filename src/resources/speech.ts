/**
 * Read-aloud rules with no browser state: what is read (one unit per heading, paragraph or list
 * item, so the highlight can follow) and which of the device's voices reads it.
 */
import { inlineText, type Block } from '../core/guide.ts';

export interface ReadingUnit {
  /** Matches the `data-read` attribute Blocks puts on the element that is read. */
  key: string;
  text: string;
}

export function readingUnits(blocks: readonly Block[]): ReadingUnit[] {
  const out: ReadingUnit[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'list') b.items.forEach((item, j) => out.push({ key: `${i}.${j}`, text: inlineText(item).trim() }));
    else out.push({ key: String(i), text: inlineText(b.c).trim() });
  });
  // An empty utterance would end at once and make the highlight flicker past.
  return out.filter((u) => u.text);
}

/**
 * Guides are written in English; the page marks their language so a screen reader and the speech
 * engine both use an English voice even when the menus are in another language. When guides are
 * translated this becomes the guide's own language.
 */
export function guideLanguage(pageLang: string): string {
  return primary(pageLang) === 'en' ? pageLang : 'en-GB';
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0];
}

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>;

/**
 * The best voice for `lang`: the exact language and region first (en-GB over en-US for a British
 * page), then any voice of the same language. On-device voices beat network ones because they
 * keep working offline. Undefined lets the engine pick from `utterance.lang`.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const want = lang.toLowerCase().replace('_', '-');
  const score = (v: V) => {
    const have = v.lang.toLowerCase().replace('_', '-');
    if (primary(have) !== primary(want)) return -1;
    return (have === want ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | undefined;
  let bestScore = -1;
  for (const v of voices) {
    const s = score(v);
    if (s > bestScore) [best, bestScore] = [v, s];
  }
  return best;
}

export const RATES = { slower: 0.75, normal: 1 } as const;
export type RateName = keyof typeof RATES;

export function speechSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.speechSynthesis?.speak === 'function' && typeof window.SpeechSynthesisUtterance === 'function';
}

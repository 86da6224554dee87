/** Words for a result in the reader's language (dates, times, distances through Intl). */
import { distanceWords } from '../core/distance.ts';
import { formatOpenState, type OpeningState } from '../core/schedule/index.ts';
import { i18n } from '../i18n/index.ts';

export function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : i18n.language;
}

export function openWords(state: OpeningState, now = new Date()): string {
  return formatOpenState(state, now, locale());
}

export function distanceText(km: number | undefined): string {
  return km === undefined ? '' : distanceWords(km, locale());
}

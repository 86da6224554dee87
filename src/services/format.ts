/** Words for a result in the reader's language (dates, times, distances through Intl). */
import { distanceWords } from '../core/distance.ts';
import { formatOpenState, type OpeningState } from '../core/schedule/index.ts';
import { intlLocale } from '../i18n/index.ts';

export const locale = intlLocale;

export function openWords(state: OpeningState, now = new Date()): string {
  return formatOpenState(state, now, locale());
}

export function distanceText(km: number | undefined): string {
  return km === undefined ? '' : distanceWords(km, locale());
}

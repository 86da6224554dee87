/**
 * A list as plain text: what the QR code carries and what Share sends. Plain text because every
 * phone camera shows it with no app and no internet; names, numbers and addresses only, never the
 * person's notes, since a QR code on paper can be read by anyone who picks the sheet up.
 */
import type { SavedItem } from '../storage/index.ts';
import { address, itemName, phoneNumbers } from './describe.ts';

export interface TakeawayWords {
  tel(number: string): string;
  guide(title: string): string;
  more(count: number): string;
}

/**
 * Up to about version 20 of a QR code at error correction M (15% damage survives a crease or a
 * smudge): dense enough to print, sparse enough for an older phone camera on a tablet screen.
 */
export const QR_MAX_BYTES = 640;

const bytes = (s: string) => new TextEncoder().encode(s).length;

function block(item: SavedItem, w: TakeawayWords): string {
  if (item.kind === 'guide') return w.guide(itemName(item));
  const lines = [itemName(item), ...phoneNumbers(item).map((n) => w.tel(n))];
  const where = address(item);
  if (where) lines.push(where);
  return lines.join('\n');
}

/**
 * The heading and as many items, in list order, as fit in `maxBytes`, then "and N more" for the
 * rest. An item is never cut in half: a phone number without its name is worse than none.
 */
export function takeawayText(heading: string, items: readonly SavedItem[], w: TakeawayWords, maxBytes = Number.POSITIVE_INFINITY): { text: string; shown: number } {
  const parts = [heading.trim()];
  let shown = 0;
  for (const item of items) {
    const left = items.length - shown - 1;
    const candidate = [...parts, block(item, w), ...(left ? [w.more(left)] : [])].join('\n\n');
    if (bytes(candidate) > maxBytes) break;
    parts.push(block(item, w));
    shown++;
  }
  if (shown < items.length) parts.push(w.more(items.length - shown));
  return { text: parts.join('\n\n'), shown };
}

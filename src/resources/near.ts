/**
 * The person's last "near" (a postcode or place), so links from a guide to local services keep
 * showing what is near them. It comes from the current address (?near=) or from the key Find
 * support keeps it under (this visit's sessionStorage first, then localStorage); it never leaves
 * the device, and Settings' "clear" removes it with every other `local-support:` key.
 */
export const NEAR_KEY = 'local-support:near';

function clean(v: unknown): string {
  return typeof v === 'string' ? v.trim().slice(0, 100) : '';
}

function read(storage: () => Storage): string {
  try {
    const raw = storage().getItem(NEAR_KEY);
    if (!raw) return '';
    // Written either as the plain text or as JSON (a string, or an object with `near`).
    try {
      const v = JSON.parse(raw) as unknown;
      return clean(typeof v === 'string' ? v : typeof v === 'object' && v !== null ? (v as { near?: unknown }).near : raw);
    } catch {
      return clean(raw);
    }
  } catch {
    return '';
  }
}

export function recentNear(search: string = typeof location === 'undefined' ? '' : location.search): string {
  return clean(new URLSearchParams(search).get('near') ?? '') || read(() => sessionStorage) || read(() => localStorage);
}

/** A link to Find support for a topic, near the person's place when it is known. */
export function localSearchHref(topic: string, near: string): string {
  const p = new URLSearchParams({ topic });
  if (near) p.set('near', near);
  return `/services?${p}`;
}

/** Adds the place to an in-app Find support link that has none; leaves every other link alone. */
export function withNear(href: string, near: string): string {
  if (!near || !/^\/services\?/.test(href)) return href;
  const p = new URLSearchParams(href.slice('/services?'.length));
  if (p.has('near')) return href;
  p.set('near', near);
  return `/services?${p}`;
}

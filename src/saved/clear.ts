/**
 * Removing everything personal from this browser: saved items, lists, notes, tracker and settings
 * in IndexedDB; every `local-support:` key in localStorage and sessionStorage (display settings,
 * recent searches, whatever a feature keeps there); and Cache Storage caches whose name starts
 * with PERSONAL_CACHE_PREFIX. Left alone: the shared dataset, the app's own precache, map tiles
 * and the community-centre staff settings (in IndexedDB `meta`), none of which say anything about
 * the person.
 */
import { clearPersonalData } from '../storage/index.ts';
import { DEFAULT_DISPLAY, saveDisplay } from '../settings/display.ts';
import { reloadSaved } from './store.ts';

export const LOCAL_PREFIX = 'local-support:';
/** A feature that caches something personal in Cache Storage names the cache with this prefix. */
export const PERSONAL_CACHE_PREFIX = 'personal-';
/** Fired on window after a clear, so a feature holding personal state in memory can drop it. */
export const CLEARED_EVENT = 'local-support:personal-data-cleared';

function clearKeys(storage: Storage | undefined): void {
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(LOCAL_PREFIX)) storage.removeItem(key);
}

function safely(f: () => void): void {
  try {
    f();
  } catch {
    // Storage refused (private mode): there is nothing kept there to clear.
  }
}

export async function clearEverythingPersonal(): Promise<void> {
  // Put the display back to the defaults on screen first (saveDisplay tells every open form),
  // then remove the key it wrote along with the rest.
  saveDisplay({ ...DEFAULT_DISPLAY });
  safely(() => clearKeys(localStorage));
  safely(() => clearKeys(sessionStorage));
  if (typeof caches !== 'undefined') {
    const names = await caches.keys().catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(PERSONAL_CACHE_PREFIX)).map((n) => caches.delete(n).catch(() => false)));
  }
  await clearPersonalData();
  await reloadSaved().catch(() => undefined);
  window.dispatchEvent(new Event(CLEARED_EVENT));
}

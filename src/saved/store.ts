/**
 * Saved data for the UI: one cached snapshot (lists, items, notes, tracker) that every Save button,
 * the Saved page and "What's next" share, reloaded after each change so they never disagree.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LIST_ID, readAllSaved, type SavedItem, type SavedList, type SavedNote, type SavedSnapshot, type TrackerEntry } from '../storage/index.ts';

export interface SavedState {
  lists: SavedList[];
  items: SavedItem[];
  notes: Map<string, SavedNote>;
  tracker: Map<string, TrackerEntry>;
}

let cache: SavedState | undefined;
let loading: Promise<SavedState> | undefined;
const listeners = new Set<(s: SavedState) => void>();

function toState(s: SavedSnapshot): SavedState {
  const lists = s.lists.some((l) => l.id === DEFAULT_LIST_ID) ? s.lists : [{ id: DEFAULT_LIST_ID, name: '', createdAt: '' }, ...s.lists];
  return { lists, items: s.items, notes: new Map(s.notes.map((n) => [n.id, n])), tracker: new Map(s.tracker.map((e) => [e.id, e])) };
}

export async function reloadSaved(): Promise<SavedState> {
  const next = (loading = readAllSaved().then(toState));
  const state = await next;
  // A slower, older read must not overwrite a newer one.
  if (loading === next) {
    cache = state;
    listeners.forEach((l) => l(state));
  }
  return state;
}

/** The whole saved state; undefined while it first loads. */
export function useSaved(): SavedState | undefined {
  const [state, setState] = useState(cache);
  useEffect(() => {
    listeners.add(setState);
    if (!cache) void reloadSaved().catch(() => undefined);
    else setState(cache);
    return () => void listeners.delete(setState);
  }, []);
  return state;
}

export function useSavedItems(): SavedItem[] | undefined {
  return useSaved()?.items;
}

/**
 * The list a new save goes into: the one last chosen in this visit (sessionStorage, so a reload
 * keeps it and a new visit starts at "My list"), so Sam can save four things "For Mum" in a row.
 */
const LAST_LIST_KEY = 'local-support:last-list';
export function lastList(state: SavedState | undefined): string {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(LAST_LIST_KEY);
  } catch {
    // No sessionStorage: every save goes to the default list.
  }
  return id && state?.lists.some((l) => l.id === id) ? id : DEFAULT_LIST_ID;
}
export function rememberList(id: string): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, id);
  } catch {
    // As above.
  }
}

import { DEFAULT_LIST_ID, type SavedSnapshot } from '../core/saved-file.ts';

export interface MergeResult {
  /** Records to write; nothing already on the device is overwritten except to add log lines. */
  put: SavedSnapshot;
  added: { items: number; lists: number };
  alreadyHere: number;
}

/**
 * Importing the same file twice adds nothing the second time. Items match by id; a list matches
 * by id or, failing that, by name, so "For Mum" from a sister's phone joins the local "For Mum".
 * Where both sides have something, the device's copy wins and the file only fills gaps; contact
 * log lines are the exception, joined so neither side's calls are lost.
 */
export function mergeSaved(local: SavedSnapshot, incoming: SavedSnapshot): MergeResult {
  const put: SavedSnapshot = { lists: [], items: [], notes: [], tracker: [] };
  const listIdFor = new Map<string, string>();
  const byName = new Map(local.lists.map((l) => [l.name.trim().toLowerCase(), l.id]));
  const localListIds = new Set(local.lists.map((l) => l.id));
  for (const l of incoming.lists) {
    const match = localListIds.has(l.id) ? l.id : byName.get(l.name.trim().toLowerCase());
    if (match) listIdFor.set(l.id, match);
    else {
      listIdFor.set(l.id, l.id);
      localListIds.add(l.id);
      byName.set(l.name.trim().toLowerCase(), l.id);
      put.lists.push(l);
    }
  }
  if (!localListIds.has(DEFAULT_LIST_ID) && incoming.items.some((i) => (listIdFor.get(i.listId) ?? i.listId) === DEFAULT_LIST_ID)) {
    put.lists.push({ id: DEFAULT_LIST_ID, name: '', createdAt: new Date(0).toISOString() });
  }
  const localItems = new Set(local.items.map((i) => i.id));
  let alreadyHere = 0;
  for (const item of incoming.items) {
    if (localItems.has(item.id)) alreadyHere++;
    else put.items.push({ ...item, listId: listIdFor.get(item.listId) ?? item.listId });
  }
  const localNotes = new Set(local.notes.filter((n) => n.text.trim()).map((n) => n.id));
  put.notes = incoming.notes.filter((n) => n.text.trim() && !localNotes.has(n.id));
  const localTracker = new Map(local.tracker.map((e) => [e.id, e]));
  for (const e of incoming.tracker) {
    const mine = localTracker.get(e.id);
    if (!mine) put.tracker.push(e);
    else {
      const key = (x: { at: string; text: string }) => `${x.at}\u0000${x.text}`;
      const have = new Set(mine.log.map(key));
      const extra = e.log.filter((x) => !have.has(key(x)));
      if (extra.length) put.tracker.push({ ...mine, log: [...mine.log, ...extra].sort((a, b) => a.at.localeCompare(b.at)) });
    }
  }
  return { put, added: { items: put.items.length, lists: put.lists.filter((l) => l.id !== DEFAULT_LIST_ID).length }, alreadyHere };
}

import { backend, type Op } from './backend.ts';
import type { SavedItem, SavedKind, SavedList, TrackerEntry } from './types.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { PERSONAL_STORES } from './schema.ts';

export const DEFAULT_LIST_ID = 'my-list';
let persistAsked = false;

export function savedId(kind: SavedKind, refId: string): string {
  return `${kind}:${refId}`;
}

export async function listSaved(): Promise<SavedItem[]> {
  const items = (await (await backend()).getAll('saved')) as SavedItem[];
  return items.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getSaved(id: string): Promise<SavedItem | undefined> {
  return (await (await backend()).get('saved', id)) as SavedItem | undefined;
}

export async function saveItem(kind: SavedKind, record: Service | Guide, listId = DEFAULT_LIST_ID): Promise<SavedItem> {
  const refId = kind === 'service' ? (record as Service).id : (record as Guide).slug;
  const item: SavedItem = { id: savedId(kind, refId), kind, refId, listId, savedAt: new Date().toISOString(), record };
  const ops: Op[] = [{ store: 'saved', put: item }];
  if (listId === DEFAULT_LIST_ID && !(await (await backend()).get('lists', DEFAULT_LIST_ID))) {
    ops.push({ store: 'lists', put: { id: DEFAULT_LIST_ID, name: '', createdAt: item.savedAt } satisfies SavedList });
  }
  await (await backend()).batch(ops);
  // The first thing a person saves is the moment their data starts to matter: ask to keep it.
  if (!persistAsked && typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persistAsked = true;
    void navigator.storage.persist().catch(() => false);
  }
  return item;
}

export async function removeSaved(id: string): Promise<void> {
  await (await backend()).batch([
    { store: 'saved', del: id },
    { store: 'notes', del: id },
    { store: 'tracker', del: id },
  ]);
}

/** Puts back exactly what `removeSaved` took away (Undo). */
export async function restoreSaved(item: SavedItem, note?: { id: string; text: string; updatedAt: string }, tracker?: TrackerEntry): Promise<void> {
  const ops: Op[] = [{ store: 'saved', put: item }];
  if (note) ops.push({ store: 'notes', put: note });
  if (tracker) ops.push({ store: 'tracker', put: tracker });
  await (await backend()).batch(ops);
}

export async function listLists(): Promise<SavedList[]> {
  return ((await (await backend()).getAll('lists')) as SavedList[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function putList(list: SavedList): Promise<void> {
  await (await backend()).batch([{ store: 'lists', put: list }]);
}

export async function moveSaved(id: string, listId: string): Promise<void> {
  const item = await getSaved(id);
  if (item) await (await backend()).batch([{ store: 'saved', put: { ...item, listId } }]);
}

export async function getNote(id: string): Promise<string> {
  return (((await (await backend()).get('notes', id)) as { text: string } | undefined)?.text ?? '');
}

export async function setNote(id: string, text: string): Promise<void> {
  await (await backend()).batch([text.trim() ? { store: 'notes', put: { id, text, updatedAt: new Date().toISOString() } } : { store: 'notes', del: id }]);
}

export async function getTracker(id: string): Promise<TrackerEntry | undefined> {
  return (await (await backend()).get('tracker', id)) as TrackerEntry | undefined;
}

export async function listTracker(): Promise<TrackerEntry[]> {
  return (await (await backend()).getAll('tracker')) as TrackerEntry[];
}

export async function setTracker(entry: TrackerEntry): Promise<void> {
  await (await backend()).batch([{ store: 'tracker', put: entry }]);
}

/** "Clear my data": every personal store, never the shared dataset. */
export async function clearPersonalData(): Promise<void> {
  await (await backend()).clear(PERSONAL_STORES);
}

import { backend, type Op } from './backend.ts';
import type { CommunityConfig, SavedItem, SavedKind, SavedList, SavedNote, SavedSnapshot, TrackerEntry } from './types.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { DEFAULT_LIST_ID } from '../core/saved-file.ts';
import { PERSONAL_STORES } from './schema.ts';

export { DEFAULT_LIST_ID };
/** Staff settings live in `meta`, which "Clear my data" leaves alone: clearing a visitor must not end the mode. */
const COMMUNITY_KEY = 'community-mode';
let persistAsked = false;

export function savedId(kind: SavedKind, refId: string): string {
  return `${kind}:${refId}`;
}

async function run(ops: Op[]): Promise<void> {
  await (await backend()).batch(ops);
}

export async function listSaved(): Promise<SavedItem[]> {
  const items = (await (await backend()).getAll('saved')) as SavedItem[];
  return items.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getSaved(id: string): Promise<SavedItem | undefined> {
  return (await (await backend()).get('saved', id)) as SavedItem | undefined;
}

function defaultList(at: string): SavedList {
  return { id: DEFAULT_LIST_ID, name: '', createdAt: at };
}

export async function saveItem(kind: SavedKind, record: Service | Guide, listId = DEFAULT_LIST_ID): Promise<SavedItem> {
  const refId = kind === 'service' ? (record as Service).id : (record as Guide).slug;
  const item: SavedItem = { id: savedId(kind, refId), kind, refId, listId, savedAt: new Date().toISOString(), record };
  const ops: Op[] = [{ store: 'saved', put: item }];
  const b = await backend();
  if (!(await b.get('lists', listId))) {
    // The list was deleted in another tab since this page drew it: fall back to the default list.
    if (listId !== DEFAULT_LIST_ID) item.listId = DEFAULT_LIST_ID;
    if (!(await b.get('lists', DEFAULT_LIST_ID))) ops.push({ store: 'lists', put: defaultList(item.savedAt) });
  }
  await b.batch(ops);
  // The first thing a person saves is the moment their data starts to matter: ask to keep it.
  if (!persistAsked && typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persistAsked = true;
    void navigator.storage.persist().catch(() => false);
  }
  return item;
}

/** Everything kept about one saved item, so Undo can put back exactly what was taken. */
export async function takeSaved(id: string): Promise<SavedSnapshot> {
  const b = await backend();
  const [item, note, entry] = await Promise.all([b.get('saved', id), b.get('notes', id), b.get('tracker', id)]);
  await removeSaved(id);
  return { lists: [], items: item ? [item as SavedItem] : [], notes: note ? [note as SavedNote] : [], tracker: entry ? [entry as TrackerEntry] : [] };
}

export async function removeSaved(id: string): Promise<void> {
  await run([
    { store: 'saved', del: id },
    { store: 'notes', del: id },
    { store: 'tracker', del: id },
  ]);
}

/** Puts back exactly what `removeSaved` took away (Undo). */
export async function restoreSaved(item: SavedItem, note?: SavedNote, tracker?: TrackerEntry): Promise<void> {
  await putSnapshot({ lists: [], items: [item], notes: note ? [note] : [], tracker: tracker ? [tracker] : [] });
}

/** Writes lists, items, notes and tracker entries in one transaction: all land or none do. */
export async function putSnapshot(s: SavedSnapshot): Promise<void> {
  await run([
    ...s.lists.map((put): Op => ({ store: 'lists', put })),
    ...s.items.map((put): Op => ({ store: 'saved', put })),
    ...s.notes.map((put): Op => ({ store: 'notes', put })),
    ...s.tracker.map((put): Op => ({ store: 'tracker', put })),
  ]);
}

export async function readAllSaved(): Promise<SavedSnapshot> {
  const b = await backend();
  const [lists, items, notes, tracker] = await Promise.all([listLists(), listSaved(), b.getAll('notes'), b.getAll('tracker')]);
  return { lists, items, notes: notes as SavedNote[], tracker: tracker as TrackerEntry[] };
}

export async function listLists(): Promise<SavedList[]> {
  return ((await (await backend()).getAll('lists')) as SavedList[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function putList(list: SavedList): Promise<void> {
  await run([{ store: 'lists', put: list }]);
}

export async function createList(name: string): Promise<SavedList> {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const list: SavedList = { id: `list-${[...bytes].map((x) => x.toString(16).padStart(2, '0')).join('')}`, name: name.trim(), createdAt: new Date().toISOString() };
  const b = await backend();
  // The default list is made on first save; a person may make "For Mum" before saving anything.
  const ops: Op[] = [{ store: 'lists', put: list }];
  if (!(await b.get('lists', DEFAULT_LIST_ID))) ops.unshift({ store: 'lists', put: defaultList(new Date(Date.parse(list.createdAt) - 1).toISOString()) });
  await b.batch(ops);
  return list;
}

/**
 * Deletes a list. Its items move to `moveTo`, or are deleted with their notes and tracker when it is
 * undefined. Returns what was there before, for Undo (put back with `putSnapshot`).
 */
export async function deleteList(id: string, moveTo?: string): Promise<SavedSnapshot> {
  if (id === DEFAULT_LIST_ID) throw new Error('The default list cannot be deleted');
  const all = await readAllSaved();
  const items = all.items.filter((i) => i.listId === id);
  const ids = new Set(items.map((i) => i.id));
  const before: SavedSnapshot = {
    lists: all.lists.filter((l) => l.id === id),
    items,
    notes: all.notes.filter((n) => ids.has(n.id)),
    tracker: all.tracker.filter((e) => ids.has(e.id)),
  };
  const ops: Op[] = [{ store: 'lists', del: id }];
  for (const item of items) {
    if (moveTo) ops.push({ store: 'saved', put: { ...item, listId: moveTo } });
    else ops.push({ store: 'saved', del: item.id }, { store: 'notes', del: item.id }, { store: 'tracker', del: item.id });
  }
  if (moveTo === DEFAULT_LIST_ID && !all.lists.some((l) => l.id === DEFAULT_LIST_ID)) ops.push({ store: 'lists', put: defaultList(new Date().toISOString()) });
  await run(ops);
  return before;
}

export async function moveSaved(id: string, listId: string): Promise<void> {
  const item = await getSaved(id);
  if (item) await run([{ store: 'saved', put: { ...item, listId } }]);
}

export async function getNote(id: string): Promise<string> {
  return ((await (await backend()).get('notes', id)) as SavedNote | undefined)?.text ?? '';
}

export async function setNote(id: string, text: string): Promise<void> {
  await run([text.trim() ? { store: 'notes', put: { id, text, updatedAt: new Date().toISOString() } } : { store: 'notes', del: id }]);
}

export async function getTracker(id: string): Promise<TrackerEntry | undefined> {
  return (await (await backend()).get('tracker', id)) as TrackerEntry | undefined;
}

export async function listTracker(): Promise<TrackerEntry[]> {
  return (await (await backend()).getAll('tracker')) as TrackerEntry[];
}

export async function setTracker(entry: TrackerEntry): Promise<void> {
  await run([{ store: 'tracker', put: entry }]);
}

/** Saves a note and a tracker entry together, so one Save button never half-saves. */
export async function setNoteAndTracker(id: string, text: string, entry?: TrackerEntry): Promise<void> {
  const now = new Date().toISOString();
  const ops: Op[] = [text.trim() ? { store: 'notes', put: { id, text, updatedAt: now } satisfies SavedNote } : { store: 'notes', del: id }];
  if (entry) ops.push({ store: 'tracker', put: { ...entry, updatedAt: now } });
  await run(ops);
}

/** How much "Clear my data" would remove, so its confirmation can say exactly what goes. */
export async function countPersonal(): Promise<{ items: number; lists: number; notes: number; tracker: number; settings: number }> {
  const b = await backend();
  const [items, lists, notes, tracker, settings] = await Promise.all(['saved', 'lists', 'notes', 'tracker', 'settings'].map((s) => b.getAll(s as 'saved')));
  return { items: items.length, lists: lists.length, notes: notes.length, tracker: tracker.length, settings: settings.length };
}

/** "Clear my data": every personal store, never the shared dataset. */
export async function clearPersonalData(): Promise<void> {
  await (await backend()).clear(PERSONAL_STORES);
}

export async function getCommunityConfig(): Promise<CommunityConfig | undefined> {
  return ((await (await backend()).get('meta', COMMUNITY_KEY)) as { value: CommunityConfig } | undefined)?.value;
}

export async function setCommunityConfig(value: CommunityConfig | undefined): Promise<void> {
  await run([value ? { store: 'meta', put: { key: COMMUNITY_KEY, value } } : { store: 'meta', del: COMMUNITY_KEY }]);
}

/**
 * The only module that talks to IndexedDB (through idb). Falls back to memory when IndexedDB
 * cannot be opened (some private modes) and says so through `storageMode()`.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'local-support';
export const DB_VERSION = 1;

interface Schema extends DBSchema {
  settings: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<Schema> | undefined> | undefined;
const memory = new Map<string, unknown>();
let mode: 'indexeddb' | 'memory' = 'indexeddb';

const OPEN_TIMEOUT_MS = 5000;

function db(): Promise<IDBPDatabase<Schema> | undefined> {
  dbPromise ??= Promise.race([
    openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        // One step per version, so any older database walks forward to this one.
        if (oldVersion < 1) database.createObjectStore('settings');
      },
      blocking() {
        // A newer version of the app is open in another tab: let it upgrade.
        void dbPromise?.then((d) => d?.close());
        dbPromise = undefined;
      },
    }),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OPEN_TIMEOUT_MS)),
  ]).then(
    (d) => {
      if (!d) mode = 'memory';
      return d;
    },
    () => {
      mode = 'memory';
      return undefined;
    },
  );
  return dbPromise;
}

export function storageMode(): 'indexeddb' | 'memory' {
  return mode;
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const d = await db();
  if (!d) return memory.get(key) as T | undefined;
  return (await d.get('settings', key)) as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const d = await db();
  if (!d) {
    memory.set(key, value);
    return;
  }
  await d.put('settings', value, key);
}

import { openDB, type IDBPDatabase, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type Schema } from './schema.ts';
import type { StorageNotice } from './types.ts';

export type Store = StoreNames<Schema>;
export type Key = string | [string, string];
export type Op = { store: Store; put: unknown } | { store: Store; del: Key } | { store: Store; delPrefix: string };

/** What the rest of src/storage/ needs; IndexedDB in normal use, a Map when it cannot open. */
export interface Backend {
  kind: 'indexeddb' | 'memory';
  get(store: Store, key: Key): Promise<unknown>;
  /** Every value, or for stores keyed by [version, id] only those whose first part is `prefix`. */
  getAll(store: Store, prefix?: string): Promise<unknown[]>;
  /** All operations in one transaction: either every one lands or none does. */
  batch(ops: Op[]): Promise<void>;
  clear(stores: readonly Store[]): Promise<void>;
}

const KEY_PATHS: Partial<Record<Store, string | [string, string]>> = {
  datasets: 'version',
  services: ['version', 'id'],
  guides: ['version', 'slug'],
  saved: 'id',
  lists: 'id',
  notes: 'id',
  tracker: 'id',
};

const noticeListeners = new Set<(n: StorageNotice) => void>();
const noticesSent: StorageNotice[] = [];

export function notify(n: StorageNotice): void {
  noticesSent.push(n);
  noticeListeners.forEach((l) => l(n));
}

/** Subscribe to storage problems the user must hear about; earlier ones are replayed. */
export function onStorageNotice(listener: (n: StorageNotice) => void): () => void {
  noticesSent.forEach(listener);
  noticeListeners.add(listener);
  return () => void noticeListeners.delete(listener);
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function range(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound([prefix, ''], [prefix, '\uffff']);
}

function idbBackend(db: IDBPDatabase<Schema>): Backend {
  const wrap = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (e) {
      if (isQuotaError(e) || (e as { name?: string })?.name === 'QuotaExceededError') notify({ kind: 'quota' });
      throw e;
    }
  };
  return {
    kind: 'indexeddb',
    get: (store, key) => wrap(db.get(store, key as never)),
    getAll: (store, prefix) => wrap(prefix === undefined ? db.getAll(store) : db.getAll(store, range(prefix) as never)),
    async batch(ops) {
      const stores = [...new Set(ops.map((o) => o.store))];
      if (!stores.length) return;
      const tx = db.transaction(stores, 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      try {
        for (const op of ops) {
          const s = tx.objectStore(op.store);
          if ('put' in op) void s.put(op.put as never, KEY_PATHS[op.store] ? undefined : ((op.put as { key: string }).key as never)).catch(() => undefined);
          else if ('del' in op) void s.delete(op.del as never).catch(() => undefined);
          else void s.delete(range(op.delPrefix) as never).catch(() => undefined);
        }
      } catch (e) {
        // A request that throws at once (a full disk, say) must undo the ones already queued.
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        await wrap(Promise.reject(e));
      }
      await wrap(done);
    },
    async clear(stores) {
      const tx = db.transaction([...stores], 'readwrite');
      await wrap(Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]).then(() => undefined));
    },
  };
}

function keyOf(store: Store, value: unknown): string {
  const path = KEY_PATHS[store];
  const v = value as Record<string, string>;
  if (!path) return v.key;
  return Array.isArray(path) ? `${v[path[0]]}\u0000${v[path[1]]}` : v[path];
}

/** Used only when IndexedDB will not open; the user is told nothing will be kept. */
export function memoryBackend(): Backend {
  const data = new Map<Store, Map<string, unknown>>();
  const map = (s: Store) => data.get(s) ?? data.set(s, new Map()).get(s)!;
  const flat = (k: Key) => (Array.isArray(k) ? k.join('\u0000') : k);
  return {
    kind: 'memory',
    get: async (store, key) => structuredClone(map(store).get(flat(key))),
    getAll: async (store, prefix) =>
      [...map(store)].filter(([k]) => prefix === undefined || k.startsWith(`${prefix}\u0000`)).map(([, v]) => structuredClone(v)),
    async batch(ops) {
      for (const op of ops) {
        const m = map(op.store);
        if ('put' in op) m.set(keyOf(op.store, op.put), structuredClone(op.put));
        else if ('del' in op) m.delete(flat(op.del));
        else for (const k of [...m.keys()]) if (k.startsWith(`${op.delPrefix}\u0000`)) m.delete(k);
      }
    },
    async clear(stores) {
      stores.forEach((s) => map(s).clear());
    },
  };
}

const OPEN_TIMEOUT_MS = 4000;
let backendPromise: Promise<Backend> | undefined;

/**
 * Opens the database once. If another tab holds an older version open we say so and, rather than
 * hang, carry on in memory after a timeout. When a newer version opens elsewhere we close ours.
 */
export function backend(): Promise<Backend> {
  backendPromise ??= (async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      const opening = openDB<Schema>(DB_NAME, DB_VERSION, {
        upgrade,
        blocked: () => notify({ kind: 'blocked' }),
        blocking: (_cur, _next, event) => {
          (event.target as IDBDatabase).close();
          notify({ kind: 'version-change' });
        },
      });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('IndexedDB open timed out')), OPEN_TIMEOUT_MS);
      });
      const db = await Promise.race([opening, timeout]);
      return idbBackend(db);
    } catch {
      notify({ kind: 'memory-only' });
      return memoryBackend();
    } finally {
      clearTimeout(timer);
    }
  })();
  return backendPromise;
}

/** For tests: forget the open connection so the next call opens afresh. */
export function resetBackend(): void {
  backendPromise = undefined;
}

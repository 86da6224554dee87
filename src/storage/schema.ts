import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DatasetManifest, PostcodeIndex } from '../core/manifest.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import type { SavedItem, SavedList, TrackerEntry } from './types.ts';

export const DB_NAME = 'local-support';
/** Bump with a new step in `upgrade` below; never edit an old step. */
export const DB_VERSION = 2;

export interface DatasetRecord {
  version: string;
  manifest: DatasetManifest;
  postcodes: PostcodeIndex;
  extra: Record<string, unknown>;
  installedAt: string;
}

export interface Schema extends DBSchema {
  settings: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  datasets: { key: string; value: DatasetRecord };
  /** One service per row (written by the first releases) or a chunk of them as JSON text (storage/dataset.ts). */
  services: { key: [string, string]; value: { version: string; id: string; record: Service } | { version: string; id: string; json: string } };
  guides: { key: [string, string]; value: { version: string; slug: string; record: Guide } };
  saved: { key: string; value: SavedItem; indexes: { byList: string } };
  lists: { key: string; value: SavedList };
  notes: { key: string; value: { id: string; text: string; updatedAt: string } };
  tracker: { key: string; value: TrackerEntry };
}

/**
 * One step per version so a database from any earlier release walks forward to this one.
 */
export function upgrade(db: IDBPDatabase<Schema>, oldVersion: number, _newVersion: number | null, tx: IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>): void {
  if (oldVersion < 1) {
    db.createObjectStore('settings');
  }
  if (oldVersion === 1) {
    // Version 1 kept bare values under out-of-line keys; from 2 each is { key, value }.
    void (async () => {
      let cursor = await tx.objectStore('settings').openCursor();
      while (cursor) {
        await cursor.update({ key: String(cursor.key), value: cursor.value });
        cursor = await cursor.continue();
      }
    })();
  }
  if (oldVersion < 2) {
    db.createObjectStore('meta');
    db.createObjectStore('datasets', { keyPath: 'version' });
    db.createObjectStore('services', { keyPath: ['version', 'id'] });
    db.createObjectStore('guides', { keyPath: ['version', 'slug'] });
    const saved = db.createObjectStore('saved', { keyPath: 'id' });
    saved.createIndex('byList', 'listId');
    db.createObjectStore('lists', { keyPath: 'id' });
    db.createObjectStore('notes', { keyPath: 'id' });
    db.createObjectStore('tracker', { keyPath: 'id' });
  }
}

/** Stores that hold what a person saved or chose; "Clear my data" empties exactly these. */
export const PERSONAL_STORES = ['settings', 'saved', 'lists', 'notes', 'tracker'] as const;

import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';

export type SavedKind = 'service' | 'guide';

/** The whole record is kept, so a saved item still shows if it leaves a later dataset. */
export interface SavedItem {
  id: string;
  kind: SavedKind;
  refId: string;
  listId: string;
  savedAt: string;
  record: Service | Guide;
}

export interface SavedList {
  id: string;
  name: string;
  createdAt: string;
}

export type TrackerStatus = 'want-to-try' | 'contacted' | 'going' | 'stopped';

export interface TrackerEntry {
  id: string;
  status: TrackerStatus;
  next?: string;
  log: { at: string; text: string }[];
  updatedAt: string;
}

export type StorageNotice =
  | { kind: 'memory-only' }
  | { kind: 'blocked' }
  | { kind: 'version-change' }
  | { kind: 'quota' }
  | { kind: 'evicted' };

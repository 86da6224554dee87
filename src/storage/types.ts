/** The saved-item shapes are defined with the file format in src/core/saved-file.ts, where they are validated. */
export type { SavedItem, SavedKind, SavedList, SavedNote, SavedSnapshot, TrackerEntry, TrackerStatus } from '../core/saved-file.ts';

/** Staff settings for a shared tablet; kept apart from personal data so clearing never removes them. */
export interface CommunityConfig {
  on: boolean;
  idleMinutes: number;
  /** SHA-256 of salt + PIN, hex; or `plain:` + PIN where the browser has no Web Crypto. */
  pinHash: string;
  salt: string;
}

export type StorageNotice =
  | { kind: 'memory-only' }
  | { kind: 'blocked' }
  | { kind: 'version-change' }
  | { kind: 'quota' }
  | { kind: 'evicted' };

/**
 * The only module that talks to IndexedDB (through idb). Everything else imports from here.
 * If IndexedDB cannot be opened it works in memory and raises a 'memory-only' notice once.
 */
export { backend, onStorageNotice, isQuotaError, resetBackend } from './backend.ts';
export { DB_NAME, DB_VERSION } from './schema.ts';
export * from './settings.ts';
export * from './dataset.ts';
export * from './saved.ts';
export type * from './types.ts';

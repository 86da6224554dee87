/**
 * # The saved-list file: what "Export" writes and "Import" reads
 *
 * One UTF-8 JSON object of at most 5 MB (a bigger file is refused before it is read):
 *
 * ```json
 * {
 *   "format": "find-local-support/saved",
 *   "version": 1,
 *   "exportedAt": "2026-12-03T10:00:00.000Z",
 *   "lists": [{ "id": "my-list", "name": "", "createdAt": "2026-12-01T09:00:00.000Z" }],
 *   "items": [{ "id": "service:bs-lunch", "kind": "service", "refId": "bs-lunch", "listId": "my-list",
 *               "savedAt": "2026-12-01T09:00:00.000Z", "record": { "id": "bs-lunch", "name": "…", "...": "…" } }],
 *   "notes": [{ "id": "service:bs-lunch", "text": "Ask about transport", "updatedAt": "…" }],
 *   "tracker": [{ "id": "service:bs-lunch", "status": "contacted", "next": "2026-12-09T14:00",
 *                 "log": [{ "at": "2026-12-03", "text": "Phoned, call back Friday" }], "updatedAt": "…" }]
 * }
 * ```
 *
 * - `record` is the whole service (ORUK fields) or guide, so an item still shows after it leaves the
 *   directory. The list named "" is the default list ("My list" in the reader's language).
 * - `tracker.status` is one of `want-to-try`, `contacted`, `going`, `stopped`; `next` is a local
 *   date `YYYY-MM-DD` or date and time `YYYY-MM-DDTHH:MM`; `log[].at` a date.
 * - `version` changes only when a field changes meaning. A reader refuses a version it does not know
 *   rather than guess, so an old app never half-reads a newer file.
 * - A file is taken whole or not at all: any problem (not JSON, not this format, another version,
 *   too many items, a field of the wrong type, web page code or a `javascript:` address anywhere)
 *   refuses the file and nothing on the device changes. Saved text is only ever shown as text, but a
 *   file carrying code is not what a person exported, so it is turned away and they are told.
 *
 * Pure: no storage, no DOM. The UI turns each problem's `code` into words.
 */

import type { Guide } from './guide.ts';
import type { Service } from './model.ts';

export type SavedKind = 'service' | 'guide';
export type TrackerStatus = 'want-to-try' | 'contacted' | 'going' | 'stopped';
export const TRACKER_STATUSES: readonly TrackerStatus[] = ['want-to-try', 'contacted', 'going', 'stopped'];

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
export interface SavedNote {
  id: string;
  text: string;
  updatedAt: string;
}
export interface TrackerEntry {
  id: string;
  status: TrackerStatus;
  next?: string;
  log: { at: string; text: string }[];
  updatedAt: string;
}
export interface SavedSnapshot {
  lists: SavedList[];
  items: SavedItem[];
  notes: SavedNote[];
  tracker: TrackerEntry[];
}
export interface SavedFile extends SavedSnapshot {
  format: typeof SAVED_FILE_FORMAT;
  version: typeof SAVED_FILE_VERSION;
  exportedAt: string;
}

export const SAVED_FILE_FORMAT = 'find-local-support/saved';
export const SAVED_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_LIST_ID = 'my-list';
export const LIMITS = { lists: 100, items: 2000, listName: 80, note: 5000, logEntries: 200, logText: 500, text: 20000, depth: 16, nodes: 300000 } as const;

export type ProblemCode = 'too-big' | 'empty' | 'not-json' | 'not-ours' | 'version' | 'too-many' | 'web-code' | 'bad-field';
export interface FileProblem {
  code: ProblemCode;
  /** Where, as a path such as `items[2].record.name`; empty for the whole file. */
  at: string;
}
export type ReadResult = { ok: true; file: SavedFile } | { ok: false; problems: FileProblem[] };

/** Checked before a byte is read, so a 50 MB file never reaches the parser. */
export function checkFileSize(bytes: number): FileProblem | undefined {
  if (!(bytes > 0)) return { code: 'empty', at: '' };
  return bytes > MAX_FILE_BYTES ? { code: 'too-big', at: '' } : undefined;
}

export function readSavedFile(text: string): ReadResult {
  if (typeof text !== 'string' || !text.trim()) return fail('empty');
  // UTF-16 length is at most the byte length, so this catches what slipped past checkFileSize.
  if (text.length > MAX_FILE_BYTES) return fail('too-big');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  return validateSavedFile(value);
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const NEXT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;
const URL_KEYS = new Set(['url', 'website', 'href']);
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;
const BAD_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Markup or a script address: never in anything a person exported from this app. */
export function looksLikeWebCode(s: string): boolean {
  // Browsers ignore tabs, newlines and control characters inside a URL scheme ("java\tscript:").
  if (/<[a-z!?/]/i.test(s)) return true;
  if (!s.includes(':')) return false;
  const squashed = [...s].filter((c) => c.charCodeAt(0) > 32).join('').toLowerCase();
  return /(?:java|vb|live)script:|data:text\/html/.test(squashed);
}

function fail(code: ProblemCode, at = ''): ReadResult {
  return { ok: false, problems: [{ code, at }] };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number = LIMITS.text): v is string => typeof v === 'string' && v.length <= max;

/** Never throws: every input, however strange, becomes a file or a list of problems. */
export function validateSavedFile(value: unknown): ReadResult {
  try {
    return validate(value);
  } catch {
    return fail('bad-field');
  }
}

function validate(value: unknown): ReadResult {
  if (!isObj(value) || value.format !== SAVED_FILE_FORMAT) return fail('not-ours');
  if (value.version !== SAVED_FILE_VERSION) return fail('version');
  const problems: FileProblem[] = [];
  const add = (code: ProblemCode, at: string) => problems.length < 20 && problems.push({ code, at });
  // The whole tree first: depth, size, hostile keys, code in any string, unsafe addresses.
  let nodes = 0;
  const walk = (v: unknown, at: string, depth: number, key: string): void => {
    if (++nodes > LIMITS.nodes || depth > LIMITS.depth) return void add('too-many', at);
    if (typeof v === 'string') {
      if (v.length > LIMITS.text) add('bad-field', at);
      else if (looksLikeWebCode(v) || (URL_KEYS.has(key) && !SAFE_URL.test(v.trim()))) add('web-code', at);
    } else if (Array.isArray(v)) {
      if (v.length > LIMITS.items * 2) return void add('too-many', at);
      v.forEach((x, i) => walk(x, `${at}[${i}]`, depth + 1, key));
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        if (BAD_KEYS.has(k) || looksLikeWebCode(k)) add('web-code', `${at}.${k}`);
        else walk(v[k], at ? `${at}.${k}` : k, depth + 1, k);
      }
    } else if (v !== null && typeof v !== 'number' && typeof v !== 'boolean') add('bad-field', at);
  };
  walk(value, '', 0, '');
  if (problems.length) return { ok: false, problems };

  const arr = (k: string, max: number): unknown[] => {
    const v = value[k];
    if (Array.isArray(v) && v.length <= max) return v;
    add(Array.isArray(v) ? 'too-many' : 'bad-field', k);
    return [];
  };
  if (!isText(value.exportedAt, 40) || !ISO.test(value.exportedAt)) add('bad-field', 'exportedAt');
  const lists = arr('lists', LIMITS.lists);
  const items = arr('items', LIMITS.items);
  const notes = arr('notes', LIMITS.items);
  const tracker = arr('tracker', LIMITS.items);
  const when = (v: unknown) => isText(v, 40) && ISO.test(v);

  const listIds = new Set<string>([DEFAULT_LIST_ID]);
  lists.forEach((l, i) => {
    const ok = isObj(l) && isText(l.id, 128) && ID.test(l.id) && isText(l.name, LIMITS.listName) && when(l.createdAt);
    if (!ok || (listIds.has(l.id as string) && l.id !== DEFAULT_LIST_ID)) add('bad-field', `lists[${i}]`);
    else listIds.add(l.id as string);
  });
  const itemKinds = new Map<string, SavedKind>();
  items.forEach((it, i) => {
    const at = `items[${i}]`;
    if (!isObj(it) || (it.kind !== 'service' && it.kind !== 'guide')) return void add('bad-field', at);
    // Known from here on, so one bad field is reported once, not again for its note and tracker.
    const dup = typeof it.id === 'string' && itemKinds.has(it.id);
    if (typeof it.id === 'string' && !dup) itemKinds.set(it.id, it.kind);
    if (!isText(it.refId, 128) || !ID.test(it.refId)) return void add('bad-field', `${at}.refId`);
    if (dup || it.id !== `${it.kind}:${it.refId}`) return void add('bad-field', `${at}.id`);
    if (!isText(it.listId, 128) || !listIds.has(it.listId)) return void add('bad-field', `${at}.listId`);
    if (!when(it.savedAt)) return void add('bad-field', `${at}.savedAt`);
    const bad = it.kind === 'service' ? checkService(it.record, it.refId) : checkGuide(it.record, it.refId);
    if (bad !== undefined) add('bad-field', `${at}.record${bad ? `.${bad}` : ''}`);
  });
  const seen = (kind: 'notes' | 'tracker') => {
    const ids = new Set<string>();
    return (id: unknown): boolean => typeof id === 'string' && itemKinds.has(id) && !ids.has(id) && !!ids.add(id) && (kind === 'notes' || itemKinds.get(id) === 'service');
  };
  const noteOk = seen('notes');
  notes.forEach((n, i) => {
    if (!isObj(n) || !noteOk(n.id) || !isText(n.text, LIMITS.note) || !when(n.updatedAt)) add('bad-field', `notes[${i}]`);
  });
  const trackerOk = seen('tracker');
  tracker.forEach((e, i) => {
    const ok =
      isObj(e) &&
      trackerOk(e.id) &&
      TRACKER_STATUSES.includes(e.status as TrackerStatus) &&
      (e.next === undefined || (isText(e.next, 16) && NEXT.test(e.next))) &&
      when(e.updatedAt) &&
      Array.isArray(e.log) &&
      e.log.length <= LIMITS.logEntries &&
      e.log.every((x) => isObj(x) && when(x.at) && isText(x.text, LIMITS.logText));
    if (!ok) add('bad-field', `tracker[${i}]`);
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, file: value as unknown as SavedFile };
}

/** The fields the app reads from a saved service, checked for type. Returns the bad field, '' for the whole record, or undefined. */
function checkService(r: unknown, refId: string): string | undefined {
  if (!isObj(r)) return '';
  if (r.id !== refId) return 'id';
  if (!isText(r.name, 500) || !r.name.trim()) return 'name';
  if (!['active', 'inactive', 'defunct', 'temporarily closed'].includes(r.status as string)) return 'status';
  if (!Array.isArray(r.topics) || !r.topics.every((x) => typeof x === 'string')) return 'topics';
  for (const k of ['description', 'url', 'email', 'fees', 'alert', 'assured_date'] as const) if (r[k] !== undefined && typeof r[k] !== 'string') return k;
  if (r.organization !== undefined && (!isObj(r.organization) || typeof r.organization.name !== 'string')) return 'organization';
  if (!arrayOf(r.phones, (p) => isObj(p) && typeof p.number === 'string')) return 'phones';
  if (!arrayOf(r.schedules, (s) => isObj(s) && Object.entries(s).every(([k, v]) => (k === 'interval' ? Number.isInteger(v) : typeof v === 'string')))) return 'schedules';
  const location = (l: unknown) =>
    isObj(l) &&
    ['physical', 'postal', 'virtual'].includes(l.location_type as string) &&
    (l.name === undefined || typeof l.name === 'string') &&
    (l.latitude === undefined || typeof l.latitude === 'number') &&
    (l.longitude === undefined || typeof l.longitude === 'number') &&
    arrayOf(l.addresses, (a) => isObj(a) && ['address_1', 'city', 'postal_code'].every((k) => typeof a[k] === 'string'));
  if (!arrayOf(r.service_at_locations, (sal) => isObj(sal) && location(sal.location))) return 'service_at_locations';
  return undefined;
}

function checkGuide(r: unknown, refId: string): string | undefined {
  if (!isObj(r)) return '';
  if (r.slug !== refId) return 'slug';
  if (!isText(r.title, 500) || !r.title.trim()) return 'title';
  for (const k of ['summary', 'theme', 'audience', 'last_reviewed'] as const) if (typeof r[k] !== 'string') return k;
  if (typeof r.readingMinutes !== 'number') return 'readingMinutes';
  if (!Array.isArray(r.topics) || !r.topics.every((x) => typeof x === 'string')) return 'topics';
  if (!arrayOf(r.sources, (s) => isObj(s) && typeof s.name === 'string' && typeof s.url === 'string')) return 'sources';
  const inline = (x: unknown): boolean =>
    isObj(x) && (x.t === 'text' ? typeof x.v === 'string' : (x.t === 'strong' || x.t === 'em' || (x.t === 'link' && typeof x.href === 'string')) && arrayOf(x.c, inline));
  const block = (b: unknown): boolean =>
    isObj(b) && (b.type === 'list' ? arrayOf(b.items, (row) => arrayOf(row, inline)) : (b.type === 'paragraph' || b.type === 'heading') && arrayOf(b.c, inline));
  if (!Array.isArray(r.blocks) || !arrayOf(r.blocks, block)) return 'blocks';
  return undefined;
}

/** Absent, or an array whose every entry passes. */
function arrayOf(v: unknown, ok: (x: unknown) => boolean): boolean {
  return v === undefined || (Array.isArray(v) && v.every(ok));
}

export function buildSavedFile(data: SavedSnapshot, now: Date): SavedFile {
  return { format: SAVED_FILE_FORMAT, version: SAVED_FILE_VERSION, exportedAt: now.toISOString(), ...data };
}

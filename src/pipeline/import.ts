/**
 * `npm run import`, the pure part: reads the text of an ORUK feed, maps every record to our
 * service format (import-map.ts), and checks the result on its own and together with data/.
 * No file system here (see import-cli.ts), so every rule is unit-testable. Reading the feed's
 * text (parseFeed) is in import-feed.ts.
 */
import { physicalLocations, type Service } from '../core/model.ts';
import { validateService } from '../core/validate.ts';
import { compile, type FileProblem, type SourceFile } from './compile.ts';
import type { Feed } from './import-feed.ts';
import { mapRecord } from './import-map.ts';
import { toPlainLine } from './import-text.ts';

export { MAX_FEED_BYTES, parseFeed, type Feed } from './import-feed.ts';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export interface ImportOptions {
  /** Put in front of every source id; empty for none. */
  prefix: string;
  topics: ReadonlySet<string>;
  today: Date;
  /** Ids already in data/ (id → file), which the new services must not reuse. */
  existingIds: ReadonlyMap<string, string>;
  /** With duplicate ids in the feed, import the first record and skip the others (else: stop). */
  keepFirst: boolean;
}

export interface ImportResult {
  read: number;
  services: Service[];
  skipped: { record: string; reason: string }[];
  /** Problems that stop the import: nothing may be written. */
  problems: string[];
  /** What was cleaned up, with counts: "web address repaired (e.g. "https://" added)" → 25. */
  notes: Map<string, number>;
  phonesFromText: number;
  servicesWithTextPhones: number;
  topicFallbacks: number;
  withoutLocation: number;
}

const short = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}...` : s);
const label = (i: number, name?: string, id?: string) => `#${i + 1}${name ? ` "${short(name)}"` : id ? ` (id "${short(id)}")` : ''}`;

function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function importFeed(feed: Feed, opts: ImportOptions): ImportResult {
  const result: ImportResult = { read: feed.records.length, services: [], skipped: [], problems: [], notes: new Map(), phonesFromText: 0, servicesWithTextPhones: 0, topicFallbacks: 0, withoutLocation: 0 };
  const note = (kind: string) => result.notes.set(kind, (result.notes.get(kind) ?? 0) + 1);
  const mapped: { index: number; service: Service; phonesFromText: number; topicFallback: boolean }[] = [];
  feed.records.forEach((raw, index) => {
    const m = mapRecord(raw, { prefix: opts.prefix, topics: opts.topics, note });
    const rawName = isObject(raw) ? raw.name : undefined;
    if (!m.service) {
      const rawId = isObject(raw) && typeof raw.id === 'string' ? toPlainLine(raw.id) : undefined;
      result.skipped.push({ record: label(index, toPlainLine(rawName), rawId), reason: m.skip ?? 'could not be read' });
      return;
    }
    const errors = validateService(m.service, index, { topics: opts.topics, today: opts.today }).filter((p) => p.severity === 'error');
    if (errors.length) {
      result.skipped.push({ record: label(index, m.service.name), reason: `fails the checks: ${errors.slice(0, 3).map((p) => `${p.field} ${p.message}`.trim()).join('; ')}` });
      return;
    }
    // Belt and braces: conversion removes markup, but nothing script-like may ever be written.
    if (/<\s*\/?\s*script/i.test(JSON.stringify(m.service))) {
      result.skipped.push({ record: label(index, m.service.name), reason: 'still contains a <script> tag after cleaning' });
      return;
    }
    mapped.push({ index, service: m.service, phonesFromText: m.phonesFromText, topicFallback: m.topicFallback });
  });

  const byId = new Map<string, typeof mapped>();
  for (const m of mapped) byId.set(m.service.id, [...(byId.get(m.service.id) ?? []), m]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    if (opts.keepFirst) {
      for (const m of rest) result.skipped.push({ record: label(m.index, m.service.name), reason: `has the same id as ${label(first!.index, first!.service.name)}: kept the first (--keep-first)` });
    } else {
      result.problems.push(`records ${listOf(group.map((m) => label(m.index, m.service.name)))} have the same id "${id}": fix the feed, or run again with --keep-first to import only the first of them`);
    }
  }
  const kept = mapped.filter((m) => byId.get(m.service.id)![0] === m);
  for (const m of kept) {
    const clash = opts.existingIds.get(m.service.id);
    if (clash) result.problems.push(`record ${label(m.index, m.service.name)} has the id "${m.service.id}", which ${clash} already uses: import with another --prefix`);
  }
  if (result.problems.length) return result;
  skippedInOrder(result);
  for (const m of kept) {
    result.services.push(m.service);
    result.phonesFromText += m.phonesFromText;
    if (m.phonesFromText) result.servicesWithTextPhones++;
    if (m.topicFallback) result.topicFallbacks++;
    if (!physicalLocations(m.service).length) result.withoutLocation++;
  }
  if (!result.services.length) result.problems.push(`none of the ${result.read} records could be imported (${listOf([...new Set(result.skipped.map((s) => s.reason))].slice(0, 3))})`);
  return result;
}

function skippedInOrder(result: ImportResult) {
  const n = (r: string) => Number(/^#(\d+)/.exec(r)?.[1] ?? 0);
  result.skipped.sort((a, b) => n(a.record) - n(b.record));
}

/** The services as data/services/*.json holds them: a JSON array, two-space indented. */
export function serialise(services: Service[]): string {
  return `${JSON.stringify(services, null, 2)}\n`;
}

export interface DataFiles {
  config: SourceFile;
  topics: SourceFile;
  themes: SourceFile;
  services: SourceFile[];
  guides: SourceFile[];
}

export interface DataCheck {
  errors: FileProblem[];
  /** Warnings about the new file only (data/ may have its own). */
  warnings: FileProblem[];
  /** Services in the compiled dataset, new ones included. */
  total?: number;
}

/** Compiles data/ with the new file in it (replacing a file of the same name), as `npm run data` would. */
export function checkWithData(data: DataFiles, output: SourceFile, today: Date): DataCheck {
  const result = compile({ ...data, services: [...data.services.filter((f) => f.name !== output.name), output], today });
  return {
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning' && p.file === output.name),
    total: result.manifest?.counts.services,
  };
}

/** Groups warnings that differ only in their values: "assured_date is more than 12 months ago…" → 700. */
export function groupWarnings(warnings: FileProblem[]): [string, number][] {
  const groups = new Map<string, number>();
  for (const w of warnings) {
    const key = `${w.field.replace(/\[\d+\]/g, '[]')} ${w.message.replace(/"[^"]*"\s*/g, '')}`.trim();
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

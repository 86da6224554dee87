/**
 * Keyword search over services: typo-tolerant, prefix-aware, stemmed, with field boosts. The
 * index can be built here, in a Web Worker, or at build time, and moved as JSON text.
 */
import type { Service, Topic } from '../model.ts';
import { decodeIndex, encodeIndex } from './codec.ts';
import { buildCompact, query, type CompactIndex, type FieldSpec } from './engine.ts';
import { queryTerms } from './text.ts';

export interface SearchHit {
  id: string;
  score: number;
  /** Indexed (stemmed) terms that matched, for highlighting. */
  terms: string[];
}

export interface SearchOpts {
  /** At most this many hits (default 50; Infinity for every match). */
  limit?: number;
  /** Only ids passing this count toward the limit: apply distance or topic filters here. */
  filter?: (id: string) => boolean;
}

declare const serviceIndex: unique symbol;
/** Opaque: build with buildIndex or loadIndex, read with search. */
export type ServiceIndex = CompactIndex & { readonly [serviceIndex]: true };

export const SERVICE_BOOSTS = { name: 3, topics: 2.5, organization: 1.5, description: 1, eligibility: 1 } as const;

/** Bumped whenever fields, boosts or term processing change, so a stale prebuilt index is refused. */
export const INDEX_VERSION = 'services-1';

export function buildIndex(services: readonly Service[], topics: readonly Topic[]): ServiceIndex {
  const labels = new Map((topics ?? []).map((t) => [t.id, t.label]));
  const fields: FieldSpec<Service>[] = [
    { name: 'name', boost: SERVICE_BOOSTS.name, get: (s) => s.name },
    { name: 'topics', boost: SERVICE_BOOSTS.topics, get: (s) => (s.topics ?? []).map((t) => labels.get(t) ?? t).join('. '), repeats: true },
    { name: 'organization', boost: SERVICE_BOOSTS.organization, get: (s) => s.organization?.name },
    { name: 'description', boost: SERVICE_BOOSTS.description, get: (s) => s.description },
    { name: 'eligibility', boost: SERVICE_BOOSTS.eligibility, get: (s) => s.eligibility_description, repeats: true },
  ];
  // A repeated id keeps its first record, as the compiled data does.
  const seen = new Set<string>();
  const unique = services.filter((s) => typeof s?.id === 'string' && !seen.has(s.id) && seen.add(s.id));
  return buildCompact(unique, fields, (s) => s.id) as ServiceIndex;
}

export function indexSize(index: ServiceIndex): number {
  return index.ids.length;
}

export function serializeIndex(index: ServiceIndex): string {
  return encodeIndex(index, INDEX_VERSION);
}

/** Undefined when the text is damaged or from another version: build afresh instead. */
export function loadIndex(json: unknown): ServiceIndex | undefined {
  return typeof json === 'string' ? (decodeIndex(json, INDEX_VERSION) as ServiceIndex | undefined) : undefined;
}

export function clampLimit(limit: unknown): number {
  if (limit === Infinity) return Number.MAX_SAFE_INTEGER;
  return typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 50;
}

export function runQuery(index: CompactIndex, q: unknown, opts: SearchOpts): SearchHit[] {
  const keep = typeof opts.filter === 'function' ? (doc: number) => opts.filter!(index.ids[doc]) : undefined;
  return query(index, queryTerms(q), clampLimit(opts.limit), keep).map((h) => ({ id: index.ids[h.doc], score: h.score, terms: h.terms }));
}

/** Ranked hits, best first; a blank or junk query gives none (treat that as "no keyword filter"). */
export function search(index: ServiceIndex, q: unknown, opts: SearchOpts = {}): SearchHit[] {
  return runQuery(index, q, opts ?? {});
}

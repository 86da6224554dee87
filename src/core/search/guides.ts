/** Keyword search over the resource pack's guides: title, then topics, then summary. */
import type { Guide } from '../guide.ts';
import type { Topic } from '../model.ts';
import { buildCompact, type CompactIndex } from './engine.ts';
import { runQuery, type SearchHit, type SearchOpts } from './services.ts';

declare const guideIndex: unique symbol;
export type GuideIndex = CompactIndex & { readonly [guideIndex]: true };

export const GUIDE_BOOSTS = { title: 3, topics: 2, summary: 1 } as const;

/** Hits carry the guide's slug as their id. */
export function buildGuideIndex(guides: readonly Guide[], topics: readonly Topic[]): GuideIndex {
  const labels = new Map((topics ?? []).map((t) => [t.id, t.label]));
  const seen = new Set<string>();
  const unique = guides.filter((g) => typeof g?.slug === 'string' && !seen.has(g.slug) && seen.add(g.slug));
  const fields = [
    { name: 'title', boost: GUIDE_BOOSTS.title, get: (g: Guide) => g.title },
    { name: 'topics', boost: GUIDE_BOOSTS.topics, get: (g: Guide) => (g.topics ?? []).map((t) => labels.get(t) ?? t).join('. ') },
    { name: 'summary', boost: GUIDE_BOOSTS.summary, get: (g: Guide) => g.summary },
  ];
  return buildCompact(unique, fields, (g) => g.slug) as GuideIndex;
}

export function searchGuides(index: GuideIndex, q: unknown, opts: SearchOpts = {}): SearchHit[] {
  return runQuery(index, q, opts ?? {});
}

/** Which guides belong together: for a theme, a dementia path, and "related guides". */
import type { Guide } from '../core/guide.ts';

/**
 * Guides most like `guide`: same theme counts for two shared topics, because a theme is the
 * pack's own grouping; ties go to the title so the list is stable between visits.
 */
export function relatedGuides(guide: Guide, all: readonly Guide[], limit = 3): Guide[] {
  const topics = new Set(guide.topics);
  return all
    .filter((g) => g.slug !== guide.slug)
    .map((g) => ({ g, score: (g.theme === guide.theme ? 2 : 0) + g.topics.filter((t) => topics.has(t)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.g.title.localeCompare(b.g.title, 'en-GB'))
    .slice(0, limit)
    .map((x) => x.g);
}

export type DementiaPath = 'living' | 'caring';

export const DEMENTIA_PATHS: Record<DementiaPath, { theme: string; topic: string }> = {
  living: { theme: 'living-with-dementia', topic: 'dementia-people' },
  caring: { theme: 'caring-dementia', topic: 'dementia-carers' },
};

export function isDementiaPath(v: string | undefined): v is DementiaPath {
  return v === 'living' || v === 'caring';
}

/** The path's own theme first, then guides from other themes that share its dementia topic. */
export function pathGuides(path: DementiaPath, all: readonly Guide[]): Guide[] {
  const { theme, topic } = DEMENTIA_PATHS[path];
  return [...all.filter((g) => g.theme === theme), ...all.filter((g) => g.theme !== theme && g.topics.includes(topic))];
}

/** The path a dementia theme belongs to, so a theme page can point to its support lines. */
export function pathForTheme(theme: string): DementiaPath | undefined {
  return (Object.keys(DEMENTIA_PATHS) as DementiaPath[]).find((p) => DEMENTIA_PATHS[p].theme === theme);
}

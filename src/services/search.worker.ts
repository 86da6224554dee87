/// <reference lib="webworker" />
/**
 * Builds and queries the keyword index off the main thread, so typing never waits on indexing
 * (a 20,000-service area takes long enough to notice).
 */
import { buildGuideIndex, buildIndex, search, searchGuides, type GuideIndex, type ServiceIndex } from '../core/search/index.ts';
import type { Guide } from '../core/guide.ts';
import type { Service, Topic } from '../core/model.ts';

export type WorkerRequest =
  | { type: 'index'; version: string; services: Service[]; guides: Guide[]; topics: Topic[] }
  | { type: 'search'; id: number; version: string; q: string; limit: number; guides: boolean };

export type WorkerResponse = { type: 'indexed'; version: string } | { type: 'result'; id: number; hits: { id: string; score: number }[]; guideHits: { id: string; score: number }[] };

let current: { version: string; services: ServiceIndex; guides: GuideIndex } | undefined;

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'index') {
    current = { version: msg.version, services: buildIndex(msg.services, msg.topics), guides: buildGuideIndex(msg.guides, msg.topics) };
    (self as unknown as Worker).postMessage({ type: 'indexed', version: msg.version } satisfies WorkerResponse);
    return;
  }
  const hits = current ? search(current.services, msg.q, { limit: msg.limit }).map(({ id, score }) => ({ id, score })) : [];
  const guideHits = current && msg.guides ? searchGuides(current.guides, msg.q, { limit: 10 }).map(({ id, score }) => ({ id, score })) : [];
  (self as unknown as Worker).postMessage({ type: 'result', id: msg.id, hits, guideHits } satisfies WorkerResponse);
};

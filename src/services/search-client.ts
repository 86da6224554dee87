/** Talks to the search worker; falls back to searching on the main thread if workers fail. */
import type { Dataset } from '../dataset/index.ts';
import type { WorkerRequest, WorkerResponse } from './search.worker.ts';

export interface KeywordHits {
  services: Map<string, number>;
  guides: Map<string, number>;
}

let worker: Worker | undefined;
let indexedVersion: string | undefined;
let nextId = 1;
const pending = new Map<number, (r: KeywordHits) => void>();
let fallback: ((q: string, limit: number) => Promise<KeywordHits>) | undefined;

function toHits(r: Extract<WorkerResponse, { type: 'result' }>): KeywordHits {
  return { services: new Map(r.hits.map((h) => [h.id, h.score])), guides: new Map(r.guideHits.map((h) => [h.id, h.score])) };
}

async function mainThread(data: Dataset): Promise<(q: string, limit: number) => Promise<KeywordHits>> {
  const { buildIndex, buildGuideIndex, search, searchGuides } = await import('../core/search/index.ts');
  const services = buildIndex(data.services, data.manifest.topics);
  const guides = buildGuideIndex(data.guides, data.manifest.topics);
  return async (q, limit) => ({
    services: new Map(search(services, q, { limit }).map((h) => [h.id, h.score])),
    guides: new Map(searchGuides(guides, q, { limit: 10 }).map((h) => [h.id, h.score])),
  });
}

function ensureWorker(data: Dataset): void {
  if (fallback) return;
  if (!worker) {
    try {
      worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        if (e.data.type === 'result') {
          pending.get(e.data.id)?.(toHits(e.data));
          pending.delete(e.data.id);
        }
      };
      worker.onerror = () => {
        worker = undefined;
        void mainThread(data).then((f) => (fallback = f));
      };
    } catch {
      void mainThread(data).then((f) => (fallback = f));
      return;
    }
  }
  if (indexedVersion !== data.manifest.version) {
    indexedVersion = data.manifest.version;
    worker.postMessage({ type: 'index', version: data.manifest.version, services: data.services, guides: data.guides, topics: data.manifest.topics } satisfies WorkerRequest);
  }
}

/** Keyword hits for `q` in this dataset (messages are handled in order, so indexing comes first). */
export async function keywordSearch(data: Dataset, q: string, limit = 5000): Promise<KeywordHits> {
  ensureWorker(data);
  if (fallback) return fallback(q, limit);
  if (!worker) {
    fallback = await mainThread(data);
    return fallback(q, limit);
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ type: 'search', id, version: data.manifest.version, q, limit, guides: true } satisfies WorkerRequest);
  });
}

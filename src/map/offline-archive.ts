/**
 * The offline map: a PMTiles archive the deployer hosts, downloaded once and kept on the device.
 * Kept in Cache Storage, not IndexedDB (src/storage/ owns that) and not the worker's tile cache:
 * the map reads it with byte-range slices of the stored Blob, which HTTP caching of range
 * requests could never give, and Cache Storage takes a streamed body, so a large archive is
 * never held in memory while it downloads. Light on purpose: Settings imports this.
 */
import type { SiteConfig } from '../core/manifest.ts';

const CACHE = 'offline-map-v1';
const SAVED_AT = 'x-saved-at';

export interface SavedArchive {
  url: string;
  bytes: number;
  savedAt: string;
}

/** `map.offline_map` in data/config.json: a same-site path or an https URL, else nothing. */
export function offlineMapUrl(config: SiteConfig | undefined): string | undefined {
  const raw = (config?.map as { offline_map?: unknown } | undefined)?.offline_map;
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    const url = new URL(raw, location.origin);
    return url.protocol === 'https:' || url.origin === location.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const canSaveMap = () => typeof caches !== 'undefined' && typeof ReadableStream !== 'undefined' && typeof TransformStream !== 'undefined';

async function entry(): Promise<{ url: string; res: Response } | undefined> {
  if (!canSaveMap()) return undefined;
  const cache = await caches.open(CACHE);
  const [req] = await cache.keys();
  const res = req && (await cache.match(req));
  return res ? { url: req.url, res } : undefined;
}

export async function savedArchive(): Promise<SavedArchive | undefined> {
  const e = await entry().catch(() => undefined);
  if (!e) return undefined;
  return { url: e.url, bytes: Number(e.res.headers.get('content-length')) || (await e.res.blob()).size, savedAt: e.res.headers.get(SAVED_AT) ?? '' };
}

/** The stored archive as a Blob (disk-backed: reading a slice reads only those bytes). */
export async function savedArchiveBlob(): Promise<{ url: string; blob: Blob } | undefined> {
  const e = await entry().catch(() => undefined);
  return e && { url: e.url, blob: await e.res.blob() };
}

/** The download size, asked before anything is downloaded; undefined when the host does not say. */
export async function archiveSize(url: string, signal?: AbortSignal): Promise<number | undefined> {
  const res = await fetch(url, { method: 'HEAD', cache: 'no-store', signal });
  const n = Number(res.headers.get('content-length'));
  return res.ok && n > 0 ? n : undefined;
}

export type DownloadError = 'cancelled' | 'failed' | 'noSpace' | 'invalid';

export class DownloadFailure extends Error {
  constructor(readonly reason: DownloadError) {
    super(reason);
  }
}

/**
 * Downloads and stores the archive, replacing any other. Cancelling (the signal) or any failure
 * stores nothing: Cache Storage commits the whole body or none of it.
 */
export async function downloadArchive(url: string, opts: { signal: AbortSignal; onProgress(done: number, total?: number): void }): Promise<SavedArchive> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store', signal: opts.signal });
  } catch {
    throw new DownloadFailure(opts.signal.aborted ? 'cancelled' : 'failed');
  }
  if (!res.ok || !res.body) throw new DownloadFailure('failed');
  const total = Number(res.headers.get('content-length')) || undefined;
  let done = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        done += chunk.byteLength;
        opts.onProgress(done, total);
        out.enqueue(chunk);
      },
    }),
  );
  const cache = await caches.open(CACHE);
  const savedAt = new Date().toISOString();
  try {
    await cache.put(url, new Response(counted, { headers: { 'content-type': 'application/vnd.pmtiles', [SAVED_AT]: savedAt } }));
  } catch (e) {
    if (opts.signal.aborted) throw new DownloadFailure('cancelled');
    throw new DownloadFailure((e as Error)?.name === 'QuotaExceededError' ? 'noSpace' : 'failed');
  }
  const stored = await cache.match(url);
  const blob = await stored?.blob();
  if (!blob || !isRasterPmtiles(new Uint8Array(await blob.slice(0, 127).arrayBuffer()))) {
    await cache.delete(url);
    throw new DownloadFailure('invalid');
  }
  for (const req of await cache.keys()) if (req.url !== new URL(url, location.origin).href) await cache.delete(req);
  return { url, bytes: blob.size, savedAt };
}

/**
 * A PMTiles v3 header ("PMTiles", version 3) whose tile type (byte 99) is PNG, JPEG, WebP or AVIF:
 * the map draws raster tiles only, so a vector archive would download and then show nothing.
 */
export function isRasterPmtiles(header: Uint8Array): boolean {
  const magic = String.fromCharCode(...header.slice(0, 7));
  return header.length >= 127 && magic === 'PMTiles' && header[7] === 3 && header[99] >= 2 && header[99] <= 5;
}

export async function removeArchive(): Promise<void> {
  if (canSaveMap()) await caches.delete(CACHE);
}

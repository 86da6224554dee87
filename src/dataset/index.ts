/**
 * The dataset the pages read. Served from IndexedDB (src/storage/) so it is there offline and
 * survives updates; fetched from /data/ (precached by the worker) on first run and whenever the
 * published manifest names a newer version, then installed atomically.
 */
import { useEffect, useState } from 'preact/hooks';
import { areaFilesFor, type DatasetManifest, type PostcodeIndex } from '../core/manifest.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { installDataset, readDataset, readManifest, type StoredDataset } from '../storage/index.ts';

export interface Dataset {
  manifest: DatasetManifest;
  services: Service[];
  byId: Map<string, Service>;
  guides: Guide[];
  postcodes: PostcodeIndex;
  extra: Record<string, unknown>;
}

export type DatasetState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; data: Dataset };
export type ManifestState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; manifest: DatasetManifest };

const BASE = '/data/';

async function getJson<T>(file: string): Promise<T> {
  // Only the manifest changes under its name; the other files are named by their content, so the
  // HTTP cache (which the worker's precache then reuses) can answer for them.
  const res = await fetch(BASE + file, { cache: file === 'manifest.json' ? 'no-cache' : 'default' });
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Extra per-dataset files the manifest may name (e.g. places) beyond services and guides. */
const EXTRA_KEYS = ['places'] as const;

async function fetchDataset(manifest: DatasetManifest): Promise<StoredDataset> {
  const areaFiles = areaFilesFor(manifest);
  const extraEntries = EXTRA_KEYS.flatMap((k) => {
    const f = (manifest as unknown as Record<string, { file?: string } | undefined>)[k]?.file;
    return f ? [[k, f] as const] : [];
  });
  const [national, guides, postcodes, extras, ...areas] = await Promise.all([
    getJson<Service[]>(manifest.national.file),
    getJson<Guide[]>(manifest.guides.file),
    getJson<PostcodeIndex>(manifest.postcodes.file),
    Promise.all(extraEntries.map(async ([k, f]) => [k, await getJson<unknown>(f)] as const)),
    ...areaFiles.map((f) => getJson<Service[]>(f)),
  ]);
  if (!Array.isArray(national) || !Array.isArray(guides) || areas.some((a) => !Array.isArray(a))) throw new Error('A data file is not in the expected shape');
  return { manifest, services: [...areas.flat(), ...national], guides, postcodes, extra: Object.fromEntries(extras) };
}

function toDataset(d: StoredDataset): Dataset {
  return { ...d, byId: new Map(d.services.map((s) => [s.id, s])) };
}

let current: Dataset | undefined;
let currentManifest: DatasetManifest | undefined;
let loading: Promise<Dataset> | undefined;
const listeners = new Set<(d: Dataset) => void>();
const manifestListeners = new Set<(m: DatasetManifest) => void>();

function publishManifest(m: DatasetManifest): void {
  if (currentManifest?.version === m.version) return;
  currentManifest = m;
  manifestListeners.forEach((l) => l(m));
}

function publish(d: Dataset): void {
  // A local timing mark (never sent anywhere): `npm run bench` reports when the services were ready.
  if (!current && typeof performance !== 'undefined') performance.mark('dataset-ready');
  current = d;
  publishManifest(d.manifest);
  listeners.forEach((l) => l(d));
}

/** Installs the published dataset if it is newer than the one stored. Never throws. */
export async function refreshDataset(): Promise<'updated' | 'current' | 'failed'> {
  try {
    const manifest = await getJson<DatasetManifest>('manifest.json');
    if (current && manifest.version === current.manifest.version) return 'current';
    const fresh = await fetchDataset(manifest);
    // Show the new data at once, and even if storing it fails (quota): the stored copy then stays
    // the old one, complete.
    publish(toDataset(fresh));
    await installDataset(fresh).catch(() => undefined);
    return 'updated';
  } catch {
    return 'failed';
  }
}

export function loadDataset(): Promise<Dataset> {
  loading ??= (async () => {
    // The manifest first: Home's search box and topics need only it, while a large area's
    // services take a second or two more to read.
    const storedManifest = await readManifest().catch(() => undefined);
    if (storedManifest) publishManifest(storedManifest);
    const stored = storedManifest ? await readDataset().catch(() => undefined) : undefined;
    if (stored) {
      publish(toDataset(stored));
      void refreshDataset();
      return current!;
    }
    const manifest = await getJson<DatasetManifest>('manifest.json');
    publishManifest(manifest);
    const fresh = await fetchDataset(manifest);
    // The person can search as soon as the files have arrived; storing a large area for the
    // next visit takes seconds and happens behind (one transaction: all of it or none).
    publish(toDataset(fresh));
    void installDataset(fresh).catch(() => undefined);
    return current!;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

type Loaded<T> = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; value: T };

/** Follows one published value (the dataset, or its manifest), starting the load if needed. */
function useLoaded<T>(latest: () => T | undefined, subscribers: Set<(v: T) => void>, pick: (d: Dataset) => T): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(() => {
    const value = latest();
    return value ? { status: 'ready', value } : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    const onValue = (value: T) => live && setState({ status: 'ready', value });
    subscribers.add(onValue);
    const run = () => {
      if (!latest()) setState({ status: 'loading' });
      // The first load's promise may hold an older dataset than a refresh has since published.
      loadDataset().then(
        (d) => onValue(latest() ?? pick(d)),
        () => live && !latest() && setState({ status: 'error', retry: run }),
      );
    };
    run();
    return () => {
      live = false;
      subscribers.delete(onValue);
    };
  }, []);
  return state;
}

export function useDataset(): DatasetState {
  const s = useLoaded(() => current, listeners, (d) => d);
  return s.status === 'ready' ? { status: 'ready', data: s.value } : s;
}

/** The manifest alone, ready before the services on a repeat visit (see loadDataset). */
export function useManifest(): ManifestState {
  const s = useLoaded(() => currentManifest, manifestListeners, (d) => d.manifest);
  return s.status === 'ready' ? { status: 'ready', manifest: s.value } : s;
}

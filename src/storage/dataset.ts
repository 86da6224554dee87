import type { DatasetManifest, PostcodeIndex } from '../core/manifest.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { backend, notify, type Op } from './backend.ts';
import type { DatasetRecord } from './schema.ts';

const CURRENT = 'dataset-current';
const MARKER = 'install-marker';
const USED_FLAG = 'local-support:used';

/**
 * Services are stored as JSON text in chunks, not one record each: reading back 20,000 objects
 * through IndexedDB's structured clone takes seconds on an old tablet, one string per chunk and
 * JSON.parse a fraction of that. Rows stored one service each by earlier versions still read.
 */
type ServiceRow = { record: Service } | { json: string };
const CHUNK_ID = '\u0000chunk-';
const CHUNK_SIZE = 2000;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK_SIZE) out.push(list.slice(i, i + CHUNK_SIZE));
  return out;
}

export interface StoredDataset {
  manifest: DatasetManifest;
  postcodes: PostcodeIndex;
  extra: Record<string, unknown>;
  services: Service[];
  guides: Guide[];
}

export async function currentDatasetVersion(): Promise<string | undefined> {
  const rec = (await (await backend()).get('meta', CURRENT)) as { value: string } | undefined;
  return rec?.value;
}

/** Only the manifest of the dataset in use (topics, area, date): small, so a page can show at once. */
export async function readManifest(): Promise<DatasetManifest | undefined> {
  const b = await backend();
  const version = await currentDatasetVersion();
  if (!version) return undefined;
  return ((await b.get('datasets', version)) as DatasetRecord | undefined)?.manifest;
}

/** The dataset in use, read in full, or undefined before the first install. */
export async function readDataset(): Promise<StoredDataset | undefined> {
  const b = await backend();
  const version = await currentDatasetVersion();
  if (!version) return undefined;
  const [meta, services, guides] = await Promise.all([b.get('datasets', version), b.getAll('services', version), b.getAll('guides', version)]);
  if (!meta) return undefined;
  const m = meta as DatasetRecord;
  return {
    manifest: m.manifest,
    postcodes: m.postcodes,
    extra: m.extra,
    services: (services as ServiceRow[]).flatMap((r) => ('json' in r ? (JSON.parse(r.json) as Service[]) : [r.record])),
    guides: (guides as { record: Guide }[]).map((r) => r.record),
  };
}

/**
 * Writes a whole dataset version and points the app at it in ONE transaction, so a failure
 * part-way (quota, closed tab) leaves the previous version complete and in use. Old versions are
 * removed afterwards, in a second transaction that can fail harmlessly.
 */
export async function installDataset(data: StoredDataset): Promise<void> {
  const b = await backend();
  const version = data.manifest.version;
  const previous = await currentDatasetVersion();
  const ops: Op[] = [
    // Leftovers of an earlier install that never finished.
    { store: 'services', delPrefix: version },
    { store: 'guides', delPrefix: version },
    ...chunks(data.services).map((list, i): Op => ({ store: 'services', put: { version, id: `${CHUNK_ID}${String(i).padStart(6, '0')}`, json: JSON.stringify(list) } })),
    ...data.guides.map((record): Op => ({ store: 'guides', put: { version, slug: record.slug, record } })),
    { store: 'datasets', put: { version, manifest: data.manifest, postcodes: data.postcodes, extra: data.extra, installedAt: new Date().toISOString() } satisfies DatasetRecord },
    { store: 'meta', put: { key: CURRENT, value: version } },
    { store: 'meta', put: { key: MARKER, value: new Date().toISOString() } },
  ];
  await b.batch(ops);
  markUsed();
  if (previous && previous !== version) {
    await b
      .batch([
        { store: 'services', delPrefix: previous },
        { store: 'guides', delPrefix: previous },
        { store: 'datasets', del: previous },
      ])
      .catch(() => undefined);
  }
}

function markUsed(): void {
  try {
    localStorage.setItem(USED_FLAG, '1');
  } catch {
    // Private modes may refuse localStorage; eviction detection is then simply unavailable.
  }
}

/**
 * The browser may clear a site's storage (Safari after a week unused). If this device had used
 * the app but the install marker is gone, tell the user rather than silently starting empty.
 */
export async function checkEviction(): Promise<boolean> {
  let used: boolean;
  try {
    used = localStorage.getItem(USED_FLAG) === '1';
  } catch {
    return false;
  }
  if (!used) return false;
  const b = await backend();
  if (b.kind === 'memory') return false;
  const marker = await b.get('meta', MARKER);
  if (!marker) {
    notify({ kind: 'evicted' });
    return true;
  }
  return false;
}

export const USED_FLAG_KEY = USED_FLAG;

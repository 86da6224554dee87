/**
 * Loads the compiled dataset (public/data/, precached by the service worker) once per page.
 * Issue 4 moves this behind src/storage/ with atomic installs; the hook's shape stays.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetManifest, PostcodeIndex } from '../core/manifest.ts';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';

export interface Dataset {
  manifest: DatasetManifest;
  services: Service[];
  byId: Map<string, Service>;
  guides: Guide[];
  postcodes: PostcodeIndex;
}

export type DatasetState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; data: Dataset };

const BASE = '/data/';

async function getJson<T>(file: string): Promise<T> {
  const res = await fetch(BASE + file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

let loading: Promise<Dataset> | undefined;

export function loadDataset(): Promise<Dataset> {
  loading ??= (async () => {
    const manifest = await getJson<DatasetManifest>('manifest.json');
    const areaFiles = Object.entries(manifest.areas)
      .filter(([area]) => manifest.config.areas.includes(area) || area === 'unplaced')
      .map(([, f]) => f.file);
    const [national, guides, postcodes, ...areas] = await Promise.all([
      getJson<Service[]>(manifest.national.file),
      getJson<Guide[]>(manifest.guides.file),
      getJson<PostcodeIndex>(manifest.postcodes.file),
      ...areaFiles.map((f) => getJson<Service[]>(f)),
    ]);
    const services = [...areas.flat(), ...national];
    return { manifest, services, byId: new Map(services.map((s) => [s.id, s])), guides, postcodes };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const run = () => {
      setState({ status: 'loading' });
      loadDataset().then(
        (data) => live && setState({ status: 'ready', data }),
        () => live && setState({ status: 'error', retry: run }),
      );
    };
    run();
    return () => {
      live = false;
    };
  }, []);
  return state;
}

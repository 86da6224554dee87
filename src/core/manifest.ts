/** The compiled dataset's manifest: the one file the app fetches first (public/data/manifest.json). */

/** The service worker stores files up to this size for offline use; the data compiler keeps every file under it. */
export const PRECACHE_MAX_BYTES = 5 * 1024 * 1024;
export interface AreaFile {
  file: string;
  count: number;
  /** gzip size of the file. */
  bytes: number;
  /** Only on the files of a big area split by district: the postcode area ("B")… */
  area?: string;
  /** …and the districts the file covers, in order (["B1", "B2", …]). */
  districts?: string[];
}

export interface SiteConfig {
  area_name: string;
  areas: string[];
  map: { center: [number, number]; zoom: number; tiles: { url: string; attribution: string; max_zoom: number } };
  publisher: { name: string; email: string };
  languages: string[];
}

export interface DatasetManifest {
  version: string;
  built: string;
  counts: { services: number; national: number; local: number; demonstration: number; guides: number; unmapped: number };
  /**
   * Local services by postcode area: key "BS" for an area in one file; a big area is split into
   * files of neighbouring districts keyed "B:B1-B8", "B:B9-B14"…, each with `area` and `districts`.
   * Services without a placeable postcode are under "unplaced".
   */
  areas: Record<string, AreaFile>;
  national: AreaFile;
  guides: AreaFile;
  postcodes: AreaFile;
  /** Neighbourhood and place names with their points (src/core/place/gazetteer.ts Place[]). */
  places: AreaFile;
  topics: import('./model.ts').Topic[];
  themes: import('./guide.ts').Theme[];
  config: SiteConfig;
}

/** District and sector centroids derived from the services' own postcodes: [lat, lng, count]. */
export interface PostcodeIndex {
  districts: Record<string, [number, number, number]>;
  sectors: Record<string, [number, number, number]>;
}

/** The local services files a device with this manifest loads: its configured areas, and unplaced services. */
export function areaFilesFor(manifest: Pick<DatasetManifest, 'areas' | 'config'>): string[] {
  return (
    Object.entries(manifest.areas)
      // A whole area is keyed by its letters ("BS"); a big area's files are keyed "B:B1-B8" and carry `area`.
      .filter(([key, f]) => manifest.config.areas.includes(f.area ?? key) || key === 'unplaced')
      .map(([, f]) => f.file)
  );
}

/** The compiled dataset's manifest: the one file the app fetches first (public/data/manifest.json). */
export interface AreaFile {
  file: string;
  count: number;
  bytes: number;
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
  areas: Record<string, AreaFile>;
  national: AreaFile;
  guides: AreaFile;
  postcodes: AreaFile;
  topics: import('./model.ts').Topic[];
  themes: import('./guide.ts').Theme[];
  config: SiteConfig;
}

/** District and sector centroids derived from the services' own postcodes: [lat, lng, count]. */
export interface PostcodeIndex {
  districts: Record<string, [number, number, number]>;
  sectors: Record<string, [number, number, number]>;
}

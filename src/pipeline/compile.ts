import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { parse as parsePostcode } from 'postcode';
import { PRECACHE_MAX_BYTES, type AreaFile, type DatasetManifest, type PostcodeIndex, type SiteConfig } from '../core/manifest.ts';
import type { Guide, Theme } from '../core/guide.ts';
import { isNational, physicalLocations, primaryPostcode, type Service, type Topic } from '../core/model.ts';
import { validatePlaces, type Place } from '../core/place/gazetteer.ts';
import { validateService, type Problem } from '../core/validate.ts';
import { compileGuide } from './guides.ts';

export interface SourceFile {
  name: string;
  text: string;
}

export interface CompileInput {
  config: SourceFile;
  topics: SourceFile;
  themes: SourceFile;
  services: SourceFile[];
  guides: SourceFile[];
  /** data/places/*.json: neighbourhood gazetteers. Optional so callers without places still compile. */
  places?: SourceFile[];
  today: Date;
  /** Size limits, smaller in tests; the defaults below otherwise. */
  limits?: Partial<typeof LIMITS>;
}

export interface FileProblem extends Problem {
  file: string;
}

export interface CompileOutput {
  problems: FileProblem[];
  files: { name: string; content: string }[];
  manifest?: DatasetManifest;
}

function parseJson(file: SourceFile, problems: FileProblem[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (e) {
    problems.push({ file: file.name, record: '', field: '', message: `is not valid JSON (${(e as Error).message})`, severity: 'error' });
    return undefined;
  }
}

/** Accepts a plain array or ORUK's paginated `{contents: [...]}`. */
export function recordsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { contents?: unknown }).contents)) return (data as { contents: unknown[] }).contents;
  return undefined;
}

function hashed(prefix: string, content: string, gzipBytes?: number): { name: string; file: AreaFile & { content: string } } {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  // Content-addressed files live in their own folder so a host can mark all of it immutable
  // (`/data/files/*`) while data/manifest.json stays no-cache.
  const name = `files/${prefix}-${hash}.json`;
  return { name, file: { file: name, count: 0, bytes: gzipBytes ?? gzipSync(content).length, content } };
}

/** Area key: the postcode area letters ("BS"); national and unplaced services have their own files. */
export function areaOf(s: Service): string | undefined {
  const pc = primaryPostcode(s);
  const parsed = pc ? parsePostcode(pc) : undefined;
  return parsed?.valid ? parsed.area : undefined;
}

/** The postcode district ("BS5") of a service's first physical place, when it has a valid postcode. */
export function districtOf(s: Service): string | undefined {
  const pc = primaryPostcode(s);
  const parsed = pc ? parsePostcode(pc) : undefined;
  return parsed?.valid ? parsed.outcode : undefined;
}

/**
 * Above this gzip size an area's services are split into files by groups of whole districts, so no
 * single download is too big (London or Birmingham on a national dataset). Smaller areas keep one file.
 */
export const AREA_FILE_MAX_GZIP = 300_000;

const LIMITS = {
  areaGzip: AREA_FILE_MAX_GZIP,
  /** An area file is also split above this size as stored, well under what the worker precaches. */
  areaBytes: 3 * 1024 * 1024,
  /** The service worker does not store a file larger than this for offline use (vite.config.ts). */
  precacheBytes: PRECACHE_MAX_BYTES,
};

/** "B2" before "B10"; "SW1A" after "SW1" and before "SW2". */
function compareDistricts(a: string, b: string): number {
  const [, na, xa] = /^[A-Z]*(\d*)(.*)$/.exec(a)!;
  const [, nb, xb] = /^[A-Z]*(\d*)(.*)$/.exec(b)!;
  return Number(na) - Number(nb) || (xa < xb ? -1 : xa > xb ? 1 : 0);
}

/** Splits an area's services (in id order) into about `parts` groups of neighbouring districts, keeping id order inside each. */
function districtGroups(list: Service[], parts: number): { districts: string[]; list: Service[] }[] {
  const districtOfService = new Map(list.map((s) => [s, districtOf(s) ?? '']));
  const counts = new Map<string, number>();
  for (const d of districtOfService.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const target = list.length / Math.min(parts, counts.size);
  const groups: string[][] = [[]];
  let size = 0;
  for (const d of [...counts.keys()].sort(compareDistricts)) {
    const n = counts.get(d)!;
    // Start a new group when this district would take the current one more than half of it past the target.
    if (size && size + n / 2 > target) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(d);
    size += n;
  }
  return groups.map((districts) => {
    const set = new Set(districts);
    return { districts, list: list.filter((s) => set.has(districtOfService.get(s)!)) };
  });
}

export function postcodeIndex(services: Service[]): PostcodeIndex {
  const acc = { districts: new Map<string, number[]>(), sectors: new Map<string, number[]>() };
  for (const s of services) {
    for (const l of physicalLocations(s)) {
      const p = parsePostcode(l.addresses?.[0]?.postal_code ?? '');
      if (!p.valid) continue;
      for (const [map, key] of [[acc.districts, p.outcode], [acc.sectors, p.sector]] as const) {
        const cur = map.get(key) ?? [0, 0, 0];
        map.set(key, [cur[0] + l.latitude!, cur[1] + l.longitude!, cur[2] + 1]);
      }
    }
  }
  const mean = (m: Map<string, number[]>) =>
    Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, [la, lo, n]]) => [k, [+(la / n).toFixed(5), +(lo / n).toFixed(5), n] as [number, number, number]]));
  return { districts: mean(acc.districts), sectors: mean(acc.sectors) };
}

export function compile(input: CompileInput): CompileOutput {
  const problems: FileProblem[] = [];
  const limits = { ...LIMITS, ...input.limits };
  const config = parseJson(input.config, problems) as SiteConfig | undefined;
  const topics = (parseJson(input.topics, problems) as Topic[] | undefined) ?? [];
  const themes = (parseJson(input.themes, problems) as Theme[] | undefined) ?? [];
  const topicIds = new Set(topics.map((t) => t.id));
  const services: Service[] = [];
  const seen = new Map<string, string>();
  for (const file of input.services) {
    const data = parseJson(file, problems);
    if (data === undefined) continue;
    const records = recordsOf(data);
    if (!records) {
      problems.push({ file: file.name, record: '', field: '', message: 'is not a list of services (expected a JSON array or {"contents": [...]})', severity: 'error' });
      continue;
    }
    records.forEach((raw, i) => {
      const found = validateService(raw, i, { topics: topicIds, today: input.today });
      problems.push(...found.map((p) => ({ ...p, file: file.name })));
      if (found.some((p) => p.severity === 'error')) return;
      const s = raw as Service;
      const earlier = seen.get(s.id);
      if (earlier) {
        problems.push({ file: file.name, record: s.id, field: 'id', message: `is used twice (also in ${earlier})`, severity: 'error' });
        return;
      }
      seen.set(s.id, file.name);
      services.push(s);
    });
  }
  const guides: Guide[] = [];
  const ctx = { topics: topicIds, themes: new Set(themes.map((t) => t.id)), services: new Set(seen.keys()) };
  for (const file of input.guides) {
    const { guide, problems: found } = compileGuide(file.name.split('/').pop()!, file.text, ctx);
    problems.push(...found.map((p) => ({ ...p, file: file.name })));
    if (guide) guides.push(guide);
  }
  const places: Place[] = [];
  const placeNames = new Map<string, string>();
  for (const file of input.places ?? []) {
    const data = parseJson(file, problems);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file: file.name, record: '', field: '', message: 'is not a list of places (expected a JSON array)', severity: 'error' });
      continue;
    }
    const found = validatePlaces(data, placeNames);
    problems.push(...found.problems.map((p) => ({ ...p, file: file.name })));
    places.push(...found.places);
  }
  if (!config) return { problems, files: [] };
  if (problems.some((p) => p.severity === 'error')) return { problems, files: [] };

  services.sort((a, b) => a.id.localeCompare(b.id));
  guides.sort((a, b) => a.slug.localeCompare(b.slug));
  const byArea = new Map<string, Service[]>();
  const national: Service[] = [];
  let unmapped = 0;
  for (const s of services) {
    if (isNational(s)) {
      national.push(s);
      continue;
    }
    const area = areaOf(s) ?? 'unplaced';
    if (area === 'unplaced') unmapped++;
    const list = byArea.get(area);
    if (list) list.push(s);
    else byArea.set(area, [s]);
  }
  const files: { name: string; content: string }[] = [];
  const emit = (prefix: string, value: unknown, count: number): AreaFile => {
    const { name, file } = hashed(prefix, JSON.stringify(value));
    files.push({ name, content: file.content });
    return { file: name, count, bytes: file.bytes };
  };
  const areas: Record<string, AreaFile> = {};
  // An area is one file keyed by its letters ("BS"), or, when that file would be too big, several
  // files keyed "B:B1-B8", each saying which area and districts it covers.
  const emitArea = (area: string, list: Service[], districts?: string[]) => {
    const span = districts ? `${districts[0]}${districts.length > 1 ? `-${districts.at(-1)}` : ''}` : '';
    const content = JSON.stringify(list);
    const bytes = gzipSync(content).length;
    const raw = Buffer.byteLength(content);
    if ((bytes > limits.areaGzip || raw > limits.areaBytes) && area !== 'unplaced' && (districts?.length ?? 2) > 1) {
      const groups = districtGroups(list, Math.max(Math.ceil(bytes / limits.areaGzip), Math.ceil(raw / limits.areaBytes)));
      if (groups.length > 1) {
        for (const g of groups) emitArea(area, g.list, g.districts);
        return;
      }
    }
    const { name } = hashed(`services-${area.toLowerCase()}${span ? `-${span.toLowerCase()}` : ''}`, content, bytes);
    files.push({ name, content });
    areas[span ? `${area}:${span}` : area] = districts ? { file: name, count: list.length, bytes, area, districts } : { file: name, count: list.length, bytes };
  };
  for (const [area, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) emitArea(area, list);
  const manifestBody = {
    counts: {
      services: services.length,
      national: national.length,
      local: services.length - national.length,
      demonstration: services.filter((s) => s.demonstration).length,
      guides: guides.length,
      unmapped,
    },
    areas,
    national: emit('services-national', national, national.length),
    guides: emit('guides', guides, guides.length),
    postcodes: emit('postcodes', postcodeIndex(services), 0),
    places: emit('places', places.sort((a, b) => a.name.localeCompare(b.name)), places.length),
    topics,
    themes,
    config,
  };
  // The version names the content, not the build time, so rebuilding unchanged data changes nothing.
  const version = createHash('sha256').update(JSON.stringify(manifestBody)).digest('hex').slice(0, 12);
  const manifest: DatasetManifest = { version, built: input.today.toISOString(), ...manifestBody };
  files.push({ name: 'manifest.json', content: JSON.stringify(manifest) });
  // A file the worker will not store would leave the app half-working offline, silently.
  for (const f of files) {
    const size = Buffer.byteLength(f.content);
    if (size > limits.precacheBytes) {
      const mb = (n: number) => (n < 1024 * 1024 ? `${Math.round(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
      problems.push({ file: `public/data/${f.name}`, record: '', field: '', message: `would be ${mb(size)}, more than the ${mb(limits.precacheBytes)} the app can keep for offline use: shorten the longest texts, or split the content (services of one postcode district cannot be split further)`, severity: 'error' });
    }
  }
  return { problems, files, manifest };
}

export function formatProblem(p: FileProblem): string {
  const who = p.record ? (p.record.startsWith('#') ? ` record ${p.record}` : ` "${p.record}"`) : '';
  const kind = p.file.endsWith('.md') ? ' guide' : p.file.includes('places/') && p.record ? ' place' : p.record ? ' service' : '';
  return `${p.severity === 'warning' ? 'warning: ' : ''}${p.file}:${who ? kind + who : ''}${p.field ? `${who ? ':' : ''} ${p.field}` : ''} ${p.message}`.replace(/: +/g, ': ');
}

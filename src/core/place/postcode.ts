/**
 * Full and partial postcodes → a point, using only the centroids the pipeline derived from the
 * services' own postcodes (PostcodeIndex), so it works offline with no postcode database.
 */
import { fix, parse, validOutcode } from 'postcode';
import type { PostcodeIndex } from '../manifest.ts';

export type PlaceLevel = 'sector' | 'district' | 'area' | 'place' | 'location';

export type WhereResult =
  | {
      kind: 'found';
      lat: number;
      lng: number;
      /** What matched, for "Showing services near …": "BS5 6", "BS5", "BS", "Easton", or "51.46300, -2.56300". */
      label: string;
      level: PlaceLevel;
      /** The whole postcode as typed, normalised ("BS5 6HN"), when one was given. */
      postcode?: string;
    }
  | {
      kind: 'not-found';
      /** invalid: neither a postcode nor a known place; unknown: a well-formed postcode we have no data near. */
      reason: 'invalid' | 'unknown';
      postcode?: string;
    };

type Found = Extract<WhereResult, { kind: 'found' }>;

const areaCache = new WeakMap<PostcodeIndex, Map<string, [number, number]>>();

/** An area's point is the plain mean of its districts' centroids, so one busy district cannot drag it. */
export function areaCentroids(index: PostcodeIndex): Map<string, [number, number]> {
  let areas = areaCache.get(index);
  if (!areas) {
    const sums = new Map<string, [number, number, number]>();
    for (const [district, c] of Object.entries(index.districts ?? {})) {
      const area = /^[A-Z]{1,2}/.exec(district)?.[0];
      if (!area || !Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) continue;
      const s = sums.get(area) ?? [0, 0, 0];
      sums.set(area, [s[0] + c[0], s[1] + c[1], s[2] + 1]);
    }
    areas = new Map([...sums].map(([a, [la, lo, n]]) => [a, [+(la / n).toFixed(5), +(lo / n).toFixed(5)]]));
    areaCache.set(index, areas);
  }
  return areas;
}

/** A postcode-shaped input: which sectors and districts it could mean, most likely first. */
export interface PostcodeQuery {
  postcode?: string;
  candidates: { district: string; sector?: string }[];
  area: string;
}

const OUT = '([A-Z]{1,2}[0-9][A-Z0-9]?)';
const OUT_ONLY = new RegExp(`^${OUT}$`);
// "BS5 6", "BS5 6H", "BS56": an outcode, the sector digit, perhaps the first unit letter.
const OUT_SECTOR = new RegExp(`^${OUT} ?([0-9])[A-Z]?$`);

export function parsePostcodeQuery(input: string): PostcodeQuery | undefined {
  const text = input.toUpperCase().replace(/\s+/g, ' ').trim();
  if (!text || text.length > 10) return undefined;
  const full = parse(text).valid ? parse(text) : parse(fix(text));
  if (full.valid) {
    const candidates = [{ district: full.outcode, sector: full.sector }];
    if (full.district !== full.outcode) candidates.push({ district: full.district, sector: `${full.district} ${full.incode[0]}` });
    return { postcode: full.postcode, candidates, area: full.area };
  }
  const candidates: PostcodeQuery['candidates'] = [];
  // With no space, "BS15" is the district BS15 before it is sector 5 of BS1.
  const whole = text.includes(' ') ? null : OUT_ONLY.exec(text);
  if (whole && validOutcode(whole[1])) candidates.push({ district: whole[1] });
  const split = OUT_SECTOR.exec(text);
  if (split && validOutcode(split[1])) candidates.push({ district: split[1], sector: `${split[1]} ${split[2]}` });
  if (!candidates.length) return /^[A-Z]{1,2}$/.test(text) ? { candidates, area: text } : undefined;
  return { candidates, area: /^[A-Z]+/.exec(candidates[0].district)![0] };
}

function point(c: readonly number[] | undefined): [number, number] | undefined {
  return Array.isArray(c) && Number.isFinite(c[0]) && Number.isFinite(c[1]) ? [c[0], c[1]] : undefined;
}

/**
 * Sector, then district, then area. Undefined for an area-only query with no districts, so the
 * caller can try it as a place name instead ("BS" is a postcode area, "Ely" is not).
 */
export function resolvePostcodeQuery(q: PostcodeQuery, index: PostcodeIndex): WhereResult | undefined {
  const extra = q.postcode ? { postcode: q.postcode } : {};
  const found = (c: [number, number], label: string, level: PlaceLevel): Found => ({ kind: 'found', lat: c[0], lng: c[1], label, level, ...extra });
  const sectors = index.sectors ?? {};
  const districts = index.districts ?? {};
  for (const c of q.candidates) {
    const s = c.sector && Object.hasOwn(sectors, c.sector) ? point(sectors[c.sector]) : undefined;
    if (s) return found(s, c.sector!, 'sector');
    const d = Object.hasOwn(districts, c.district) ? point(districts[c.district]) : undefined;
    if (d) return found(d, c.district, 'district');
  }
  const a = areaCentroids(index).get(q.area);
  if (a) return found(a, q.area, 'area');
  if (!q.candidates.length) return undefined;
  return { kind: 'not-found', reason: 'unknown', ...extra };
}

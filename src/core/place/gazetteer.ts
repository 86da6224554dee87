/**
 * Neighbourhood and place names (data/places/*.json): matching the way people type them, and
 * checking the files a council officer edits.
 */
import { validOutcode } from 'postcode';
import type { Problem } from '../validate.ts';

export interface Place {
  name: string;
  /** Other spellings people use ("St Paul's", "Westbury"). Case, spaces and apostrophes never need one. */
  aliases?: string[];
  lat: number;
  lng: number;
  /** The postcode district most of it lies in ("BS5"). */
  district: string;
}

/** Typed place names are short; anything longer is not one, and comparing it would only cost time. */
const MAX_NAME_CHARS = 60;
const TRAILING_TOWN = new Set(['bristol', 'uk', 'england']);

/**
 * The comparison form of a name: "St. Paul's", "saint pauls" and "St Pauls, Bristol" all become
 * "stpauls", so nobody is refused over punctuation or spacing.
 */
export function placeKey(text: string): string {
  const words = text
    .slice(0, MAX_NAME_CHARS * 2)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC`.]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w === 'saint' ? 'st' : w));
  while (words.length > 1 && TRAILING_TOWN.has(words[words.length - 1])) words.pop();
  return words.join('');
}

export interface Gazetteer {
  byKey: Map<string, Place>;
  keys: { key: string; place: Place }[];
}

const built = new WeakMap<readonly Place[], Gazetteer>();

export function gazetteer(places: readonly Place[]): Gazetteer {
  let g = built.get(places);
  if (!g) {
    const byKey = new Map<string, Place>();
    for (const p of places) {
      for (const name of [p?.name, ...(Array.isArray(p?.aliases) ? p.aliases : [])]) {
        const key = typeof name === 'string' ? placeKey(name) : '';
        if (key && !byKey.has(key) && Number.isFinite(p.lat) && Number.isFinite(p.lng)) byKey.set(key, p);
      }
    }
    g = { byKey, keys: [...byKey].map(([key, place]) => ({ key, place })) };
    built.set(places, g);
  }
  return g;
}

/** Optimal-string-alignment distance (a swap counts as one edit), giving up beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** A little fuzziness: none for short names (where one letter makes another place), more for long. */
function allowedEdits(key: string): number {
  return key.length < 5 ? 0 : key.length < 9 ? 1 : 2;
}

/**
 * The place a typed name means: exact first, then the single closest spelling, then a unique
 * beginning ("bedmin" is not unique; "southm" is). Ambiguity gives nothing rather than a guess.
 */
export function findPlace(places: readonly Place[], text: string): Place | undefined {
  if (typeof text !== 'string' || text.length > MAX_NAME_CHARS * 2) return undefined;
  const key = placeKey(text);
  if (!key || key.length > MAX_NAME_CHARS) return undefined;
  const g = gazetteer(places);
  const exact = g.byKey.get(key);
  if (exact) return exact;
  const max = allowedEdits(key);
  let best: Place | undefined;
  let bestD = max + 1;
  let tied = false;
  for (const { key: k, place } of g.keys) {
    const d = max ? editDistance(key, k, max) : max + 1;
    if (d < bestD) [best, bestD, tied] = [place, d, false];
    else if (d === bestD && best !== place) tied = true;
  }
  if (best && !tied) return best;
  if (key.length >= 4 && !best) {
    const starts = new Set(g.keys.filter((e) => e.key.startsWith(key)).map((e) => e.place));
    if (starts.size === 1) return [...starts][0];
  }
  return undefined;
}

const PLACE_FIELDS = ['name', 'aliases', 'lat', 'lng', 'district'];

const inUk = (lat: unknown, lng: unknown) =>
  typeof lat === 'number' && typeof lng === 'number' && lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8;

/**
 * Checks one file's places. `seen` spans every file, so a name meaning two places anywhere is
 * caught: the app could not tell which one somebody meant.
 */
export function validatePlaces(records: unknown[], seen: Map<string, string> = new Map()): { places: Place[]; problems: Problem[] } {
  const places: Place[] = [];
  const problems: Problem[] = [];
  records.forEach((raw, i) => {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const record = typeof r.name === 'string' && r.name.trim() ? r.name : `#${i}`;
    const found: Problem[] = [];
    const err = (field: string, message: string) => found.push({ record, field, message, severity: 'error' });
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) err('', 'is not a place (expected an object with name, lat, lng and district)');
    else {
      if (typeof r.name !== 'string' || !r.name.trim()) err('name', 'is missing');
      else if (r.name.length > MAX_NAME_CHARS) err('name', `is longer than ${MAX_NAME_CHARS} characters`);
      if (r.aliases !== undefined && (!Array.isArray(r.aliases) || r.aliases.some((a) => typeof a !== 'string' || !placeKey(a))))
        err('aliases', 'is not a list of names');
      if (!inUk(r.lat, r.lng)) err('lat, lng', `(${JSON.stringify(r.lat)}, ${JSON.stringify(r.lng)}) is not a point in the UK`);
      if (typeof r.district !== 'string' || !validOutcode(r.district) || r.district !== r.district.toUpperCase().trim())
        err('district', `${JSON.stringify(r.district)} is not a postcode district like "BS5"`);
      // Likely a typo ("latitude", "alias"): worth saying, not worth refusing the file for.
      for (const k of Object.keys(r).filter((k) => !PLACE_FIELDS.includes(k))) found.push({ record, field: k, message: 'is not a place field and is ignored', severity: 'warning' });
    }
    if (!found.some((p) => p.severity === 'error')) {
      const { name, aliases, lat, lng, district } = raw as Place;
      const place: Place = aliases?.length ? { name, aliases, lat, lng, district } : { name, lat, lng, district };
      const mine = new Map([place.name, ...(place.aliases ?? [])].map((n) => [placeKey(n), n]));
      for (const [key, n] of mine) {
        const earlier = seen.get(key);
        if (earlier) found.push({ record, field: n === name ? 'name' : 'aliases', message: `"${n}" is also a name of ${earlier}`, severity: 'error' });
      }
      for (const key of mine.keys()) if (!seen.has(key)) seen.set(key, place.name);
      if (!found.some((p) => p.severity === 'error')) places.push(place);
    }
    problems.push(...found);
  });
  return { places, problems };
}

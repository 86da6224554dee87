/** "Where": a postcode, a place name, typed coordinates or the device's location → one point. */
import { parse } from 'postcode';
import type { PostcodeIndex } from '../manifest.ts';
import { areaCentroids, parsePostcodeQuery, resolvePostcodeQuery, type WhereResult } from './postcode.ts';
import { findPlace, gazetteer, placeKey, type Place } from './gazetteer.ts';

export interface WhereData {
  postcodes: PostcodeIndex;
  places?: readonly Place[];
}

/** Nobody types a place or postcode this long; longer input is refused before any work. */
const MAX_WHERE_CHARS = 120;
const COORDS = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[, ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

const NO_POSTCODES: PostcodeIndex = { districts: {}, sectors: {} };

/** Before the dataset has loaded the page may still ask; answer from what there is. */
function usable(data: WhereData | undefined): { postcodes: PostcodeIndex; places?: readonly Place[] } {
  const postcodes = data?.postcodes && typeof data.postcodes === 'object' ? data.postcodes : NO_POSTCODES;
  return { postcodes, places: Array.isArray(data?.places) ? data.places : undefined };
}

function clean(input: unknown): string {
  // eslint-disable-next-line no-control-regex
  return typeof input === 'string' ? input.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim() : '';
}

/** From "Use my location" (or typed "51.46, -2.56"): any pair of real coordinates. */
export function resolveCoordinates(lat: unknown, lng: unknown): WhereResult {
  if (typeof lat !== 'number' || typeof lng !== 'number' || !(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) return { kind: 'not-found', reason: 'invalid' };
  return { kind: 'found', lat, lng, label: `${lat.toFixed(5)}, ${lng.toFixed(5)}`, level: 'location' };
}

/**
 * Postcodes first (full, then partial), then place names, then typed coordinates. A blank or
 * junk input is `invalid`; a well-formed postcode with nothing known near it is `unknown`.
 */
export function resolveWhere(input: unknown, given: WhereData): WhereResult {
  const data = usable(given);
  const text = clean(input);
  if (!text || text.length > MAX_WHERE_CHARS) return { kind: 'not-found', reason: 'invalid' };
  const q = parsePostcodeQuery(text);
  const byPostcode = q && resolvePostcodeQuery(q, data.postcodes);
  if (byPostcode) return byPostcode;
  const place = data.places ? findPlace(data.places, text) : undefined;
  if (place) return { kind: 'found', lat: place.lat, lng: place.lng, label: place.name, level: 'place' };
  const coords = COORDS.exec(text);
  if (coords) return resolveCoordinates(Number(coords[1]), Number(coords[2]));
  return { kind: 'not-found', reason: 'invalid' };
}

export interface SplitQuery {
  /** The keywords left for search. */
  what: string;
  /** The part that names a place, when there is one. */
  where?: string;
}

const FULL_IN_TEXT = /(?:^|[^A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})(?![A-Z0-9])/i;
const PARTIAL_IN_TEXT = /(?:^|[^A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]?(?: [0-9])?)(?![A-Z0-9])/gi;
const NEAR = /\s(?:near|in|around)\s+(.+)$/i;

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * One search box: "dementia BS5 6HN", "lunch club near Easton", "knit bs5" → keywords and place.
 * Partial postcodes count only in areas the data covers, so "vitamin b12" stays a keyword search;
 * bare place names count only when spelt exactly, so "walking" never becomes a place.
 */
export function splitQuery(input: unknown, given: WhereData): SplitQuery {
  const data = usable(given);
  const text = clean(input).slice(0, 200);
  // Cut the postcode out where it was found, not wherever the same letters first appear.
  const cut = (m: RegExpExecArray | RegExpMatchArray) => {
    const at = m.index! + m[0].length - m[1].length;
    return { what: tidy(`${text.slice(0, at)} ${text.slice(at + m[1].length)}`), where: m[1] };
  };
  const full = FULL_IN_TEXT.exec(text);
  if (full && parse(full[1]).valid) return cut(full);
  const areas = areaCentroids(data.postcodes);
  for (const m of text.matchAll(PARTIAL_IN_TEXT)) {
    const q = parsePostcodeQuery(m[1]);
    if (q && areas.has(q.area)) return cut(m);
  }
  if (!data.places) return { what: tidy(text) };
  const near = NEAR.exec(text);
  if (near && findPlace(data.places, near[1])) return { what: tidy(text.slice(0, near.index)), where: tidy(near[1]) };
  const words = tidy(text).split(' ');
  const known = gazetteer(data.places).byKey;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (known.has(placeKey(tail))) return { what: words.slice(0, -n).join(' '), where: tail };
    const head = words.slice(0, n).join(' ');
    if (known.has(placeKey(head))) return { what: words.slice(n).join(' '), where: head };
  }
  return { what: tidy(text) };
}

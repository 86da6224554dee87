/**
 * The importer's first, cheap steps (no big libraries loaded): read a feed's text into records,
 * and make ids. The CLI runs these before it loads the mapping and the compiler, so a wrong
 * file is refused at once.
 *
 * Accepted feeds: the ORUK v1 `/services` list councils publish (a JSON array, or a page
 * `{"content": [...]}`), and HSDS 3.0 / ORUK UK profile services: one service object, an array,
 * or a paginated `{"contents": [...]}`.
 */

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Larger files are refused before they are read: a council's whole feed is a few MB. */
export const MAX_FEED_BYTES = 15 * 1024 * 1024;

export interface Feed {
  records: unknown[];
  /** In words, for the report: "ORUK v1 /services list". */
  kind: string;
  /** Something the officer should know, e.g. that this is one page of several. */
  warning?: string;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isObject(v)) {
    const keys = Object.keys(v);
    return keys.length ? `an object with ${keys.slice(0, 6).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 6 ? ', …' : ''} but no services` : 'an empty object';
  }
  return `a ${typeof v}`;
}

const EXPECTED = 'expected an ORUK v1 /services list (a JSON array), an ORUK 3.0 service object, or a page {"contents": [...]}';

/** Parses a feed's text. Returns the records, or one sentence saying what is wrong. */
export function parseFeed(text: string): { feed?: Feed; problem?: string } {
  if (text.length > MAX_FEED_BYTES) return { problem: `is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB: split the feed into smaller files` };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message.replace(/\s+/g, ' ');
    return { problem: `is not JSON (${msg.length > 120 ? `${msg.slice(0, 117)}...` : msg})` };
  }
  let feed: Feed | undefined;
  if (Array.isArray(data)) {
    const v1 = data.some((r) => isObject(r) && ('pc_metadata' in r || 'pc_targetAudience' in r));
    feed = { records: data, kind: v1 ? 'ORUK v1 /services list' : 'list of services' };
  } else if (isObject(data) && (Array.isArray(data.contents) || Array.isArray(data.content))) {
    const records = (Array.isArray(data.contents) ? data.contents : data.content) as unknown[];
    const pages = Number(data.total_pages ?? data.totalPages);
    const page = Number(data.page_number ?? (typeof data.number === 'number' ? data.number + 1 : NaN));
    feed = { records, kind: Array.isArray(data.contents) ? 'ORUK 3.0 page of services' : 'ORUK v1 page of services' };
    if (pages > 1) feed.warning = `this is ${Number.isFinite(page) ? `page ${page}` : 'one page'} of ${pages}: only its ${records.length} services are imported. Fetch every page and import each one, or ask for the whole list.`;
  } else if (isObject(data) && (typeof data.name === 'string' || typeof data.id === 'string') && !('contents' in data) && !('content' in data)) {
    feed = { records: [data], kind: 'single ORUK service' };
  } else {
    return { problem: `is not a list of services: it is ${describeValue(data)} (${EXPECTED})` };
  }
  if (!feed.records.length) return { problem: 'has no services (the list is empty)' };
  return { feed };
}

export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A readable, valid id (letters, digits, `_.:-`, at most 128 characters), or undefined. */
export function slugId(prefix: string, raw: string): string | undefined {
  const s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (!s) return undefined;
  const id = prefix ? `${prefix}-${s}` : s;
  return id.length > 128 ? `${id.slice(0, 119)}-${hash(raw)}` : id;
}


/** Ids of the services in a data/services file (a list or a page); none if it is not one. */
export function idsIn(text: string): string[] {
  try {
    const data: unknown = JSON.parse(text);
    const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.contents) ? (data.contents as unknown[]) : [];
    return list.flatMap((r) => (isObject(r) && typeof r.id === 'string' ? [r.id] : []));
  } catch {
    return []; // a broken file is reported by the compile check
  }
}

/**
 * How text becomes search terms, shared by indexing and querying so both sides always agree:
 * lower case, accents folded, apostrophes dropped, English stop words removed, Porter-stemmed.
 */
import { stemmer } from 'stemmer';

/** Longer queries are cut here: nobody types more, and every extra term costs a fuzzy lookup. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 8;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been but by can could do does for from get got had has have he her his how i if in into is it its ' +
    'just me my near nearby no not of on or our she so some than that the their them then there these they this those to too up us was we were ' +
    'what when where which who will with would you your around'
  ).split(' '),
);

/**
 * Porter leaves short agent nouns alone ("carer" stays "carer" while "caring" becomes "care"), so
 * the people this app serves would miss each other's words. These are the ones our topics need.
 */
const AGENT_NOUNS: Readonly<Record<string, string>> = {
  carer: 'care',
  walker: 'walk',
  helper: 'help',
  singer: 'sing',
  dancer: 'dance',
  knitter: 'knit',
  scammer: 'scam',
  swimmer: 'swim',
  shopper: 'shop',
  reader: 'read',
};

// Letters, digits and combining marks stay; everything else (punctuation, emoji, controls) splits.
const SPLIT = /[^\p{L}\p{N}]+/u;
const APOSTROPHES = /['\u2018\u2019\u02BC`]/g;
const MARKS = /\p{M}+/gu;

/** Fold case and accents so "Café" and "cafe" are the same word. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (t) => out.push(t));
  return out;
}

/**
 * Calls `fn` with each token of `text`. Indexing runs this over millions of words, so plain ASCII
 * (nearly all of it) takes a single pass with no intermediate arrays; anything else goes the
 * Unicode way. Both give the same tokens for ASCII text.
 */
export function eachToken(text: string, fn: (token: string) => void): void {
  const lower = text.toLowerCase();
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c >= 128) {
      for (const t of fold(text).replace(APOSTROPHES, '').split(SPLIT)) if (t) fn(t);
      return;
    }
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if ((c === 39 || c === 96) && start >= 0) {
      apostrophe = true;
    } else if (start >= 0) {
      const token = lower.slice(start, i);
      fn(apostrophe ? token.replace(APOSTROPHES, '') : token);
      start = -1;
      apostrophe = false;
    }
  }
}

/**
 * Indexing 50,000 services stems millions of tokens drawn from a few thousand words, so stems are
 * remembered. The cache is capped because queries can bring arbitrary junk.
 */
const stems = new Map<string, string | null>();
const STEM_CACHE_MAX = 100_000;

export function processTerm(term: string): string | null {
  const cached = stems.get(term);
  if (cached !== undefined) return cached;
  const result = stemTerm(term);
  if (stems.size >= STEM_CACHE_MAX) stems.clear();
  stems.set(term, result);
  return result;
}

function stemTerm(raw: string): string | null {
  const term = fold(raw);
  if (term.length < 2 || STOP_WORDS.has(term)) return null;
  // Stemming numbers or non-Latin words would only damage them.
  if (!/^[a-z]+$/.test(term)) return term.length > 40 ? null : term;
  if (term.length > 40) return null;
  const stem = stemmer(term);
  const agent = AGENT_NOUNS[stem];
  return agent ? stemmer(agent) : stem;
}

/** Clean a user's query: any value, never throws; removes control characters and caps length. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return query.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').slice(0, MAX_QUERY_CHARS).trim();
}

/** The terms a query will search for, after stop words: empty means "no keyword filter". */
export function queryTerms(query: unknown): string[] {
  const out: string[] = [];
  for (const token of tokenize(cleanQuery(query))) {
    const term = processTerm(token);
    if (term && !out.includes(term)) out.push(term);
    if (out.length >= MAX_QUERY_TERMS) break;
  }
  return out;
}

export function isBlankQuery(query: unknown): boolean {
  return queryTerms(query).length === 0;
}

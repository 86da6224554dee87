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

/** The general tokeniser: any script, accents folded, apostrophes joined. */
export function tokenizeUnicode(text: string): string[] {
  return fold(text).replace(APOSTROPHES, '').split(SPLIT).filter(Boolean);
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Calls `fn` with each token of `text`. Indexing runs this over millions of words, so plain ASCII
 * (nearly all of it) takes a single pass with no intermediate arrays (measured faster here than
 * native regex splitting); anything else goes the Unicode way. Both give the same tokens for ASCII
 * text, which a property test holds them to.
 */
export function eachToken(text: string, fn: (token: string) => void): void {
  if (NON_ASCII.test(text)) {
    for (const t of tokenizeUnicode(text)) fn(t);
    return;
  }
  const lower = text.toLowerCase();
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
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

/** A token → its search term, or null for a stop word or a fragment too short to mean anything. */
export function processTerm(raw: string): string | null {
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

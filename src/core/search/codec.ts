/**
 * A CompactIndex as JSON text and back, for an index built in a Web Worker or shipped prebuilt.
 * Typed arrays travel as base64 (little-endian, as every browser stores them): about a third the
 * size of number lists and far quicker to parse.
 */
import { vocabulary, type CompactIndex } from './engine.ts';

const CHUNK = 0x8000;

function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export interface EncodedIndex {
  /** Names the format and the term processing; a mismatch means "build afresh". */
  v: string;
  ids: string[];
  terms: string[];
  offsets: string;
  docs: string;
  weights: string;
}

export function encodeIndex(index: CompactIndex, version: string): string {
  const encoded: EncodedIndex = {
    v: version,
    ids: index.ids,
    terms: index.terms,
    offsets: toBase64(index.offsets),
    docs: toBase64(index.docs),
    weights: toBase64(index.weights),
  };
  return JSON.stringify(encoded);
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Undefined unless the text is a whole, consistent index of this version. */
export function decodeIndex(json: string, version: string): CompactIndex | undefined {
  try {
    const e = JSON.parse(json) as Partial<EncodedIndex>;
    if (!e || e.v !== version || !isStrings(e.ids) || !isStrings(e.terms)) return undefined;
    if (typeof e.offsets !== 'string' || typeof e.docs !== 'string' || typeof e.weights !== 'string') return undefined;
    const offsets = new Uint32Array(fromBase64(e.offsets));
    const docs = new Uint32Array(fromBase64(e.docs));
    const weights = new Float32Array(fromBase64(e.weights));
    // Reject anything that would let a search read outside the arrays.
    if (offsets.length !== e.terms.length + 1 || offsets[0] !== 0 || offsets[e.terms.length] !== docs.length || weights.length !== docs.length) return undefined;
    for (let t = 0; t < e.terms.length; t++) if (offsets[t] > offsets[t + 1]) return undefined;
    for (let k = 0; k < docs.length; k++) if (docs[k] >= e.ids.length) return undefined;
    return { ids: e.ids, terms: e.terms, offsets, docs, weights, vocab: vocabulary(e.terms) };
  } catch {
    return undefined;
  }
}

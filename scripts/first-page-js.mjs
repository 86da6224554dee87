// The JavaScript the first page loads: the entry script and its modulepreloads, gzip-compressed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const FIRST_PAGE_JS_BUDGET = 50 * 1024;

export function firstPageJs(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(urls)].map((u) => {
    const bytes = readFileSync(join(dist, u.replace(/^\//, '')));
    return { file: u, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

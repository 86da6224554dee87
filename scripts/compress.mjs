// Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the build, compressed
// once at the highest settings. Static hosts that serve precompressed files (nginx gzip_static
// and brotli_static, Caddy precompressed, scripts/serve.mjs through sirv) send these instead of
// compressing on the fly at a lower setting, so every visitor downloads less.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|json|svg|webmanifest|txt|xml)$/i;
// Below this, compression saves less than its own overhead.
const MIN_BYTES = 1024;

export function compressDir(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files += compressDir(path);
    else if (TEXT.test(entry.name) && statSync(path).size >= MIN_BYTES) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      files++;
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const started = Date.now();
  console.log(`Precompressed ${compressDir(dir)} files in ${dir}/ (brotli and gzip) in ${Date.now() - started} ms`);
}

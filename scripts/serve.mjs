// Serves the production build (dist/) on loopback with path routes falling back to the shell,
// sending the headers from the build's `_headers` file as a static host would.
// Used by `npm start`, `npm run preview` and the browser tests (which can switch the folder
// served to "deploy" a new version on the same origin).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';

/** `_headers` (Netlify format): a path pattern line, then indented "Name: value" lines. */
export function readHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

const STATIC_FILE = /\.(js|mjs|css|json|png|jpe?g|svg|webp|ico|txt|xml|webmanifest|html|woff2?|pmtiles|map)$/i;

/** Files as they are; any other path without a file extension is a route and gets the shell. A missing file is a real 404, as on a static host. */
function handler(dir) {
  const rules = readHeaders(dir);
  const setHeaders = (res, pathname) => {
    for (const r of rules) if (matches(r.pattern, pathname)) for (const [k, v] of r.headers) res.setHeader(k, v);
  };
  // brotli/gzip: send the build's precompressed copies (scripts/compress.mjs) when they exist.
  const files = sirv(dir, { etag: true, brotli: true, gzip: true, setHeaders });
  const shell = sirv(dir, { etag: true, brotli: true, gzip: true, single: true, setHeaders: (res) => setHeaders(res, '/index.html') });
  return (req, res, next) =>
    files(req, res, () => {
      const path = new URL(req.url, 'http://x').pathname;
      if (STATIC_FILE.test(path)) return next();
      shell(req, res, next);
    });
}

// Text is sent gzip- or brotli-compressed, as every static host and CDN does, so what the tests
// and benchmarks measure is what a visitor really downloads.
const compress = compression();

export function serve({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  let assets = handler(dir);
  const server = createServer((req, res) =>
    compress(req, res, () =>
      assets(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      }),
    ),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`,
        /** Serve another build from now on ("deploy" it). */
        setDir: (next) => {
          assets = handler(next);
        },
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  serve({ dir: process.argv[2] ?? 'dist', port, host: process.env.HOST ?? 'localhost' }).then(
    ({ url }) => console.log(`\nThe app is ready at ${url}/  (press Ctrl+C to stop)\n`),
    (err) => {
      if (err.code === 'EADDRINUSE') {
        console.error(`Port ${port} is already in use by another program. Stop that program, or run with another port: PORT=4174 npm start`);
      } else {
        console.error(`Could not start the server: ${err.message}`);
      }
      process.exit(1);
    },
  );
}

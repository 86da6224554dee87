// Serves the production build (dist/) on loopback with path routes falling back to the shell.
// Used by `npm start`, `npm run preview` and the browser tests (which can switch the folder
// served to "deploy" a new version on the same origin).
import { createServer } from 'node:http';
import sirv from 'sirv';

const headers = {
  etag: true,
  setHeaders(res, pathname) {
    // The worker, the shell and the data manifest must always be revalidated, or updates never reach anyone.
    if (pathname === '/sw.js' || pathname === '/index.html' || pathname.endsWith('.webmanifest') || pathname === '/data/manifest.json') {
      res.setHeader('Cache-Control', 'no-cache');
    } else if (pathname.startsWith('/assets/')) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
  },
};

/** Files as they are; any other path without a file extension is a route and gets the shell. A missing file is a real 404, as on a static host. */
function handler(dir) {
  const files = sirv(dir, headers);
  const shell = sirv(dir, { ...headers, single: true });
  return (req, res, next) =>
    files(req, res, () => {
      const path = new URL(req.url, 'http://x').pathname;
      if (/\.(js|mjs|css|json|png|jpe?g|svg|webp|ico|txt|xml|webmanifest|html|woff2?|pmtiles|map)$/i.test(path)) return next();
      shell(req, res, next);
    });
}

export function serve({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  let assets = handler(dir);
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
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

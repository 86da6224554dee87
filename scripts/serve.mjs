// Serves the production build (dist/) on loopback with path routes falling back to the shell.
// Used by `npm start`, `npm run preview` and the browser tests.
import { createServer } from 'node:http';
import sirv from 'sirv';

export function serve({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const assets = sirv(dir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      // The worker and the shell must always be revalidated, or updates never reach anyone.
      if (pathname === '/sw.js' || pathname === '/index.html' || pathname.endsWith('.webmanifest') || pathname === '/data/manifest.json') {
        res.setHeader('Cache-Control', 'no-cache');
      } else if (pathname.startsWith('/assets/')) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const server = createServer((req, res) => assets(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`,
        close: () => new Promise((r) => {
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

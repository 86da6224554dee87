// `npm start`: install what is missing, compile data/, build, and serve at http://localhost:4173.
import { ensureDeps } from './ensure-deps.mjs';
import { execSync } from 'node:child_process';
import { createServer } from 'node:net';

const port = Number(process.env.PORT ?? 4173);

// Check the port before a minute of building, so a clash is reported at once.
await new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', (err) => {
    console.error(err.code === 'EADDRINUSE'
      ? `Port ${port} is already in use by another program. Stop that program, or run with another port: PORT=4174 npm start`
      : `Cannot use port ${port}: ${err.message}`);
    process.exit(1);
  });
  probe.listen(port, 'localhost', () => probe.close(resolve));
});

try {
  ensureDeps();
  execSync('npm run build', { stdio: 'inherit' });
} catch {
  console.error('\nThe build failed: see the messages above.');
  process.exit(1);
}
const { serve } = await import('./serve.mjs');
serve({ port, host: 'localhost' }).then(
  ({ url }) => console.log(`\nThe app is ready at ${url}/  (press Ctrl+C to stop)\n`),
  (err) => {
    console.error(err.code === 'EADDRINUSE' ? `Port ${port} is already in use by another program. Stop that program, or run with another port: PORT=4174 npm start` : err.message);
    process.exit(1);
  },
);

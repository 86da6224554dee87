// Installs npm dependencies when node_modules is missing or older than the lock file.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log(existsSync('node_modules') ? 'Dependencies changed: installing…' : 'First run: installing dependencies…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

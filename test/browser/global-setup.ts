// Builds the app versions the update and dataset tests "deploy" one after another on one origin:
// v1 (today's data), v2 (one service removed), v3 (v2 again, newer app build), and `broken`
// (v2 with one precached file missing, so its worker must fail to install), and `hostile`
// (a hostile string in every text field of 60 services).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileServices } from '../fixtures/hostile-services.ts';

export const BUILDS = join(process.cwd(), '.tmp', 'builds');
export const REMOVED_SERVICE_FILE = 'bristol-north-east.json';

function removedServiceId(): string {
  const list = JSON.parse(readFileSync(join('data', 'services', REMOVED_SERVICE_FILE), 'utf8')) as { id: string }[];
  return list[0].id;
}

function variant(name: string, edit?: (dataDir: string) => void): void {
  const work = join(process.cwd(), '.tmp', 'variants', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('data', join(work, 'data'), { recursive: true });
  cpSync('public', join(work, 'public'), { recursive: true, filter: (src) => !src.includes(join('public', 'data')) });
  edit?.(join(work, 'data'));
  const env = { ...process.env, DATA_DIR: join(work, 'data'), DATA_OUT: join(work, 'public', 'data'), APP_PUBLIC_DIR: join(work, 'public'), APP_BUILD: name };
  execFileSync('npx', ['tsx', 'src/pipeline/cli.ts'], { env, stdio: 'pipe' });
  execFileSync('npx', ['vite', 'build', '--outDir', join(BUILDS, name), '--emptyOutDir', '--logLevel', 'error'], { env, stdio: 'pipe' });
}

export default function globalSetup(): void {
  if (process.env.SKIP_VARIANTS && existsSync(join(BUILDS, 'broken'))) return;
  const removed = removedServiceId();
  variant('v1');
  const removeOne = (dir: string) => {
    const file = join(dir, 'services', REMOVED_SERVICE_FILE);
    const list = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
    writeFileSync(file, JSON.stringify(list.filter((s) => s.id !== removed)));
  };
  variant('v2', removeOne);
  variant('v3', removeOne);
  variant('hostile', (dir) => writeFileSync(join(dir, 'services', 'hostile.json'), JSON.stringify(hostileServices())));
  rmSync(join(BUILDS, 'broken'), { recursive: true, force: true });
  cpSync(join(BUILDS, 'v2'), join(BUILDS, 'broken'), { recursive: true });
  rmSync(join(BUILDS, 'broken', 'icons', 'icon-512.png'));
  writeFileSync(join(BUILDS, 'removed-service.txt'), removed);
}

// `npm test`: installs what is missing, then type-check, lint, unit tests, build, browser tests.
// Every step runs even after a failure so one run reports everything; the last line is the total.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureDeps } from './ensure-deps.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian chromium with apt-get…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
      return existsSync(CHROMIUM);
    } catch {
      return false;
    }
  }
  console.error('Chromium is missing for the browser tests: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return false;
}

function run(name, cmd, args) {
  console.log(`\n── ${name} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: CHROMIUM } });
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

ensureDeps();
mkdirSync('test-results', { recursive: true });
const hasChromium = ensureChromium();
if (!hasChromium) process.exit(1);

let passed = 0;
let failed = 0;
const steps = [];
const check = (name, ok) => {
  steps.push({ name, ok });
  if (!ok) failed++;
};

check('type-check', run('type-check', 'npm', ['run', '--silent', 'typecheck']));
check('lint', run('lint', 'npm', ['run', '--silent', 'lint']));

const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed++;
steps.push({ name: 'unit tests', ok: unitOk });

const buildOk = run('build', 'npm', ['run', '--silent', 'build']);
check('build', buildOk);

if (buildOk) {
  const browserOk = run('browser tests', 'npx', ['playwright', 'test']);
  const browser = readJson('test-results/browser.json');
  if (browser) {
    passed += browser.stats.expected + (browser.stats.flaky ?? 0);
    failed += browser.stats.unexpected;
  }
  if (!browserOk && (!browser || browser.stats.unexpected === 0)) failed++;
  steps.push({ name: 'browser tests', ok: browserOk });
} else {
  console.error('Browser tests skipped: the build failed.');
  failed++;
}

writeFileSync('test-results/summary.json', JSON.stringify({ passed, failed, steps }, null, 2));
console.log(`\n${steps.map((s) => `${s.ok ? 'ok  ' : 'FAIL'} ${s.name}`).join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed || steps.some((s) => !s.ok) ? 1 : 0);

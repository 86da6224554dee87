/**
 * `npm run import -- <feed.json> [options]`: turns a council's Open Referral feed into a file of
 * services in data/services/. Everything is checked before anything is written; the file is
 * written to a temporary name in the same folder and renamed, so data/ is never half-written.
 * Mapping rules live in import.ts / import-map.ts (pure, unit-tested).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from './compile.ts';
import type { DataFiles } from './import.ts';
import { idsIn, MAX_FEED_BYTES, parseFeed, slugId } from './import-feed.ts';

const USAGE = `Usage: npm run import -- <feed.json> [options]

  --out <file>       where to write (default: data/services/<feed name>.json)
  --prefix <text>    put in front of every id (default: the feed's file name); "" for none
  --keep-first       when the feed repeats an id, import the first record and skip the others
  --force            replace national.json or a bristol-*.json file
  --dry-run          check everything, write nothing
  --data-dir <dir>   the data folder to check against (default: $DATA_DIR or ./data)`;

const PROTECTED = /^(national|bristol-.*)\.json$/;

function fail(lines: string[]): never {
  for (const line of lines) console.error(`error: ${line}`);
  console.error('Nothing was imported: data/ is unchanged.');
  process.exit(1);
}

interface Args {
  input?: string;
  out?: string;
  prefix?: string;
  dataDir?: string;
  keepFirst: boolean;
  force: boolean;
  dryRun: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { keepFirst: false, force: false, dryRun: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v !== '--')) fail([`${flag} needs a value`, USAGE.split('\n')[0]!]);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--out') args.out = value(i++, a);
    else if (a === '--prefix') args.prefix = value(i++, a);
    else if (a === '--data-dir') args.dataDir = value(i++, a);
    else if (a === '--keep-first') args.keepFirst = true;
    else if (a === '--force') args.force = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a.startsWith('-')) fail([`unknown option ${a}`, USAGE.split('\n')[0]!]);
    else if (args.input) fail([`only one feed at a time (got ${args.input} and ${a})`]);
    else args.input = a;
  }
  return args;
}

const root = process.cwd();
/** Paths as the officer typed them: relative to here, unless that means climbing two folders. */
const show = (path: string) => {
  const rel = relative(root, path);
  return !rel || rel.startsWith(`..${sep}..`) || isAbsolute(rel) ? path : rel;
};
const read = (path: string): SourceFile => ({ name: show(path), text: readFileSync(path, 'utf8') });
const list = (dir: string, ext: string): SourceFile[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith('.'))
        .sort()
        .map((f) => read(join(dir, f)))
    : [];

const args = parseArgs(process.argv.slice(2));
if (!args.input) fail(['which feed? Give the file to import.', USAGE.split('\n')[0]!]);
const input = resolve(root, args.input);
const inputName = show(input);
if (!existsSync(input)) fail([`${inputName} does not exist`]);
const stat = statSync(input);
if (!stat.isFile()) fail([`${inputName} is not a file`]);
if (stat.size > MAX_FEED_BYTES) fail([`${inputName} is ${(stat.size / 1024 / 1024).toFixed(1)} MB: the importer reads feeds up to ${MAX_FEED_BYTES / 1024 / 1024} MB. Split it into smaller files.`]);

const { feed, problem } = parseFeed(readFileSync(input, 'utf8'));
if (!feed) fail([`${inputName} ${problem}`]);

const dataDir = resolve(root, args.dataDir ?? process.env.DATA_DIR ?? 'data');
if (!existsSync(join(dataDir, 'config.json'))) fail([`${show(dataDir)} is not a data folder (no config.json): set DATA_DIR or --data-dir`]);
const feedName = basename(input).replace(/\.[^.]*$/, '');
const out = resolve(root, args.out ?? join(dataDir, 'services', `${slugId('', feedName.toLowerCase()) ?? 'imported'}.json`));
if (!out.endsWith('.json')) fail([`--out ${show(out)}: the file name must end in .json`]);
if (!existsSync(dirname(out))) fail([`--out ${show(out)}: the folder ${show(dirname(out))} does not exist`]);
if (existsSync(out) && !statSync(out).isFile()) fail([`--out ${show(out)} is a folder`]);
if (existsSync(out) && PROTECTED.test(basename(out)) && !args.force) fail([`${show(out)} already exists and is one of the project's own files (national.json, bristol-*.json): choose another --out, or add --force to replace it`]);

const data: DataFiles = {
  config: read(join(dataDir, 'config.json')),
  topics: read(join(dataDir, 'topics.json')),
  themes: read(join(dataDir, 'resources', 'themes.json')),
  services: list(join(dataDir, 'services'), '.json'),
  guides: list(join(dataDir, 'resources'), '.md'),
};
let topicIds: Set<string>;
try {
  topicIds = new Set((JSON.parse(data.topics.text) as { id: string }[]).map((t) => t.id));
} catch (e) {
  fail([`${data.topics.name} is not valid JSON (${(e as Error).message}): fix it first`]);
}
const outName = show(out);
const existingIds = new Map<string, string>();
for (const file of data.services) if (file.name !== outName) for (const id of idsIn(file.text)) existingIds.set(id, file.name); // outName is being replaced

// The cheap checks are done: only now load the mapping, html-to-text and the compiler.
const { checkWithData, groupWarnings, importFeed, serialise } = await import('./import.ts');
const { formatProblem } = await import('./compile.ts');

const today = process.env.DATA_TODAY ? new Date(process.env.DATA_TODAY) : new Date();
const prefix = args.prefix ?? slugId('', feedName.toLowerCase()) ?? '';
const result = importFeed(feed, { prefix, topics: topicIds, today, existingIds, keepFirst: args.keepFirst });
if (result.problems.length) fail(result.problems.map((p) => `${inputName}: ${p}`));

const text = serialise(result.services);
const check = checkWithData(data, { name: outName, text }, today);
if (check.errors.length) fail([`the imported services do not compile together with ${show(dataDir)}:`, ...check.errors.slice(0, 20).map(formatProblem), ...(check.errors.length > 20 ? [`… and ${check.errors.length - 20} more`] : [])]);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lines = [`Read ${plural(result.read, 'record')} from ${inputName} (${feed.kind}).`];
if (feed.warning) lines.push(`Warning: ${feed.warning}`);
lines.push(`Imported ${plural(result.services.length, 'service')}; skipped ${result.skipped.length}${result.skipped.length ? ':' : '.'}`);
for (const s of result.skipped.slice(0, 30)) lines.push(`  ${s.record}: ${s.reason}`);
if (result.skipped.length > 30) lines.push(`  … and ${result.skipped.length - 30} more`);
lines.push(`Phone numbers found in descriptions: ${result.phonesFromText}, in ${plural(result.servicesWithTextPhones, 'service')} (added as phones "Found in the description": please check them).`);
lines.push(`Topic fallbacks: ${result.topicFallbacks} of ${result.services.length} services matched no topic keyword and were given "social".`);
lines.push(`${result.withoutLocation} of ${result.services.length} services have no location: they will be listed but not mapped.`);
if (result.notes.size) lines.push(`Cleaned up: ${[...result.notes].map(([kind, n]) => `${n} × ${kind}`).join('; ')}.`);
lines.push(`Checked with ${show(dataDir)}/: the new services compile together with it (${check.total} services in all).${check.warnings.length ? ` Warnings for the new services: ${groupWarnings(check.warnings).map(([w, n]) => `${n} × ${w}`).join('; ')}.` : ''}`);
console.log(lines.join('\n'));

if (args.dryRun) {
  console.log(`Dry run: ${outName} was not written.`);
  process.exit(0);
}
const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
try {
  writeFileSync(tmp, text);
  renameSync(tmp, out);
} catch (e) {
  rmSync(tmp, { force: true });
  fail([`could not write ${outName}: ${(e as Error).message}`]);
}
console.log(`Wrote ${outName} (${plural(result.services.length, 'service')}). Run npm run data to rebuild the app's data.`);

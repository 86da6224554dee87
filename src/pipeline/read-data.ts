/** Reads a data/ folder into the compiler's input; shared by `npm run data` and `npm run export`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompileInput, SourceFile } from './compile.ts';

function read(path: string, root: string): SourceFile {
  return { name: relative(root, path), text: readFileSync(path, 'utf8') };
}

/**
 * A services file whose text is read when the compiler asks for it (once), not up front, so a big
 * data folder is never held in memory twice (all the raw text plus all the parsed services).
 */
function lazy(path: string, root: string): SourceFile {
  return {
    name: relative(root, path),
    get text() {
      return readFileSync(path, 'utf8');
    },
  };
}

function list(dir: string, ext: string, root: string, open: typeof read): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.startsWith('.'))
    .sort()
    .map((f) => open(join(dir, f), root));
}

/** Everything `compile()` needs from `dir` except today's date. File names are relative to `root`. */
export function readDataDir(dir: string, root = process.cwd()): Omit<CompileInput, 'today'> {
  return {
    config: read(join(dir, 'config.json'), root),
    topics: read(join(dir, 'topics.json'), root),
    themes: read(join(dir, 'resources', 'themes.json'), root),
    services: list(join(dir, 'services'), '.json', root, lazy),
    guides: list(join(dir, 'resources'), '.md', root, read),
    places: list(join(dir, 'places'), '.json', root, read),
  };
}

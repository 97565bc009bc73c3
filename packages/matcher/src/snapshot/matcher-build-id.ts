/**
 * Which matcher a stored index was built by: a hash of the matcher's running code and of the data
 * files a build reads besides the taxonomy (the title lexicon). Any change to either gives another
 * id, so a stored index is never restored into code that would have built it differently — no
 * version number to remember to bump.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_LABELLED_TITLES, BUNDLED_TITLES_DIR } from '../titles/title-lexicon.js';

/** The matcher's code: `src/` when run from source, `dist/` when built. */
const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Set by the server's bundle build (`scripts/bundle.mjs`) to `matcherCodeHash()` of the sources it
 * bundled: the bundle runs that code, whatever the files on disk say later.
 */
declare const SKILLBANK_MATCHER_CODE_HASH: string | undefined;

/** Folders of the code that no index build runs (the eval, test helpers). */
const SKIPPED = new Set(['eval', 'testing']);

let cached: string | undefined;

/** The build id of this matcher (computed once per process, a few milliseconds). */
export function matcherBuildId(): string {
  cached ??= computeBuildId();
  return cached;
}

/** A hash of the matcher's code files (`src/` or `dist/`, as this module runs from). */
export function matcherCodeHash(): string {
  const hash = createHash('sha256');
  for (const file of codeFiles(CODE_DIR)) addFile(hash, relative(CODE_DIR, file), file);
  return hash.digest('hex');
}

function addFile(hash: Hash, label: string, file: string): void {
  hash.update(`${label}\0`);
  hash.update(readFileSync(file));
  hash.update('\0');
}

function computeBuildId(): string {
  const hash = createHash('sha256');
  const add = (label: string, file: string) => addFile(hash, label, file);
  const code =
    typeof SKILLBANK_MATCHER_CODE_HASH === 'string' ? SKILLBANK_MATCHER_CODE_HASH : matcherCodeHash();
  hash.update(`code\0${code}\0`);
  if (existsSync(BUNDLED_TITLES_DIR))
    for (const name of readdirSync(BUNDLED_TITLES_DIR).sort())
      add(`titles/${name}`, join(BUNDLED_TITLES_DIR, name));
  if (existsSync(BUNDLED_LABELLED_TITLES)) add('labelled-titles', BUNDLED_LABELLED_TITLES);
  // jieba's dictionary and the snapshot's wire format come with the runtime.
  hash.update(`node ${process.versions.node} v8 ${process.versions.v8}`);
  return hash.digest('hex').slice(0, 32);
}

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED.has(name)) out.push(...codeFiles(path));
    } else if (/\.(ts|js|json)$/.test(name) && !/\.test\.ts$|\.d\.ts$|\.map$/.test(name)) out.push(path);
  }
  return out;
}

#!/usr/bin/env node
// The `skillbank` command as built (`scripts/bundle.mjs` copies this beside the bundle). It runs the
// bundled server, `server.cjs`, with V8's code cache: a start after the first reads the compiled
// code from `server.cjs.v8cache` instead of compiling megabytes of JavaScript again (Node 20 has
// no module compile cache of its own). The first start, and any start whose cache V8 rejects (a
// rebuilt bundle, another Node), compiles as usual and writes the cache a few seconds later, once
// what a start runs has been compiled, or when a server stops sooner. A cache that cannot be
// written (a read-only install) only costs that saving.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dir = dirname(fileURLToPath(import.meta.url));
const file = join(dir, 'server.cjs');
const cacheFile = `${file}.v8cache`;
/** After this, what the start needed is compiled (the first answers included) and goes into the cache. */
const WRITE_CACHE_AFTER_MS = Number(process.env.SKILLBANK_CODE_CACHE_AFTER_MS) || 5_000;

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The CommonJS wrapper, on the script's first line (so line numbers stay), around it less its `#!`.
const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (!cachedData || script.cachedDataRejected) {
  const startedAt = Date.now();
  let written = false;
  const writeCache = () => {
    if (written) return;
    written = true;
    const data = script.createCachedData();
    // In a cluster every process of this start writes; the primary never loads the app, so its
    // cache is the smallest: a sibling's larger cache written since this start is kept.
    try {
      const current = statSync(cacheFile);
      if (current.mtimeMs >= startedAt && current.size >= data.length) return;
    } catch {
      // none yet
    }
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temporary, data);
      renameSync(temporary, cacheFile); // whole or not at all, whichever process writes last
    } catch {
      rmSync(temporary, { force: true });
    }
  };
  setTimeout(writeCache, WRITE_CACHE_AFTER_MS).unref();
  // A server stopped sooner (right after its first answers) keeps what it compiled too; a
  // one-off command (migrate, import) would only leave a cache without the server's code.
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if (command === 'serve') process.once('exit', writeCache);
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dir);

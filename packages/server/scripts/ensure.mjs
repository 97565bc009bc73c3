#!/usr/bin/env node
// The two commands of the README. `npm start`: install what is missing, build, serve on the embedded
// SQLite default. `npm test`: install, type-check, lint, then run every package's tests against
// SQLite and (when PostgreSQL is installed or SKILLBANK_TEST_PG_URL is set) PostgreSQL.
// Plain JavaScript with no dependencies: it runs on a fresh machine with only Node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPg, stopPg } from './pg.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split(
  '@',
)[1];
const PACKAGES = ['core', 'matcher', 'server'];
/** What `npm start` runs: the server bundled into a few files (`scripts/bundle.mjs`, part of the build). */
const SERVER_BUNDLE = join(ROOT, 'packages', 'server', 'dist', 'bundle', 'skillbank.js');

// `npm start` logs like the server it starts: `12:00:03  message` on a terminal, JSON lines otherwise.
const serving = process.argv[2] === 'start';
function log(message) {
  if (!serving) console.error(`[skillbank] ${message}`);
  else if (process.stderr.isTTY) console.error(`${new Date().toTimeString().slice(0, 8)}  ${message}`);
  else console.error(JSON.stringify({ time: new Date().toISOString(), level: 'info', message }));
}

function sh(cmd, args, { env = {}, allowFail = false } = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFail) {
    log(`${cmd} ${args.join(' ')} exited with ${result.status}`);
    process.exit(result.status ?? 1);
  }
  return result.status ?? 1;
}

/** pnpm itself: the pinned version if it is on PATH, else through npx (fetched from the npm registry). */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}
const PNPM = pnpmCommand();
const pnpm = (args, options) => sh(PNPM[0], [...PNPM.slice(1), ...args], options);

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function newestIn(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(join(entry.parentPath ?? entry.path, entry.name)));
  }
  return newest;
}

function ensureInstalled() {
  const marker = join(ROOT, 'node_modules', '.modules.yaml');
  const manifests = [
    join(ROOT, 'pnpm-lock.yaml'),
    join(ROOT, 'package.json'),
    ...PACKAGES.map((p) => join(ROOT, 'packages', p, 'package.json')),
  ];
  if (existsSync(marker) && manifests.every((m) => mtime(m) <= mtime(marker))) return;
  log('installing dependencies (better-sqlite3 builds from source: about a minute the first time)');
  // node-gyp finds Node's headers under /usr on Debian's node; pnpm does not read this from .npmrc.
  const env = existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {};
  pnpm(['install', '--frozen-lockfile'], { env });
}

function ensureBuilt() {
  const stale = PACKAGES.some((p) => {
    const dir = join(ROOT, 'packages', p);
    const newest = newestIn(join(dir, 'src'));
    return newest > mtime(join(dir, 'dist', 'index.js')) || newest > mtime(SERVER_BUNDLE);
  });
  if (!stale) return;
  log('building');
  pnpm(['run', 'build']);
}

async function test() {
  pnpm(['run', 'typecheck']);
  pnpm(['run', 'lint']);
  let pg = null;
  const env = {};
  if (!process.env.SKILLBANK_TEST_PG_URL) {
    pg = await startPg().catch((error) => {
      log(`could not start PostgreSQL: ${error.message}`);
      return null;
    });
    if (pg) {
      env.SKILLBANK_TEST_PG_URL = pg.url;
      log(`PostgreSQL started for the tests at ${pg.url}`);
    } else {
      log(
        'PostgreSQL is not installed here: the PostgreSQL leg of the storage tests is SKIPPED (SQLite only).',
      );
    }
  }
  const totals = { passed: 0, failed: 0, skipped: 0 };
  let status = 0;
  try {
    for (const p of PACKAGES) {
      const report = join(tmpdir(), `skillbank-vitest-${p}-${process.pid}.json`);
      const code = sh(
        PNPM[0],
        [
          ...PNPM.slice(1),
          '--filter',
          `@skillbank/${p}`,
          'exec',
          'vitest',
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${report}`,
        ],
        { env, allowFail: true },
      );
      status ||= code;
      if (existsSync(report)) {
        const r = JSON.parse(readFileSync(report, 'utf8'));
        totals.passed += r.numPassedTests;
        totals.failed += r.numFailedTests;
        totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
        rmSync(report, { force: true });
      }
    }
  } finally {
    if (pg) stopPg(pg);
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(status || (totals.failed > 0 ? 1 : 0));
}

function start() {
  ensureBuilt();
  const child = spawnSync(process.execPath, [SERVER_BUNDLE, 'serve', ...process.argv.slice(3)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exit(child.status ?? 0);
}

const mode = process.argv[2];
if (mode === 'start') log('Skillbank: checking dependencies and build…');
ensureInstalled();
if (mode === 'test') await test();
else if (mode === 'start') start();
else {
  console.error('usage: node ensure.mjs start|test');
  process.exit(2);
}

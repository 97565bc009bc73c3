#!/usr/bin/env node
// A throwaway PostgreSQL server for tests: `node pg.mjs start` prints `export SKILLBANK_TEST_PG_URL=…`
// lines for a shell to eval; `node pg.mjs stop` stops it. Also imported by ensure.mjs.
// Plain JavaScript with no dependencies: it runs before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What `pg.mjs start` started, for `pg.mjs stop`: one file per checkout (worktrees and clones side
// by side each stop only their own server, never one another's).
const checkout = dirname(fileURLToPath(import.meta.url));
const STATE = join(
  tmpdir(),
  `skillbank-test-pg-${createHash('sha256').update(checkout).digest('hex').slice(0, 12)}.json`,
);

/** The bin folder of the newest installed PostgreSQL, or null. */
export function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as the postgres user when we are root (initdb refuses root). */
export function run(bin, args) {
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? 'runuser' : bin;
  const argv = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${bin} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

/** A fresh directory under the temp dir, writable by the `postgres` user (initdb refuses root). */
export function clusterDir(name) {
  const dir = join(tmpdir(), `${name}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  return dir;
}

/** `initdb` of a throwaway cluster: trust on loopback, user `postgres`, UTF-8, C locale, no fsync. */
export function initCluster(bin, data) {
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
}

/** Starts a fresh cluster on a free loopback port; returns {url, dir} or null when PostgreSQL is absent. */
export async function startPg() {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = clusterDir('skillbank-pg');
  const data = join(dir, 'data');
  initCluster(bin, data);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return { url, dir, bin };
}

/** Stops the server `startPg` returned (`state`), or the one `pg.mjs start` started from this checkout. */
export function stopPg(state) {
  const s = state ?? (existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : null);
  if (!s) return;
  try {
    run(join(s.bin, 'pg_ctl'), ['-D', join(s.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } catch (error) {
    console.error(String(error));
  }
  rmSync(s.dir, { recursive: true, force: true });
  if (!state) rmSync(STATE, { force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'start') {
    const started = await startPg();
    if (!started) {
      console.error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb not found)');
      process.exit(1);
    }
    writeFileSync(STATE, JSON.stringify(started));
    console.log(`export SKILLBANK_TEST_PG_URL=${started.url}`);
  } else if (command === 'stop') {
    stopPg();
  } else {
    console.error('usage: node pg.mjs start|stop');
    process.exit(2);
  }
}

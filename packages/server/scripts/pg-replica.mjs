#!/usr/bin/env node
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clusterDir, findPgBin, freePort, initCluster, run } from './pg.mjs';

/**
 * Starts a primary and a streaming replica on free loopback ports. `applyDelayMs` makes the
 * replica replay the WAL that much late (`recovery_min_apply_delay`), so tests can see it lag.
 * Returns `{primaryUrl, replicaUrl, dir, bin}`, or null when PostgreSQL is not installed.
 */
export async function startPrimaryAndReplica({ applyDelayMs = 0 } = {}) {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = clusterDir('skillbank-pg-replica');
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  initCluster(bin, primary);
  const primaryPort = await freePort();
  const common = `-k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c full_page_writes=off`;
  run(join(bin, 'pg_ctl'), [
    '-D',
    primary,
    '-l',
    join(dir, 'primary.log'),
    '-o',
    `-p ${primaryPort} ${common} -c wal_level=replica -c max_wal_senders=5 -c synchronous_commit=on`,
    '-w',
    'start',
  ]);
  run(join(bin, 'pg_basebackup'), [
    '-D',
    replica,
    '-R',
    '-X',
    'stream',
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '--no-sync',
  ]);
  // In postgresql.auto.conf (not on the command line), so that ALTER SYSTEM can change it later.
  if (applyDelayMs > 0)
    appendFileSync(join(replica, 'postgresql.auto.conf'), `recovery_min_apply_delay = '${applyDelayMs}ms'\n`);
  const replicaPort = await freePort();
  run(join(bin, 'pg_ctl'), [
    '-D',
    replica,
    '-l',
    join(dir, 'replica.log'),
    '-o',
    `-p ${replicaPort} ${common} -c hot_standby=on`,
    '-w',
    'start',
  ]);
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    dir,
    bin,
  };
}

/** Stops both servers and removes their files. */
export function stopPrimaryAndReplica({ dir, bin }) {
  for (const data of ['replica', 'primary']) {
    try {
      run(join(bin, 'pg_ctl'), ['-D', join(dir, data), '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      console.error(String(error));
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'start') {
    const started = await startPrimaryAndReplica();
    if (!started) {
      console.error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb not found)');
      process.exit(1);
    }
    console.log(`export SKILLBANK_TEST_PG_PRIMARY_URL=${started.primaryUrl}`);
    console.log(`export SKILLBANK_TEST_PG_REPLICA_URL=${started.replicaUrl}`);
    console.log(`# stop with: node ${process.argv[1]} stop ${started.dir}`);
  } else if (command === 'stop' && process.argv[3]) {
    stopPrimaryAndReplica({ dir: process.argv[3], bin: findPgBin() });
  } else {
    console.error('usage: node pg-replica.mjs start | stop <dir>');
    process.exit(2);
  }
}

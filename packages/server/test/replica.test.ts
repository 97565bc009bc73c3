/**
 * Reads on a real PostgreSQL streaming replica (`pg_basebackup -R -X stream` of a primary with
 * wal_level=replica, synchronous_commit on, started here): candidate-pool loads and cohort reports
 * read on the replica, and a withdrawal committed on the primary is honoured by the very next list
 * and report — on the replica once it has replayed up to the primary's position, on the primary
 * while it lags (shown against a replica held back on purpose).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DatabaseHandle,
  listDiscoverableLearners,
  openDatabase,
  replayedUpTo,
  walPosition,
} from '@skillbank/core';
import { scratchPostgresDatabase } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgBin } from '../scripts/pg.mjs';
import {
  type PrimaryAndReplica,
  startPrimaryAndReplica,
  stopPrimaryAndReplica,
} from '../scripts/pg-replica.mjs';
import { type Booted, boot } from '../src/boot.js';
import { CandidatePoolCache } from '../src/candidates/candidate-pool.cache.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { readsOf } from '../src/use-cases/use-case.js';
import { evidenceBody } from './skills-account.fixtures.js';

const installed = findPgBin() !== null;
if (!installed) console.warn('[skillbank] replica test skipped: PostgreSQL is not installed here.');

interface Account {
  id: string;
  token: string;
}

describe.skipIf(!installed)('reads on a streaming replica', () => {
  let cluster: PrimaryAndReplica;
  let scratch: { url: string; drop(): Promise<void> };
  let replicaHandle: DatabaseHandle;
  let booted: Booted;
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-replica-'));

  const call = async (method: string, path: string, who?: Account, body?: unknown) => {
    const res = await booted.app.request(path, {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test responses are read field by field.
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  const signUp = async (role: string, name: string): Promise<Account> =>
    (await call('POST', '/api/accounts', undefined, { role, name, organisation: `${name}单位` })).body;
  /** Waits until the replica has replayed everything the primary has written (also after DDL). */
  const caughtUp = async () => {
    const target = await walPosition(booted.deps.db);
    const replayed = () => replayedUpTo(replicaHandle.db, target).catch(() => false);
    for (let i = 0; i < 600 && !(await replayed()); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await replayed()).toBe(true);
  };
  /** Holds the replica's replay back (or lets it go), as a lagging replica would be. */
  const setApplyDelay = async (ms: number) => {
    const psql = (statement: string) =>
      execFileSync(join(cluster.bin, 'psql'), [cluster.replicaUrl, '-Atc', statement], {
        encoding: 'utf8',
      }).trim();
    psql(`alter system set recovery_min_apply_delay = '${ms}ms'`);
    psql('select pg_reload_conf()');
    // The reload is a signal: wait until the setting is in force (and the replay loop has seen it).
    const expected = ms === 0 ? '0' : `${ms / 1000}s`;
    for (let i = 0; i < 100 && psql('show recovery_min_apply_delay') !== expected; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(psql('show recovery_min_apply_delay')).toBe(expected);
    await new Promise((resolve) => setTimeout(resolve, 300));
  };

  beforeAll(async () => {
    const started = await startPrimaryAndReplica();
    if (!started) throw new Error('PostgreSQL is installed but did not start');
    cluster = started;
    const made = await scratchPostgresDatabase({ SKILLBANK_TEST_PG_URL: cluster.primaryUrl });
    if (!made) throw new Error('no scratch database');
    scratch = made;
    const replicaUrl = new URL(cluster.replicaUrl);
    replicaUrl.pathname = new URL(scratch.url).pathname;
    // The new database reaches the replica through the WAL like everything else.
    replicaHandle = openDatabase(replicaUrl.toString());
    booted = await boot(
      loadConfig({
        DATABASE_URL: scratch.url,
        DATABASE_REPLICA_URL: replicaUrl.toString(),
        SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
        SKILLBANK_RATE_LIMITS: 'off',
        SKILLBANK_REPORT_THREADS: '0',
      }),
      { logger: silentLogger },
    );
    for (let i = 0; i < 1200 && !booted.deps.served.ready; i++) await new Promise((r) => setTimeout(r, 100));
    await caughtUp(); // migrations and the taxonomy import (DDL and bulk writes) replayed
  }, 300_000);
  afterAll(async () => {
    await booted?.handle.destroy();
    await replicaHandle?.destroy();
    await scratch?.drop();
    if (cluster) stopPrimaryAndReplica(cluster);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists candidates from the replica, and drops a learner who withdrew at once', {
    timeout: 120_000,
  }, async () => {
    const learner = await signUp('learner', '光伏学员');
    expect((await call('POST', '/api/evidence', learner, evidenceBody())).status).toBe(201);
    const consent = (discoverableByEmployers: boolean) =>
      call('PUT', `/api/learners/${learner.id}/consent`, learner, { discoverableByEmployers });
    expect((await consent(true)).status).toBe(200);
    const employer = await signUp('employer', '绿能');
    const role = await call('POST', '/api/roles', employer, {
      title: '光伏巡检',
      requirements: [{ text: '巡视检查光伏发电设备运行工况', essential: false }],
    });
    const listed = async () =>
      (await call('GET', `/api/roles/${role.body.id}/candidates?limit=100`, employer)).body.items.map(
        (i: { learnerId: string }) => i.learnerId,
      );
    const reads = readsOf(booted.deps);
    const before = { ...reads.counts };
    expect(await listed()).toContain(learner.id);
    expect((await consent(false)).status).toBe(200);
    expect(await listed()).not.toContain(learner.id);
    expect(reads.counts.replica).toBeGreaterThan(before.replica);
    expect((await consent(true)).status).toBe(200);
    expect(await listed()).toContain(learner.id);
  });

  it('honours a withdrawal while the replica lags: the stale replica would list them, the list does not', {
    timeout: 120_000,
  }, async () => {
    const learner = await signUp('learner', '滞后学员');
    expect((await call('POST', '/api/evidence', learner, evidenceBody())).status).toBe(201);
    expect(
      (await call('PUT', `/api/learners/${learner.id}/consent`, learner, { discoverableByEmployers: true }))
        .status,
    ).toBe(200);
    const employer = await signUp('employer', '滞后公司');
    const role = await call('POST', '/api/roles', employer, {
      title: '光伏运维',
      requirements: [{ text: '巡视检查光伏发电设备运行工况', essential: false }],
    });
    const listed = async () =>
      (await call('GET', `/api/roles/${role.body.id}/candidates?limit=100`, employer)).body.items.map(
        (i: { learnerId: string }) => i.learnerId,
      );
    expect(await listed()).toContain(learner.id);
    await caughtUp();
    await setApplyDelay(3000);
    try {
      const reads = readsOf(booted.deps);
      const before = { ...reads.counts };
      expect(
        (
          await call('PUT', `/api/learners/${learner.id}/consent`, learner, {
            discoverableByEmployers: false,
          })
        ).status,
      ).toBe(200);
      // The replica has not replayed the withdrawal yet…
      const stale = (await listDiscoverableLearners(replicaHandle.db)).map((l) => l.learnerId);
      expect(stale).toContain(learner.id);
      // …and the very next list does not show them: the pool follows the change feed on the primary.
      expect(await listed()).not.toContain(learner.id);
      // A pool loaded now (another process starting, a new day, a new index) does not read the stale
      // replica either: it waits for it to catch up, then reads on the primary.
      const fresh = new CandidatePoolCache(booted.deps.db, booted.deps.served.current.matcher, {
        loadFrom: () => reads.caughtUp(),
      });
      try {
        const pool = await fresh.snapshot();
        expect(pool.has(learner.id)).toBe(false);
        expect(pool.size).toBeGreaterThan(0);
      } finally {
        await fresh.close();
      }
      expect(reads.counts.primary).toBeGreaterThan(before.primary);
    } finally {
      await setApplyDelay(0);
    }
  });

  it('builds cohort reports on the replica, leaving out a learner who stopped sharing', {
    timeout: 120_000,
  }, async () => {
    const advisor = await signUp('advisor', '顾问');
    const cohort = await call('POST', '/api/cohorts', advisor, { name: '副本班' });
    const invite = await call('POST', `/api/cohorts/${cohort.body.id}/invitations`, advisor, {});
    const learner = await signUp('learner', '报告学员');
    expect(
      (await call('POST', '/api/cohorts/join', learner, { code: invite.body.code })).status,
    ).toBeLessThan(300);
    expect((await call('POST', '/api/evidence', learner, evidenceBody())).status).toBe(201);
    const share = (advisorsCanSeeEvidence: boolean) =>
      call('PUT', `/api/learners/${learner.id}/consent`, learner, {
        discoverableByEmployers: false,
        advisorsCanSeeEvidence,
      });
    expect((await share(true)).status).toBe(200);
    const statusInReport = async () => {
      const report = await call('GET', `/api/cohorts/${cohort.body.id}/report?format=json`, advisor);
      expect(report.status).toBe(200);
      return report.body.learners.find((l: { learnerId: string }) => l.learnerId === learner.id)?.status;
    };
    const reads = readsOf(booted.deps);
    const before = { ...reads.counts };
    expect(await statusInReport()).toBe('included');
    expect((await share(false)).status).toBe(200);
    expect(await statusInReport()).toBe('not_shared');
    expect(reads.counts.replica).toBeGreaterThan(before.replica);
  });
});

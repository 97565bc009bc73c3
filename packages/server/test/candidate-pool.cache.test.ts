/** The candidate pool cache on every dialect: reused while nothing changed, never stale after a change. */
import {
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  getTaxonomyInfo,
  runInTransaction,
  setConsent,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidatePoolCache } from '../src/candidates/candidate-pool.cache.js';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher } from '../src/matching/served-taxonomy.js';

const piece = (title: string) =>
  evidenceInputSchema.parse({
    kind: 'work_project',
    title,
    description: '巡视检查光伏发电设备',
    occurredOn: '2025-05-01',
  });

let matcher: Promise<MatcherIndex> | undefined;

describe.each(testDatabases())('candidate pool cache on %s', (database) => {
  let handle: DatabaseHandle;
  let cache: CandidatePoolCache;
  const learner = async (name: string, discoverable: boolean) => {
    const { account } = await runInTransaction(handle.db, (trx) =>
      createAccount(trx, { role: 'learner', name }),
    );
    await runInTransaction(handle.db, async (trx) => {
      await depositEvidence(trx, piece(name), { learnerId: account.id, taxonomyId: 'cn2022' });
      await setConsent(trx, account.id, { discoverableByEmployers: discoverable });
    });
    return account.id;
  };

  beforeAll(async () => {
    handle = await database.open();
    const info = await getTaxonomyInfo(handle.db, 'cn2022');
    matcher ??= buildTaxonomyMatcher(handle.db, info?.id ?? 'cn2022', silentLogger);
    cache = new CandidatePoolCache(handle.db, await matcher);
  });
  afterAll(() => handle.destroy());

  it('reuses the pool while nothing changed, and while only others changed', async () => {
    const a = await learner('甲', true);
    const first = await cache.snapshot();
    expect(first.learners.map((l) => l.learnerId)).toEqual([a]);
    expect(await cache.snapshot()).toBe(first);
    await learner('乙', false); // someone who is not discoverable
    const second = await cache.snapshot();
    expect(second.version).toBeGreaterThan(first.version);
    expect(second.pool).toBe(first.pool);
    expect(second.loaded.vectorised).toBe(0);
  });

  it('vectorises only the learners who changed, and drops a withdrawal at once', async () => {
    const b = await learner('丙', true);
    const before = await cache.snapshot();
    expect(before.learners.map((l) => l.learnerId)).toContain(b);
    expect(before.loaded.vectorised).toBe(1);
    await runInTransaction(handle.db, (trx) => setConsent(trx, b, { discoverableByEmployers: false }));
    const after = await cache.snapshot();
    expect(after.learners.map((l) => l.learnerId)).not.toContain(b);
    expect(after.loaded.vectorised).toBe(0);
    // A new day re-weighs recency: everyone is vectorised again.
    const tomorrow = await cache.snapshot({ day: '2099-01-01' });
    expect(tomorrow.loaded.vectorised).toBe(tomorrow.learners.length);
  });
});

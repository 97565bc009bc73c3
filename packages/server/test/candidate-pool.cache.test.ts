/**
 * The candidate pool on every dialect: loads from stored vectors, follows the change feed (a
 * withdrawal is gone from the very next snapshot, a changed learner re-vectorised alone), and
 * stored vectors are found only for the chain head, scorer and taxonomy they were made for.
 */
import {
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  feedPosition,
  getLearnerVectors,
  getTaxonomyInfo,
  listLedgerHeads,
  runInTransaction,
  setConsent,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { type MatcherIndex, type RequirementSet, STORED_VECTOR_VERSION } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidatePoolCache, type PoolSnapshot } from '../src/candidates/candidate-pool.cache.js';
import { storedLearners, vectorKeyOf } from '../src/candidates/stored-vectors.js';
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

/** A pool's ranking as a list shows it (without positions inside its segments). */
const rankingOf = (pool: PoolSnapshot, set: RequirementSet) =>
  JSON.stringify(
    pool.rank(set, 100).map(({ learner, score: { index: _, ...score } }) => ({ learner, score })),
  );

describe.each(testDatabases())('candidate pool cache on $name', (database) => {
  let handle: DatabaseHandle;
  let index: MatcherIndex;
  const caches: CandidatePoolCache[] = [];
  const newCache = () => {
    const cache = new CandidatePoolCache(handle.db, index, { pollMs: 0 });
    caches.push(cache);
    return cache;
  };
  const deposit = (learnerId: string, title: string) =>
    runInTransaction(handle.db, (trx) =>
      depositEvidence(trx, piece(title), { learnerId, taxonomyId: 'cn2022' }),
    );
  const consent = (learnerId: string, discoverable: boolean) =>
    runInTransaction(handle.db, (trx) =>
      setConsent(trx, learnerId, { discoverableByEmployers: discoverable }),
    );
  const learner = async (name: string, discoverable: boolean) => {
    const { account } = await runInTransaction(handle.db, (trx) =>
      createAccount(trx, { role: 'learner', name }),
    );
    await deposit(account.id, name);
    await consent(account.id, discoverable);
    return account.id;
  };
  const role = () => index.requirementSet([{ id: 'r1', text: '巡视检查光伏发电设备', essential: true }]);

  beforeAll(async () => {
    handle = await database.open();
    const info = await getTaxonomyInfo(handle.db, 'cn2022');
    matcher ??= buildTaxonomyMatcher(handle.db, info?.id ?? 'cn2022', silentLogger);
    index = await matcher;
  });
  afterAll(async () => {
    for (const cache of caches) await cache.close();
    await handle.destroy();
  });

  it('keeps the pool while nothing changed and follows changes: a withdrawal is gone from the next snapshot', async () => {
    const a = await learner('甲', true);
    const cache = newCache();
    const first = await cache.snapshot();
    expect(first.has(a)).toBe(true);
    expect(first.loaded).toMatchObject({ kind: 'load' });
    expect(await cache.snapshot()).toBe(first);
    expect(first.position).toBe(await feedPosition(handle.db));

    await learner('乙', false); // someone who is not discoverable
    const second = await cache.snapshot();
    expect(second.position).toBe(await feedPosition(handle.db));
    expect(second.loaded).toMatchObject({ kind: 'catch-up', vectorised: 0 });

    const b = await learner('丙', true);
    const third = await cache.snapshot();
    expect(third.has(b)).toBe(true);
    expect(third.loaded).toMatchObject({ kind: 'catch-up', vectorised: 1 });
    expect(third.rank(role(), 50).map((r) => r.learner.learnerId)).toContain(b);

    await consent(b, false);
    const after = await cache.snapshot();
    expect(after.has(b)).toBe(false);
    expect(after.rank(role(), 50).map((r) => r.learner.learnerId)).not.toContain(b);
    expect(after.loaded).toMatchObject({ kind: 'catch-up', vectorised: 0 });

    // A deposit re-vectorises that learner alone, and the list ranks the new evidence.
    await deposit(a, '光伏电站巡检');
    const later = await cache.snapshot();
    expect(later.loaded).toMatchObject({ kind: 'catch-up', vectorised: 1 });
    const ranked = later.rank(role(), 50).find((r) => r.learner.learnerId === a);
    expect(ranked?.score.requirements[0]?.evidenceIds).toHaveLength(2);
  });

  it('keeps shortlisted learners read from their evidence until the feed reports a change of theirs', async () => {
    const a = await learner('癸', true);
    const b = await learner('子', true);
    const cache = newCache();
    const day = (await cache.snapshot()).day;
    const [first] = await cache.vectorised([a], day);
    expect(first?.vector.evidence).toHaveLength(1);
    // Nothing of theirs changed: the same copy, no evidence read or analysed again.
    expect((await cache.vectorised([a], day))[0]).toBe(first);
    // Another learner's change leaves it; unknown ids are left out, the order is kept.
    await deposit(b, '光伏电站巡检');
    await cache.snapshot();
    const both = await cache.vectorised([b, 'nobody', a], day);
    expect(both.map((l) => l.learnerId)).toEqual([b, a]);
    expect(both[1]).toBe(first);
    expect(both[0]?.vector.evidence).toHaveLength(2);
    // Their own deposit: the next list (which catches up first) reads the new evidence.
    await deposit(a, '光伏电站巡检');
    await cache.snapshot();
    const [after] = await cache.vectorised([a], day);
    expect(after).not.toBe(first);
    expect(after?.vector.evidence).toHaveLength(2);
    // Another day is read for that day.
    const [tomorrow] = await cache.vectorised([a], '2099-01-01');
    expect(tomorrow).not.toBe(after);
  });

  it('takes a learner who becomes discoverable from the vector stored before, analysing nobody', async () => {
    const later = await learner('癸', false);
    const key = await vectorKeyOf(handle.db, index);
    if (!key) throw new Error('no vector key');
    const head = (await listLedgerHeads(handle.db, [later])).get(later);
    // Stored while not discoverable (a cohort report does that).
    await storedLearners(handle.db, index, key, [
      { learnerId: later, seq: head?.seq ?? 0, hash: head?.hash ?? '' },
    ]);
    await consent(later, true);
    const cache = newCache();
    const loaded = await cache.snapshot();
    expect(loaded.has(later)).toBe(true);
    expect(loaded.origin).toMatchObject({ kind: 'load', vectorised: 0 });
  });

  it('loads from stored vectors: a second process analyses nobody', async () => {
    await learner('丁', true);
    const warm = newCache();
    await warm.snapshot();
    const cold = newCache();
    const loaded = await cold.snapshot();
    expect(loaded.loaded).toMatchObject({ kind: 'load', vectorised: 0 });
    expect(loaded.size).toBe((await warm.snapshot()).size);
    // A new day re-weighs recency from the pool's own arrays: nobody is analysed again either,
    // and it ranks as a pool loaded for that day.
    const tomorrow = await cold.snapshot({ day: '2099-01-01' });
    expect(tomorrow.origin).toMatchObject({ kind: 'load', from: 'another day', vectorised: 0 });
    expect(tomorrow.day).toBe('2099-01-01');
    const fresh = new CandidatePoolCache(handle.db, index, { pollMs: 0, snapshotEveryMs: false });
    caches.push(fresh);
    expect(rankingOf(tomorrow, role())).toBe(rankingOf(await fresh.snapshot({ day: '2099-01-01' }), role()));
  });

  it('loads a new process from the stored pool snapshot and the feed since it', async () => {
    const kept = await learner('庚', true);
    const gone = await learner('辛', true);
    const first = newCache();
    await first.snapshot();
    expect(await first.saveSnapshot()).toBe(true);
    // Changes after the snapshot's position: the next process replays them from the feed.
    await consent(gone, false);
    await deposit(kept, '光伏电站巡检');
    const added = await learner('壬', true);
    const second = newCache();
    const loaded = await second.snapshot();
    expect(loaded.origin).toMatchObject({ kind: 'load', from: 'snapshot', vectorised: 0 });
    expect(loaded.position).toBe(await feedPosition(handle.db));
    expect(loaded.has(gone)).toBe(false);
    expect(loaded.has(added)).toBe(true);
    expect(rankingOf(loaded, role())).toBe(rankingOf(await first.snapshot(), role()));
    expect(
      loaded.rank(role(), 100).find((r) => r.learner.learnerId === kept)?.score.requirements[0]?.evidenceIds,
    ).toHaveLength(2);
    // A snapshot made for another day is carried to today's.
    const later = newCache();
    const carried = await later.snapshot({ day: '2099-01-01' });
    expect(carried.origin).toMatchObject({ kind: 'load', from: 'snapshot' });
    const fresh = new CandidatePoolCache(handle.db, index, { pollMs: 0, snapshotEveryMs: false });
    caches.push(fresh);
    expect(rankingOf(carried, role())).toBe(rankingOf(await fresh.snapshot({ day: '2099-01-01' }), role()));
  });

  it('finds a stored vector only for the head, scorer and taxonomy it was made for', async () => {
    const id = await learner('戊', true);
    const key = await vectorKeyOf(handle.db, index);
    expect(key).toMatchObject({ scorerVersion: STORED_VECTOR_VERSION });
    if (!key) return;
    const heads = async () => {
      const head = (await listLedgerHeads(handle.db, [id])).get(id);
      return [{ learnerId: id, seq: head?.seq ?? 0, hash: head?.hash ?? '' }];
    };
    expect((await storedLearners(handle.db, index, key, await heads())).analysed).toBe(1);
    expect((await storedLearners(handle.db, index, key, await heads())).analysed).toBe(0);
    // The chain moved: the stored vector is for the old head.
    await deposit(id, '新证据');
    const moved = await storedLearners(handle.db, index, key, await heads());
    expect(moved.analysed).toBe(1);
    expect(moved.learners.get(id)?.evidenceIds).toHaveLength(2);
    expect((await getLearnerVectors(handle.db, key, [id])).get(id)?.headHash).toBe((await heads())[0]?.hash);
    // Only consent changed since: the vector is still right, carried to the new head, not analysed.
    await consent(id, false);
    await consent(id, true);
    const consented = await storedLearners(handle.db, index, key, await heads());
    expect(consented.analysed).toBe(0);
    expect(consented.learners.get(id)).toEqual(moved.learners.get(id));
    expect((await getLearnerVectors(handle.db, key, [id])).get(id)?.headHash).toBe((await heads())[0]?.hash);
    // Another scorer version or taxonomy content: nothing stored under that key yet.
    for (const other of [
      { ...key, scorerVersion: `${key.scorerVersion}-next` },
      { ...key, taxonomyHash: 'another-taxonomy' },
    ]) {
      expect((await getLearnerVectors(handle.db, other, [id])).size).toBe(0);
      expect((await storedLearners(handle.db, index, other, await heads())).analysed).toBe(1);
    }
  });

  it('merges a grown delta into the base without changing the ranking', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await learner(`己${i}`, true));
    const cache = newCache();
    const base = await cache.snapshot();
    for (const id of ids) await deposit(id, '光伏组件清洗与巡检');
    const withDelta = await cache.snapshot();
    const before = withDelta.rank(role(), 100).map((r) => [r.learner.learnerId, r.score.score]);
    expect(base).toBe(withDelta); // one state, followed in place
    await cache.compact();
    expect(withDelta.loaded).toMatchObject({ kind: 'merge' });
    expect(withDelta.rank(role(), 100).map((r) => [r.learner.learnerId, r.score.score])).toEqual(before);
  });

  it('keeps a ranking between lists and brings it up to date with each change, exactly as ranking afresh', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await learner(`丑${i}`, true));
    const cache = newCache();
    const set = role();
    // Another set asked only for its top 3: a kept list shorter than the pool.
    const few = role();
    const top3 = (pool: PoolSnapshot) =>
      JSON.stringify(
        pool.rank(few, 3).map(({ learner, score: { index: _, ...score } }) => ({ learner, score })),
      );
    const fresh = async () => {
      const other = new CandidatePoolCache(handle.db, index, { pollMs: 0, snapshotEveryMs: false });
      caches.push(other);
      const pool = await other.snapshot();
      return rankingOf(pool, set) + top3(pool);
    };
    const ours = async () => {
      const pool = await cache.snapshot();
      return rankingOf(pool, set) + top3(pool);
    };
    const pool = await cache.snapshot();
    expect(await ours()).toBe(await fresh());
    // The top learner withdraws; others deposit; a newcomer arrives; one comes back.
    const top = pool.rank(set, 1)[0]?.learner.learnerId as string;
    await consent(top, false);
    expect(await ours()).toBe(await fresh());
    await deposit(ids[3] as string, '光伏电站巡检，处理光伏发电设备故障');
    await deposit(ids[4] as string, '编制施工方案');
    expect(await ours()).toBe(await fresh());
    await learner('寅', true);
    await consent(top, true);
    expect(await ours()).toBe(await fresh());
    // A short list kept, then a longer one asked: ranked afresh, the same as a new process's.
    const short = (await cache.snapshot()).rank(set, 2);
    expect(short).toHaveLength(2);
    expect(await ours()).toBe(await fresh());
  });

  it('keeps serving and following changes while a merge builds in slices, and replays them on the merged base', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await learner(`癸${i}`, true));
    const cache = newCache();
    await cache.snapshot();
    for (const id of ids.slice(0, 2)) await deposit(id, '光伏组件清洗与巡检');
    await cache.snapshot();
    const merging = cache.compact({ slice: 1 });
    // Meanwhile: a withdrawal, a deposit and a new learner, each seen by the very next snapshot.
    await consent(ids[0] as string, false);
    await deposit(ids[2] as string, '光伏电站巡检');
    const during = await cache.snapshot();
    expect(during.has(ids[0] as string)).toBe(false);
    const added = await learner('子', true);
    await merging;
    const after = await cache.snapshot();
    expect(after.has(ids[0] as string)).toBe(false);
    expect(after.has(added)).toBe(true);
    const fresh = new CandidatePoolCache(handle.db, index, { pollMs: 0, snapshotEveryMs: false });
    caches.push(fresh);
    expect(rankingOf(after, role())).toBe(rankingOf(await fresh.snapshot(), role()));
  });
});

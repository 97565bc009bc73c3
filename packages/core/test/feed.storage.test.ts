/** The change feed on every dialect: order, no gaps under concurrent appends, events, wake-ups. */
import { type Kysely, Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.js';
import {
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  type EvidenceInput,
  evidenceInputSchema,
  type FeedChanges,
  feedPosition,
  followFeed,
  getTaxonomyStamp,
  migrateToLatest,
  readFeed,
  readFeedAll,
  runInTransaction,
  setConsent,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const input = (title: string): EvidenceInput =>
  evidenceInputSchema.parse({
    kind: 'work_project',
    title,
    description: '安装与调试配电柜',
    occurredOn: '2025-09-01',
  });

describe.each(testDatabases())('change feed on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);
  const newLearner = async (name = '学员') =>
    (await tx((trx) => createAccount(trx, { role: 'learner', name }))).account.id;
  const deposit = (learnerId: string, title: string) =>
    tx((trx) => depositEvidence(trx, input(title), { learnerId, taxonomyId: 'cn2022' }));

  beforeAll(async () => {
    handle = await database.open({ file: true });
  });
  afterAll(() => handle.destroy());

  it('numbers every append and the taxonomy import 1, 2, 3, … and says who changed since a position', async () => {
    const start = await readFeed(handle.db, 0);
    const stamp = await getTaxonomyStamp(handle.db, 'cn2022');
    expect(start.events).toEqual([
      expect.objectContaining({ kind: 'taxonomy', taxonomyId: 'cn2022', contentHash: stamp?.contentHash }),
    ]);
    const at = await feedPosition(handle.db);
    const a = await newLearner();
    const b = await newLearner();
    await deposit(a, '一');
    await deposit(b, '二');
    await deposit(a, '三');
    await tx((trx) => setConsent(trx, b, { discoverableByEmployers: true }));
    expect(await feedPosition(handle.db)).toBe(at + 4);
    const changes = await readFeed(handle.db, at);
    expect(changes).toEqual({
      position: at + 4,
      learners: [
        { learnerId: a, headSeq: 2, pos: at + 3, consent: false, evidence: true },
        { learnerId: b, headSeq: 2, pos: at + 4, consent: true, evidence: true },
      ],
      events: [],
      more: false,
      reset: false,
    });
    expect(await readFeed(handle.db, at + 4)).toMatchObject({ position: at + 4, learners: [], more: false });
    // Paged: two entries at a time, then the rest.
    const first = await readFeed(handle.db, at, { limit: 2 });
    expect(first).toMatchObject({ position: at + 2, more: true });
    expect((await readFeedAll(handle.db, at)).learners).toEqual(changes.learners);
    // A position beyond the feed (a restored database): followers must reload.
    expect(await readFeed(handle.db, at + 100)).toMatchObject({ reset: true, position: at + 4 });
  });

  it('a rolled-back append takes no position', async () => {
    const a = await newLearner();
    const before = await feedPosition(handle.db);
    await expect(
      tx(async (trx) => {
        await depositEvidence(trx, input('撤回'), { learnerId: a, taxonomyId: 'cn2022' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await feedPosition(handle.db)).toBe(before);
    await deposit(a, '留下');
    expect(await readFeed(handle.db, before)).toMatchObject({
      position: before + 1,
      learners: [{ learnerId: a, headSeq: 1, pos: before + 1 }],
    });
  });

  it('stays gap-free and in commit order while many chains append at once, for a reader that follows along', async () => {
    const learners = await Promise.all(Array.from({ length: 12 }, (_, i) => newLearner(`并发${i}`)));
    const from = await feedPosition(handle.db);
    const reads: { since: number; changes: FeedChanges }[] = [];
    let writing = true;
    const reader = (async () => {
      let at = from;
      while (writing || at < (await feedPosition(handle.db))) {
        const changes = await readFeed(handle.db, at, { limit: 7 });
        reads.push({ since: at, changes });
        at = changes.position;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await Promise.all(
      learners.flatMap((id, l) => Array.from({ length: 6 }, (_, d) => deposit(id, `并发 ${l}-${d}`))),
    );
    writing = false;
    await reader;

    const rows = await handle.db
      .selectFrom('ledger_entries')
      .select(['learner_id', 'seq', 'feed_pos'])
      .where('feed_pos', '>', from)
      .orderBy('feed_pos')
      .execute();
    // Gap-free: the positions after `from` are exactly from + 1 … from + 72.
    expect(rows.map((r) => Number(r.feed_pos))).toEqual(Array.from({ length: 72 }, (_, i) => from + 1 + i));
    // In each chain, feed order is chain order.
    for (const id of learners) {
      const seqs = rows.filter((r) => r.learner_id === id).map((r) => Number(r.seq));
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    }
    // Each read, made while appends were committing, saw exactly what its range holds now:
    // nothing committed later into a range already read.
    let expected = from;
    for (const { since, changes } of reads) {
      expect(since).toBe(expected);
      const range = rows.filter((r) => Number(r.feed_pos) > since && Number(r.feed_pos) <= changes.position);
      const heads = new Map<string, number>();
      for (const r of range) heads.set(r.learner_id, Number(r.seq));
      expect(new Map(changes.learners.map((l) => [l.learnerId, l.headSeq]))).toEqual(heads);
      expected = changes.position;
    }
    expect(expected).toBe(from + 72);
  });

  it('a follower hands over each change once, woken by polling (and by NOTIFY on PostgreSQL)', async () => {
    const a = await newLearner();
    const seen: FeedChanges[] = [];
    const follower = followFeed(handle.db, {
      since: await feedPosition(handle.db),
      onChanges: (changes) => {
        seen.push(changes);
      },
      intervalMs: handle.listen ? 0 : 20,
      ...(handle.listen ? { listen: handle.listen } : {}),
    });
    try {
      // Let the listener connect before appending.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await deposit(a, '唤醒');
      for (let i = 0; i < 250 && seen.length === 0; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.flatMap((c) => c.learners.map((l) => [l.learnerId, l.headSeq]))).toEqual([[a, 1]]);
      await deposit(a, '再来');
      await follower.catchUp();
      expect(seen.flatMap((c) => c.learners.map((l) => [l.learnerId, l.headSeq]))).toEqual([
        [a, 1],
        [a, 2],
      ]);
      expect(follower.position).toBe(await feedPosition(handle.db));
    } finally {
      await follower.stop();
    }
  });
});

describe.each(testDatabases())('change feed migration on $name', (database) => {
  it('numbers the entries written before it in the order they were written', async () => {
    const handle = await database.open({ taxonomy: false });
    try {
      // Undo the feed migration, write entries as before it, and run it again.
      const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
      // The migration just before the feed's: later migrations are undone too and run again.
      const names = Object.keys(migrations);
      const feedMigration = names.findIndex((name) => name.endsWith('-change-feed'));
      expect(feedMigration).toBeGreaterThan(0);
      const { error } = await migrator.migrateTo(names[feedMigration - 1] as string);
      expect(error).toBeUndefined();
      // biome-ignore lint/suspicious/noExplicitAny: the schema before the migration has no type of its own.
      const db = handle.db as unknown as Kysely<any>;
      await db
        .insertInto('accounts')
        .values(
          ['x', 'y'].map((id) => ({
            id,
            role: 'learner',
            name: id,
            token_hash: id,
            created_at: '2026-01-01',
          })),
        )
        .execute();
      const entry = (learner: string, seq: number, at: string) => ({
        id: `${learner}${seq}`,
        learner_id: learner,
        seq,
        type: 'consent',
        evidence_id: null,
        ref_id: null,
        actor_id: learner,
        payload: '{}',
        prev_hash: '0',
        hash: `${learner}${seq}`,
        created_at: at,
      });
      await db
        .insertInto('ledger_entries')
        .values([entry('y', 1, '2026-01-02'), entry('x', 1, '2026-01-01'), entry('x', 2, '2026-01-03')])
        .execute();
      await migrateToLatest(handle.db);
      const rows = await handle.db
        .selectFrom('ledger_entries')
        .select(['id', 'feed_pos'])
        .orderBy('feed_pos')
        .execute();
      expect(rows.map((r) => [r.id, Number(r.feed_pos)])).toEqual([
        ['x1', 1],
        ['y1', 2],
        ['x2', 3],
      ]);
      expect(await feedPosition(handle.db)).toBe(3);
    } finally {
      await handle.destroy();
    }
  });
});

/**
 * Stored assessments' report marks and the pre-assessor's storage on every dialect: the migration
 * that adds them (rows stored before count as reported on their own day), the first report of a
 * day marking its learners, which rows are due for a day and key (recently reported first), a
 * store keeping the latest report day, the day's record, and the lease that lets one process work.
 */
import { type Kysely, Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.js';
import {
  type AssessmentKey,
  createAccount,
  type DatabaseHandle,
  getPreassessmentDay,
  listAssessmentsDue,
  listLedgerHeads,
  markAssessmentsReported,
  migrateToLatest,
  recordPreassessment,
  runExclusively,
  runInTransaction,
  setConsent,
  storeLearnerAssessments,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const KEY: AssessmentKey = { scorerVersion: 's/as1', taxonomyHash: 'h', asOf: '2026-11-21' };
const at = '2026-11-21T08:00:00.000Z';

describe.each(testDatabases())('assessment report marks on $name', (database) => {
  let handle: DatabaseHandle;
  const ids: string[] = [];
  const row = (
    learnerId: string,
    values: { as_of: string; reported_on: string; taxonomy_hash?: string },
  ) => ({
    learner_id: learnerId,
    head_hash: 'h0',
    head_seq: 1,
    scorer_version: KEY.scorerVersion,
    taxonomy_hash: values.taxonomy_hash ?? KEY.taxonomyHash,
    as_of: values.as_of,
    data: Buffer.from([1]),
    created_at: at,
    reported_on: values.reported_on,
  });
  const reportedOn = async () =>
    new Map(
      (await handle.db.selectFrom('learner_assessments').select(['learner_id', 'reported_on']).execute()).map(
        (r) => [r.learner_id, r.reported_on],
      ),
    );

  beforeAll(async () => {
    handle = await database.open({ taxonomy: false });
    for (const name of ['甲', '乙', '丙', '丁']) {
      const { account } = await runInTransaction(handle.db, (trx) =>
        createAccount(trx, { role: 'learner', name }),
      );
      await runInTransaction(handle.db, (trx) =>
        setConsent(trx, account.id, { discoverableByEmployers: false, advisorsCanSeeEvidence: true }),
      );
      ids.push(account.id);
    }
  });
  afterAll(() => handle?.destroy());

  it('migrates: rows stored before count as reported on their own day, and it undoes cleanly', async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const mine = names.findIndex((name) => name.endsWith('-assessment-reports'));
    expect(mine).toBeGreaterThan(0);
    expect((await migrator.migrateTo(names[mine - 1] as string)).error).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: the schema before the migration has no type of its own.
    const before = handle.db as unknown as Kysely<any>;
    const { reported_on: _, ...old } = row(ids[0] as string, { as_of: '2026-11-19', reported_on: '' });
    await before.insertInto('learner_assessments').values(old).execute();
    await migrateToLatest(handle.db);
    expect((await reportedOn()).get(ids[0] as string)).toBe('2026-11-19');
    await handle.db.deleteFrom('learner_assessments').execute();
  });

  it('marks a day’s first report only, and lists what is due recently reported first, by page', async () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    await handle.db
      .insertInto('learner_assessments')
      .values([
        row(a, { as_of: '2026-11-20', reported_on: '2026-11-20' }),
        row(b, { as_of: '2026-11-20', reported_on: '2026-11-18' }),
        row(c, { as_of: KEY.asOf, reported_on: '2026-11-20' }),
        row(d, { as_of: KEY.asOf, reported_on: '2026-11-20', taxonomy_hash: 'other' }),
      ])
      .execute();
    // c is made for the key and day: not due; d is for another taxonomy: due.
    const due = await listAssessmentsDue(handle.db, KEY, { since: '2026-11-15', limit: 10 });
    expect(due.map((x) => x.learnerId)).toEqual([...[a, d].sort(), b]);
    expect(await listAssessmentsDue(handle.db, KEY, { since: '2026-11-19', limit: 10 })).toHaveLength(2);
    const first = await listAssessmentsDue(handle.db, KEY, { since: '2026-11-15', limit: 2 });
    const next = await listAssessmentsDue(handle.db, KEY, { since: '2026-11-15', limit: 2, after: first[1] });
    expect([...first, ...next]).toEqual(due);

    expect(await markAssessmentsReported(handle.db, [a, b, c], KEY.asOf)).toBe(3);
    expect(await markAssessmentsReported(handle.db, [a, b, c, d], KEY.asOf)).toBe(1);
    expect(await markAssessmentsReported(handle.db, [a, b, c, d], KEY.asOf)).toBe(0);
    expect([...(await reportedOn()).values()].every((day) => day === KEY.asOf)).toBe(true);
    await handle.db.deleteFrom('learner_assessments').execute();
  });

  it('keeps the latest report day of the row and of what is written over it', async () => {
    const [a] = ids as [string];
    const head = (await listLedgerHeads(handle.db, [a])).get(a);
    if (!head) throw new Error('no head');
    const one = { learnerId: a, headHash: head.hash, headSeq: head.seq, data: new Uint8Array([1, 2]) };
    // A report writes today's day; a pre-assessment writes the older day it read: the row keeps today's.
    expect(await storeLearnerAssessments(handle.db, KEY, [one], at)).toBe(1);
    expect((await reportedOn()).get(a)).toBe('2026-11-21');
    expect(await storeLearnerAssessments(handle.db, KEY, [{ ...one, reportedOn: '2026-11-17' }], at)).toBe(1);
    expect((await reportedOn()).get(a)).toBe('2026-11-21');
    expect(await storeLearnerAssessments(handle.db, KEY, [{ ...one, reportedOn: '2026-11-22' }], at)).toBe(1);
    expect((await reportedOn()).get(a)).toBe('2026-11-22');
    await handle.db.deleteFrom('learner_assessments').execute();
  });

  it('records each day’s learners across keys and whether the key’s work was finished', async () => {
    expect(await getPreassessmentDay(handle.db, KEY)).toEqual({ learners: 0, finished: false, follow: null });
    await recordPreassessment(handle.db, KEY, { learners: 3, finished: false, at });
    await recordPreassessment(handle.db, KEY, { learners: 2, finished: false, at });
    await recordPreassessment(
      handle.db,
      { ...KEY, taxonomyHash: 'other' },
      { learners: 4, finished: true, at },
    );
    expect(await getPreassessmentDay(handle.db, KEY)).toEqual({ learners: 9, finished: false, follow: null });
    await recordPreassessment(handle.db, KEY, { learners: 0, finished: true, at });
    expect(await getPreassessmentDay(handle.db, KEY)).toEqual({ learners: 9, finished: true, follow: null });
    expect(await getPreassessmentDay(handle.db, { ...KEY, asOf: '2026-11-22' })).toEqual({
      learners: 0,
      finished: false,
      follow: null,
    });
  });

  it('lets one runner hold a lease at a time, and frees it when the work ends or fails', async () => {
    const inner = await runExclusively(handle.db, 'job', async () =>
      runExclusively(handle.db, 'job', async () => 1),
    );
    expect(inner).toEqual({ ran: true, value: { ran: false } });
    // Another name is another lease.
    expect(
      await runExclusively(handle.db, 'job', async () => runExclusively(handle.db, 'other', async () => 2)),
    ).toEqual({ ran: true, value: { ran: true, value: 2 } });
    await expect(
      runExclusively(handle.db, 'job', async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(await runExclusively(handle.db, 'job', async () => 3)).toEqual({ ran: true, value: 3 });
  });

  it.runIf(database.name === 'sqlite')(
    'takes over a lease left to expire; the old holder learns it lost it',
    async () => {
      let clock = Date.parse(at);
      const now = () => new Date(clock);
      const outcome = await runExclusively(
        handle.db,
        'expiring',
        async (lease) => {
          clock += 60_000;
          const taken = await runExclusively(handle.db, 'expiring', async () => 'taken', {
            ttlMs: 30_000,
            now,
          });
          return { taken, kept: await lease.renew() };
        },
        { ttlMs: 30_000, now },
      );
      expect(outcome).toEqual({ ran: true, value: { taken: { ran: true, value: 'taken' }, kept: false } });
    },
  );
});

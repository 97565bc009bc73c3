/**
 * Stored assessments: a cohort report stores what it computed per learner (best occupations, the
 * best one's gaps, missing terms) under the learner's chain head, the scorer and taxonomy and the
 * day, and a later report that day reads them instead of assessing again. The report is the same
 * either way; a stored assessment is read only while it was made for the learner's head (or before
 * a consent change only), that day and that key; each learner keeps one row; and a learner who
 * stops letting advisors see their evidence has none — a report that raced their withdrawal does
 * not leave one behind.
 */
import {
  depositEvidence,
  evidenceInputSchema,
  getLearnerAssessments,
  listLedgerHeads,
  runInTransaction,
  setConsent as setConsentRow,
  storeLearnerAssessments,
  todayUtc,
  type VectorKey,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vectorKeyOf } from '../src/candidates/stored-vectors.js';
import { buildCohortReport } from '../src/reports/cohort-report.build.js';
import type { CohortReport } from '../src/reports/cohort-report.types.js';
import {
  assessmentKeyOf,
  decodeAssessment,
  encodeAssessment,
  type LearnerAssessment,
} from '../src/reports/learner-assessment.js';
import { invite, join } from './cohorts.fixtures.js';
import { generatedCohort } from './generated-cohort.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';

const LEARNERS = 24;
const DAY = '2026-11-30';
const NEXT_DAY = '2026-12-01';
const at = (day: string) => () => new Date(`${day}T08:00:00Z`);

describe.each(testDatabases())('stored assessments in cohort reports on %s', (database) => {
  let t: TestApp;
  let matcher: MatcherIndex;
  let advisor: TestAccount;
  let learner: TestAccount;
  let cohort: { id: string; name: string };
  let ids: string[];
  let key: VectorKey;

  const rows = () =>
    t.deps.db.selectFrom('learner_assessments').selectAll().where('learner_id', 'in', ids).execute();
  const forget = () => t.deps.db.deleteFrom('learner_assessments').where('learner_id', 'in', ids).execute();
  const build = (day = DAY) => buildCohortReport(t.deps.db, matcher, { cohort, asOf: day, now: at(day) });
  const entry = (report: CohortReport, id: string) => report.learners.find((l) => l.learnerId === id);
  /** The report through the API, as JSON, without the time it was made. */
  const viaApi = async () => {
    const res = await t.app.request(`/api/cohorts/${cohort.id}/report?format=json`, bearer(advisor.token));
    expect(res.status).toBe(200);
    const { generatedAt, ...rest } = (await readJson(res)) as CohortReport;
    expect(generatedAt).toBeTruthy();
    return rest;
  };
  /** Overwrites A's stored assessment row behind the code's back. */
  const setRow = (a: string, values: { data?: Uint8Array; head_hash?: string }) =>
    t.deps.db
      .updateTable('learner_assessments')
      .set({ ...values, ...(values.data ? { data: Buffer.from(values.data) } : {}) })
      .where('learner_id', '=', a)
      .execute();
  const rowOf = async (a: string) =>
    (await t.deps.db.selectFrom('learner_assessments').selectAll().where('learner_id', '=', a).execute())[0];
  /** A learner whose best occupation differs from A's in this report. */
  const unlike = (report: CohortReport, a: string) =>
    ids.find(
      (id) =>
        entry(report, id)?.status === 'included' &&
        entry(report, id)?.topOccupations[0]?.code !== entry(report, a)?.topOccupations[0]?.code,
    ) as string;

  beforeAll(async () => {
    t = await openTestApp(database);
    matcher = t.deps.served.current.matcher;
    advisor = await signUp(t.app, 'advisor', '评估顾问');
    const made = await generatedCohort(t, {
      name: '评估班',
      advisor,
      groups: [{ count: LEARNERS, seed: 9 }],
    });
    cohort = made.cohort;
    const generated = made.ids;
    // One learner through the API: joins, deposits, shares with advisors.
    learner = await signUp(t.app, 'learner', '评估学员');
    await join(t.app, learner, await invite(t.app, advisor, cohort.id));
    await deposit(t.app, learner);
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    ids = [...generated, learner.id];
    const k = await vectorKeyOf(t.deps.db, matcher);
    if (!k) throw new Error('no vector key');
    key = k;
  }, 180_000);
  afterAll(() => t?.destroy());

  it('stores every learner’s assessment on the first report and reads them on the next: the same report', {
    timeout: 120_000,
  }, async () => {
    await forget();
    const first = await viaApi();
    const stored = await rows();
    const heads = await listLedgerHeads(t.deps.db, ids);
    expect(first.population?.included).toBe(LEARNERS + 1);
    expect(stored).toHaveLength(LEARNERS + 1);
    const today = todayUtc(new Date());
    for (const row of stored) {
      expect(row.head_hash).toBe(heads.get(row.learner_id)?.hash);
      expect(row.as_of).toBe(today);
      expect(row.scorer_version).toBe(assessmentKeyOf(key, today).scorerVersion);
      expect(row.taxonomy_hash).toBe(key.taxonomyHash);
    }
    // The next report reads them (nothing written again), and is the same report.
    const written = new Map(stored.map((r) => [r.learner_id, r.created_at]));
    const second = await viaApi();
    expect(second).toEqual(first);
    for (const row of await rows()) expect(row.created_at).toBe(written.get(row.learner_id));
    // And the same as one made with nothing stored but the vectors.
    await forget();
    expect(await viaApi()).toEqual(first);
  });

  it('reads each stored assessment exactly: the form keeps every figure, name and text', async () => {
    await forget();
    const computed = await build();
    const stored = await getLearnerAssessments(t.deps.db, assessmentKeyOf(key, DAY), ids);
    expect(stored.size).toBe(LEARNERS + 1);
    const fromStore = await build();
    expect(fromStore).toEqual(computed);
    expect(JSON.stringify(fromStore)).toBe(JSON.stringify(computed));
    for (const row of stored.values()) {
      const assessment = decodeAssessment(matcher, row.data) as LearnerAssessment;
      expect(Buffer.from(encodeAssessment(assessment) as Uint8Array).equals(Buffer.from(row.data))).toBe(
        true,
      );
    }
    // Foreign bytes are never read as an assessment.
    expect(decodeAssessment(matcher, new Uint8Array([9, 1, 0, 0, 0, 0, 0]))).toBeNull();
    expect(decodeAssessment(matcher, new Uint8Array([1, 1]))).toBeNull();
  });

  it('reads a stored assessment only for the learner’s chain head, that day and that key', async () => {
    await forget();
    const reference = await build();
    const a = ids[0] as string;
    const b = unlike(reference, a);
    const bRow = await rowOf(b);
    // B's assessment stored under A's head: the report reads it (A shows as B).
    await setRow(a, { data: bRow?.data as Uint8Array });
    expect(entry(await build(), a)?.topOccupations).toEqual(entry(reference, b)?.topOccupations);
    // For another head: not read; A is assessed again and stored under A's head.
    await setRow(a, { head_hash: 'another-head' });
    expect(await build()).toEqual(reference);
    expect((await rowOf(a))?.head_hash).toBe((await listLedgerHeads(t.deps.db, [a])).get(a)?.hash);
    // Another key: not read.
    await setRow(a, { data: bRow?.data as Uint8Array });
    await t.deps.db
      .updateTable('learner_assessments')
      .set({ scorer_version: 'an-older-scorer' })
      .where('learner_id', '=', a)
      .execute();
    expect(await build()).toEqual(reference);
    expect((await rowOf(a))?.scorer_version).toBe(assessmentKeyOf(key, DAY).scorerVersion);
    // Never written for a head that is not the chain's (a report that raced a change to it).
    const before = await rowOf(a);
    const written = await storeLearnerAssessments(
      t.deps.db,
      assessmentKeyOf(key, DAY),
      [{ learnerId: a, headHash: 'an-older-head', headSeq: 1, data: bRow?.data as Uint8Array }],
      new Date().toISOString(),
    );
    expect(written).toBe(0);
    expect(await rowOf(a)).toEqual(before);
  });

  it('keeps one row per learner: a new day or new evidence replaces it, an earlier day never does', async () => {
    await forget();
    await build(DAY);
    const nextDay = await build(NEXT_DAY);
    const after = await rows();
    expect(after).toHaveLength(LEARNERS + 1);
    for (const row of after) expect(row.as_of).toBe(NEXT_DAY);
    // A report for the day before is assessed (and right for that day) but does not replace them.
    await forget();
    const dayBefore = await build(DAY);
    await build(NEXT_DAY);
    expect(await build(DAY)).toEqual(dayBefore);
    for (const row of await rows()) expect(row.as_of).toBe(NEXT_DAY);
    expect(await build(NEXT_DAY)).toEqual(nextDay);

    // New evidence: the old row is not read, and the new head's replaces it.
    const a = ids[2] as string;
    await runInTransaction(t.deps.db, (trx) =>
      depositEvidence(
        trx,
        evidenceInputSchema.parse({
          kind: 'work_project',
          title: '焊接钢结构',
          description: '在车间用氩弧焊焊接不锈钢管道和钢结构',
          occurredOn: '2026-10-01',
        }),
        { learnerId: a, taxonomyId: 'cn2022' },
      ),
    );
    const changed = await build(NEXT_DAY);
    await forget();
    expect(await build(NEXT_DAY)).toEqual(changed);
    const mine = await t.deps.db
      .selectFrom('learner_assessments')
      .selectAll()
      .where('learner_id', '=', a)
      .execute();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.head_hash).toBe((await listLedgerHeads(t.deps.db, [a])).get(a)?.hash);
  });

  it('carries an assessment past a consent change that keeps sharing, without assessing again', async () => {
    await forget();
    const reference = await build();
    const a = ids[3] as string;
    const b = unlike(reference, a);
    await setRow(a, { data: (await rowOf(b))?.data as Uint8Array });
    await runInTransaction(t.deps.db, (trx) =>
      setConsentRow(trx, a, { discoverableByEmployers: true, advisorsCanSeeEvidence: true }),
    );
    // Read (A shows as B, the marked row) and kept under the head after the consent change.
    expect(entry(await build(), a)?.topOccupations).toEqual(entry(reference, b)?.topOccupations);
    expect((await rowOf(a))?.head_hash).toBe((await listLedgerHeads(t.deps.db, [a])).get(a)?.hash);
  });

  it('removes a learner’s stored assessment when they stop sharing, and never stores one while they do not', {
    timeout: 120_000,
  }, async () => {
    await forget();
    await viaApi();
    expect(await rowOf(learner.id)).toBeDefined();
    // Withdrawn through the API: the row goes in the same transaction; the report leaves them out.
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
    expect(await rowOf(learner.id)).toBeUndefined();
    const without = await viaApi();
    expect(without.learners.find((l) => l.learnerId === learner.id)?.status).toBe('not_shared');
    expect(without.population?.included).toBe(LEARNERS);
    expect(await rowOf(learner.id)).toBeUndefined();

    // A report that read the learner before the withdrawal writes nothing for them after it: the
    // head it assessed is no longer the chain's, and their consent no longer lets advisors see.
    const head = (await listLedgerHeads(t.deps.db, [learner.id])).get(learner.id);
    const some = (await rowOf(ids[0] as string))?.data as Uint8Array;
    const assessmentKey = assessmentKeyOf(key, DAY);
    const attempt = (headHash: string) =>
      storeLearnerAssessments(
        t.deps.db,
        assessmentKey,
        [{ learnerId: learner.id, headHash, headSeq: head?.seq ?? 0, data: some }],
        new Date().toISOString(),
      );
    expect(await attempt('the-head-before-the-withdrawal')).toBe(0);
    expect(await attempt(head?.hash as string)).toBe(0);
    expect(await rowOf(learner.id)).toBeUndefined();

    // Sharing again: assessed anew and stored.
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    const again = await viaApi();
    expect(again.learners.find((l) => l.learnerId === learner.id)?.status).toBe('included');
    expect((await rowOf(learner.id))?.head_hash).toBe(
      (await listLedgerHeads(t.deps.db, [learner.id])).get(learner.id)?.hash,
    );
  });
});

/**
 * Cohort reports read each learner's stored vector (made for their current chain head) instead of
 * analysing their evidence again: the first report analyses and stores them, the next reads them,
 * and both equal a report built from the evidence's text. A vector made for another head is never
 * used, unless all that was appended since is a consent change, which a vector does not read.
 * (Each report here assesses every learner: the stored assessments of the last one are removed;
 * `report-assessments.test.ts` covers those.)
 */
import {
  depositEvidence,
  evidenceInputSchema,
  getLearnerVectors,
  listActiveEvidenceOf,
  listLedgerHeads,
  runInTransaction,
  setConsent,
  type VectorKey,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { encodeStoredLearner } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vectorKeyOf } from '../src/candidates/stored-vectors.js';
import { toMatcherEvidence } from '../src/matching/matcher-evidence.js';
import { buildCohortReport } from '../src/reports/cohort-report.build.js';
import type { CohortReport } from '../src/reports/cohort-report.types.js';
import { assessLearner } from '../src/reports/learner-assessment.js';
import type { ReportPool } from '../src/reports/report-pool.js';
import { generatedCohort } from './generated-cohort.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

const ASOF = '2026-11-30';
const NOW = () => new Date('2026-11-30T08:00:00Z');
const LEARNERS = 30;

describe.each(testDatabases())('cohort reports from stored learner vectors on %s', (database) => {
  let t: TestApp;
  let matcher: MatcherIndex;
  let cohort: { id: string; name: string };
  let ids: string[];
  let key: VectorKey;
  let fromText: CohortReport;

  /** A report that assesses every learner now: the assessments stored by the last one are removed first. */
  const build = async (pool?: ReportPool) => {
    await t.deps.db.deleteFrom('learner_assessments').where('learner_id', 'in', ids).execute();
    return buildCohortReport(t.deps.db, matcher, { cohort, asOf: ASOF, now: NOW, ...(pool ? { pool } : {}) });
  };
  const entry = (report: CohortReport, learnerId: string) =>
    report.learners.find((l) => l.learnerId === learnerId);
  /** A learner whose best occupation in the reference differs from A's. */
  const unlike = (a: string) =>
    ids.find(
      (id) => entry(fromText, id)?.topOccupations[0]?.code !== entry(fromText, a)?.topOccupations[0]?.code,
    ) as string;
  /** Overwrites A's stored vector row (its data or its head) behind the code's back. */
  const setRow = (a: string, values: { data?: Uint8Array; head_hash?: string }) =>
    t.deps.db
      .updateTable('learner_vectors')
      .set({
        ...values,
        ...(values.data ? { data: Buffer.from(values.data) } : {}),
      })
      .where('learner_id', '=', a)
      .where('scorer_version', '=', key.scorerVersion)
      .where('taxonomy_hash', '=', key.taxonomyHash)
      .execute();

  beforeAll(async () => {
    t = await openTestApp(database);
    matcher = t.deps.served.current.matcher;
    ({ cohort, ids } = await generatedCohort(t, { name: '向量班', groups: [{ count: LEARNERS, seed: 5 }] }));
    const k = await vectorKeyOf(t.deps.db, matcher);
    if (!k) throw new Error('no vector key');
    key = k;
    // The reference: every learner assessed from their evidence's text (`profileVector`), nothing stored.
    const evidence = await listActiveEvidenceOf(t.deps.db, ids);
    const textPool: ReportPool = {
      assess: async (m, learners, asOf) =>
        learners.map(({ learnerId }) => ({
          assessment: assessLearner(m, toMatcherEvidence(evidence.get(learnerId) ?? []), learnerId, asOf),
          analysed: null,
        })),
      running: () => 0,
      close: async () => {},
    };
    fromText = await build(textPool);
  }, 120_000);
  afterAll(() => t.destroy());

  it('stores the vectors on the first report, reads them on the next; both equal the report from text', async () => {
    await t.deps.db.deleteFrom('learner_vectors').where('learner_id', 'in', ids).execute();
    const first = await build();
    const rows = await getLearnerVectors(t.deps.db, key, ids);
    const heads = await listLedgerHeads(t.deps.db, ids);
    expect(rows.size).toBe(LEARNERS);
    for (const id of ids) expect(rows.get(id)?.headHash).toBe(heads.get(id)?.hash);
    const second = await build();
    expect(fromText.population.included).toBe(LEARNERS);
    expect(first).toEqual(fromText);
    expect(second).toEqual(fromText);
  });

  it('reads a stored vector only while it was made for the learner’s chain head', async () => {
    await build();
    const rows = await getLearnerVectors(t.deps.db, key, ids);
    // Two learners whose best occupations differ in the reference.
    const a = ids[0] as string;
    const b = unlike(a);
    // B's vector stored under A's head: the report reads it (A is ranked as B).
    await setRow(a, { data: rows.get(b)?.data as Uint8Array });
    const swapped = await build();
    expect(entry(swapped, a)?.topOccupations).toEqual(entry(fromText, b)?.topOccupations);
    // The same vector made for another head: not used; A is analysed again and stored under A's head.
    await setRow(a, { head_hash: 'another-head' });
    expect(await build()).toEqual(fromText);
    const again = (await getLearnerVectors(t.deps.db, key, [a])).get(a);
    expect(again?.headHash).toBe((await listLedgerHeads(t.deps.db, [a])).get(a)?.hash);
    expect(Buffer.from(again?.data as Uint8Array).equals(Buffer.from(rows.get(a)?.data as Uint8Array))).toBe(
      true,
    );
  });

  it('keeps reading a vector made before a consent change, and analyses one made before new evidence', async () => {
    await build();
    const rows = await getLearnerVectors(t.deps.db, key, ids);
    const a = ids[1] as string;
    const b = unlike(a);
    // B's vector under A's current head: marks which vector the report reads for A.
    await setRow(a, { data: rows.get(b)?.data as Uint8Array });
    await runInTransaction(t.deps.db, (trx) =>
      setConsent(trx, a, { discoverableByEmployers: true, advisorsCanSeeEvidence: true }),
    );
    const afterConsent = await build();
    // Not analysed again: the stored vector is read, and kept under the head after the consent.
    expect(entry(afterConsent, a)?.topOccupations).toEqual(entry(fromText, b)?.topOccupations);
    const head = (await listLedgerHeads(t.deps.db, [a])).get(a);
    const carried = (await getLearnerVectors(t.deps.db, key, [a])).get(a);
    expect(carried?.headHash).toBe(head?.hash);
    expect(
      Buffer.from(carried?.data as Uint8Array).equals(Buffer.from(rows.get(b)?.data as Uint8Array)),
    ).toBe(true);

    // New evidence after the stored head: that vector is never carried; A is analysed from its text.
    const before = ((await listActiveEvidenceOf(t.deps.db, [a])).get(a) ?? []).length;
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
    await runInTransaction(t.deps.db, (trx) =>
      setConsent(trx, a, { discoverableByEmployers: false, advisorsCanSeeEvidence: true }),
    );
    await build();
    const evidence = (await listActiveEvidenceOf(t.deps.db, [a])).get(a) ?? [];
    expect(evidence).toHaveLength(before + 1);
    const fresh = encodeStoredLearner(matcher.analyseLearner(toMatcherEvidence(evidence)));
    const stored = (await getLearnerVectors(t.deps.db, key, [a])).get(a);
    expect(stored?.headHash).toBe((await listLedgerHeads(t.deps.db, [a])).get(a)?.hash);
    expect(Buffer.from(stored?.data as Uint8Array).equals(Buffer.from(fresh))).toBe(true);
  });
});

/**
 * A report over more learners than one batch (`LOAD_BATCH`) reads, assesses and stores them a batch
 * at a time, the batches overlapping: every learner is stored once, the next report reads them, is
 * the same and writes nothing, and a store that fails is said once and
 * changes nothing in the report.
 */
import { getLearnerAssessments, openDatabase } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vectorKeyOf } from '../src/candidates/stored-vectors.js';
import { LOAD_BATCH } from '../src/reports/assessment-store.js';
import { buildCohortReport } from '../src/reports/cohort-report.build.js';
import { assessmentKeyOf } from '../src/reports/learner-assessment.js';
import { generatedCohort } from './generated-cohort.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

const ASOF = '2026-11-30';
const NOW = () => new Date('2026-11-30T08:00:00Z');
const LEARNERS = 2 * LOAD_BATCH + 37;

describe.each(testDatabases())('a cohort report in several batches on %s', (database) => {
  let t: TestApp;
  let matcher: MatcherIndex;
  let cohort: { id: string; name: string };
  let ids: string[];

  const build = (options: Partial<Parameters<typeof buildCohortReport>[2]> = {}) =>
    buildCohortReport(t.deps.db, matcher, { cohort, asOf: ASOF, now: NOW, ...options });
  const forget = () => t.deps.db.deleteFrom('learner_assessments').execute();
  const rows = () =>
    t.deps.db
      .selectFrom('learner_assessments')
      .select(['learner_id', 'head_hash', 'head_seq', 'scorer_version', 'taxonomy_hash', 'as_of', 'data'])
      .orderBy('learner_id')
      .execute()
      .then((all) => all.map((r) => ({ ...r, head_seq: Number(r.head_seq), data: Buffer.from(r.data) })));

  beforeAll(async () => {
    t = await openTestApp(database);
    matcher = t.deps.served.current.matcher;
    ({ cohort, ids } = await generatedCohort(t, { name: '大班', groups: [{ count: LEARNERS, seed: 11 }] }));
  }, 180_000);
  afterAll(() => t?.destroy());

  it('stores every learner once, and the next report reads them, is the same and writes nothing', {
    timeout: 180_000,
  }, async () => {
    // The first report analyses every learner (vectors stored); this one reads the vectors.
    await build();
    await forget();
    const first = await build();
    expect(first.population.included).toBe(LEARNERS);
    const stored = await rows();
    expect(stored.map((r) => r.learner_id)).toEqual([...ids].sort());
    const key = await vectorKeyOf(t.deps.db, matcher);
    expect((await getLearnerAssessments(t.deps.db, assessmentKeyOf(key as never, ASOF), ids)).size).toBe(
      LEARNERS,
    );
    // Read back: nothing assessed, nothing written again, the same report.
    const again = await build();
    expect({ ...again, generatedAt: '' }).toEqual({ ...first, generatedAt: '' });
    expect(await rows()).toEqual(stored);
  });

  it('says a failing store once, and the report is the same', { timeout: 180_000 }, async () => {
    await forget();
    const reference = await build({ storeVectorsIn: null });
    // A database without the tables: every write fails.
    const broken = openDatabase('sqlite::memory:');
    try {
      const errors: unknown[] = [];
      const report = await build({ storeVectorsIn: broken.db, onStoreError: (e) => errors.push(e) });
      expect({ ...report, generatedAt: '' }).toEqual({ ...reference, generatedAt: '' });
      expect(errors).toHaveLength(1);
      await expect(build({ storeVectorsIn: broken.db })).rejects.toThrow();
    } finally {
      await broken.destroy();
    }
    expect(await rows()).toEqual([]);
  });
});

/**
 * Cohort reports off the event loop: each learner assessed once (rank-only, gaps on the same
 * vector with the index's task vectors) gives exactly what the full match and a second analysis
 * gave before, and a report built in report threads equals the one built on the event loop.
 */
import { listActiveEvidenceOf, listCohortMembers } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { bandOf } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMatcherEvidence } from '../src/matching/matcher-evidence.js';
import { buildCohortReport } from '../src/reports/cohort-report.build.js';
import { assessLearner, FIT_WINDOW, TERMS_PER_LEARNER } from '../src/reports/learner-assessment.js';
import { createReportPool } from '../src/reports/report-pool.js';
import { generatedCohort } from './generated-cohort.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

const [sqlite] = testDatabases();
const ASOF = '2026-11-30';
const NOW = () => new Date('2026-11-30T08:00:00Z');

describe('cohort reports, assessed once and in report threads', () => {
  let t: TestApp;
  let cohort: { id: string; name: string };
  /** A small cohort, for what does not depend on how many learners a report has. */
  let small: { id: string; name: string };
  beforeAll(async () => {
    t = await openTestApp(sqlite as NonNullable<typeof sqlite>);
    ({ cohort } = await generatedCohort(t, { name: '对照班', groups: [{ count: 60, seed: 11 }] }));
    ({ cohort: small } = await generatedCohort(t, { name: '小班', groups: [{ count: 8, seed: 12 }] }));
  }, 120_000);
  afterAll(() => t.destroy());
  /** Reports here assess every learner: the assessments a report stored are removed before the next. */
  const build = async (
    options: Omit<Parameters<typeof buildCohortReport>[2], 'cohort' | 'asOf' | 'now'> = {},
    of = cohort,
  ) => {
    await t.deps.db.deleteFrom('learner_assessments').execute();
    return buildCohortReport(t.deps.db, t.deps.served.current.matcher, {
      cohort: of,
      asOf: ASOF,
      now: NOW,
      ...options,
    });
  };

  it('gives each learner exactly what the full match and a second analysis gave', async () => {
    const matcher = t.deps.served.current.matcher;
    const members = await listCohortMembers(t.deps.db, cohort.id);
    const evidence = await listActiveEvidenceOf(
      t.deps.db,
      members.map((m) => m.learnerId),
    );
    expect(members.length).toBe(60);
    for (const member of members) {
      const items = toMatcherEvidence(evidence.get(member.learnerId) ?? []);
      const now = assessLearner(matcher, items, member.learnerId, ASOF);
      // Before: matched with every explanation, then gaps from the evidence analysed again.
      const vector = matcher.profileVector(items, { asOf: ASOF, id: member.learnerId });
      const matches = matcher.matchProfile(vector, { limit: FIT_WINDOW }).matches;
      const best = matches[0];
      if (!best) {
        expect(now.status).toBe('no_evidence');
        continue;
      }
      const gaps = matcher.gaps(items, best.code, { asOf: ASOF });
      expect(now).toEqual({
        status: 'included',
        evidenceCount: items.length,
        matches: matches.map(({ code, name, score, digital, green }) => ({
          code,
          name,
          score,
          band: bandOf(score),
          fitsWell: bandOf(score) === 'strong',
          digital,
          green,
        })),
        gaps: (gaps?.gaps ?? []).map(({ taskId, text, gain }) => ({ taskId, text, gain })),
        missingTerms: (gaps?.missingTerms ?? []).slice(0, TERMS_PER_LEARNER),
      });
    }
  });

  it('builds the same report in two report threads as on the event loop', { timeout: 120_000 }, async () => {
    const pool = createReportPool({ threads: 2 });
    try {
      const inline = await build();
      const progress: number[] = [];
      const threaded = await build({
        pool,
        onProgress: (done, _total, phase) => {
          if (phase === 'matching') progress.push(done);
        },
      });
      expect(threaded).toEqual(inline);
      expect(inline.population.included).toBeGreaterThan(50);
      expect(progress.at(-1)).toBe(60);
      // A second report reuses the threads.
      expect(await build({ pool })).toEqual(inline);
    } finally {
      await pool.close();
    }
  });

  it('ends the threads after a while without a report, and starts them again for the next', {
    timeout: 120_000,
  }, async () => {
    const pool = createReportPool({ threads: 2, idleMs: 300 });
    try {
      // How long threads live does not depend on the cohort: a small one (8 learners, not 60).
      const first = await build({ pool }, small);
      expect(first.population.included).toBeGreaterThan(0);
      expect(pool.running()).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(pool.running()).toBe(0);
      expect(await build({ pool }, small)).toEqual(first);
      expect(pool.running()).toBe(2);
    } finally {
      await pool.close();
    }
  });
});

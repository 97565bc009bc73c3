/**
 * A cohort of generated learners for report tests: an advisor's cohort, and learners written
 * straight into the database (`generateLearners`: accounts, chains, evidence drawn from the
 * taxonomy's task statements with a seeded generator, so a seed gives the same learners every run)
 * who joined it. Each group of learners shares its evidence with advisors or not.
 *
 * Used by report-batches, report-vectors, report-assessments, report-stream and report-threads;
 * preassess.test.ts builds its cohorts the same way and can move to it.
 */
import {
  createAccount,
  createCohort as createCohortRow,
  loadTaxonomy,
  runInTransaction,
} from '@skillbank/core';
import { generateLearners } from '../bench/bench-learners.js';
import { createCohort } from './cohorts.fixtures.js';
import type { TestAccount } from './skills-account.fixtures.js';
import type { TestApp } from './test-app.js';

/** Learners generated together: how many, the generator's seed, and whether advisors may see their evidence. */
export interface LearnerGroup {
  count: number;
  seed: number;
  /** Default true: they let advisors see their evidence (so reports assess them). */
  sharing?: boolean;
}

export interface GeneratedCohort {
  cohort: { id: string; name: string };
  /** Each group's learner ids, in the order of `groups`. */
  groups: string[][];
  /** Every learner's id, in the order they were generated. */
  ids: string[];
}

/**
 * Creates the cohort — through the API by `advisor` when given, else straight in the database for
 * an advisor made there — and generates each group of learners into it.
 */
export async function generatedCohort(
  t: TestApp,
  { name, advisor, groups }: { name: string; advisor?: TestAccount; groups: LearnerGroup[] },
): Promise<GeneratedCohort> {
  const cohort = advisor
    ? await createCohort(t.app, advisor, name)
    : await createCohortRow(
        t.deps.db,
        { name },
        {
          advisorId: (
            await runInTransaction(t.deps.db, (trx) => createAccount(trx, { role: 'advisor', name: '顾问' }))
          ).account.id,
        },
      );
  const data = await loadTaxonomy(t.deps.db, 'cn2022');
  if (!data) throw new Error('no taxonomy');
  const made: string[][] = [];
  for (const { count, seed, sharing = true } of groups)
    made.push(
      await generateLearners(t.deps.db, data.occupations, {
        count,
        consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: sharing },
        cohortId: cohort.id,
        seed,
      }),
    );
  return { cohort: { id: cohort.id, name: cohort.name }, groups: made, ids: made.flat() };
}

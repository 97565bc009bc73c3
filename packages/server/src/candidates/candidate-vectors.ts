/**
 * Vectorised learners for the hiring loop beyond the discoverable pool: interested graduates,
 * shortlists, one graduate's card, one graduate's roles — a few learners, vectorised from their
 * evidence the way the pool's stored vectors are made (same evidence mapping, same day), so a
 * graduate scores the same whichever way they are reached.
 */
import { type Db, getAccounts, listActiveEvidenceOf, todayUtc } from '@skillbank/core';
import type { LearnerVector, MatcherIndex } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';

/** A learner vectorised for one day, with what lists show of them. */
export interface PooledLearner {
  learnerId: string;
  name: string;
  vector: LearnerVector;
  /** Ids of the learner's attested evidence. */
  attested: ReadonlySet<string>;
}

/** These learners vectorised from their active evidence, in the order given; unknown ids are left out. */
export async function vectoriseLearners(
  db: Db,
  matcher: MatcherIndex,
  ids: readonly string[],
  { day = todayUtc() }: { day?: string } = {},
): Promise<PooledLearner[]> {
  const [accounts, evidence] = await Promise.all([getAccounts(db, ids), listActiveEvidenceOf(db, ids)]);
  const fresh = new Map(
    accounts
      .filter((a) => a.role === 'learner')
      .map((a): [string, PooledLearner] => {
        const items = evidence.get(a.id) ?? [];
        return [
          a.id,
          {
            learnerId: a.id,
            name: a.name,
            vector: matcher.profileVector(toMatcherEvidence(items), { asOf: day, id: a.id }),
            attested: new Set(items.filter((e) => e.attested).map((e) => e.id)),
          },
        ];
      }),
  );
  return ids.flatMap((id) => {
    const learner = fresh.get(id);
    return learner ? [learner] : [];
  });
}

/**
 * Vectorised learners for the hiring loop beyond the discoverable pool: interested graduates who
 * are not discoverable, one graduate's card, one graduate's roles. Learners in the pool are taken
 * from it; others are vectorised the same way the pool does (same evidence mapping, same day), so
 * a graduate scores the same whichever way they are reached.
 */
import { type Db, getAccounts, listActiveEvidenceOf, todayUtc } from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import type { PooledLearner, PoolSnapshot } from './candidate-pool.cache.js';

const indexes = new WeakMap<PoolSnapshot, Map<string, PooledLearner>>();

/** The pool's learners by id (built once per snapshot). */
export function pooledById(snapshot: PoolSnapshot): Map<string, PooledLearner> {
  let index = indexes.get(snapshot);
  if (!index) {
    index = new Map(snapshot.learners.map((l) => [l.learnerId, l]));
    indexes.set(snapshot, index);
  }
  return index;
}

/** These learners vectorised (from the pool where they are in it), in the order given; unknown ids are left out. */
export async function vectoriseLearners(
  db: Db,
  matcher: MatcherIndex,
  ids: readonly string[],
  { snapshot = null, day = todayUtc() }: { snapshot?: PoolSnapshot | null; day?: string } = {},
): Promise<PooledLearner[]> {
  const pooled = snapshot && snapshot.day === day ? pooledById(snapshot) : new Map<string, PooledLearner>();
  const missing = ids.filter((id) => !pooled.has(id));
  const [accounts, evidence] = await Promise.all([
    getAccounts(db, missing),
    listActiveEvidenceOf(db, missing),
  ]);
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
            headSeq: 0,
            vector: matcher.profileVector(toMatcherEvidence(items), { asOf: day, id: a.id }),
            attested: new Set(items.filter((e) => e.attested).map((e) => e.id)),
          },
        ];
      }),
  );
  return ids.flatMap((id) => {
    const learner = pooled.get(id) ?? fresh.get(id);
    return learner ? [learner] : [];
  });
}

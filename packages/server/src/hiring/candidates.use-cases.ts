/**
 * Use cases of an employer's candidates for a role: the ranked lists, one graduate's card (what the
 * graduate lets the employer see: the evidence behind each requirement met, with its attestations,
 * the skill profile, the verified showcases), and the employer's decision (shortlist, reject,
 * invite). Every list place and every opened card is recorded as a disclosure the graduate sees.
 */
import {
  type Actor,
  type CandidateState,
  getCandidateStates,
  getConsent,
  getEvidence,
  getProfile,
  getRole,
  hasStandingInterest,
  listShowcases,
  type Role,
  recordDisclosures,
  runInTransaction,
  setCandidateState,
} from '@skillbank/core';
import { SCORER_VERSION } from '@skillbank/matcher';
import { HttpError } from '../http/problem.js';
import { candidatePoolCache } from '../routes/roles/candidate-pool.cache.js';
import {
  type CandidateListName,
  explainCandidate,
  rankCandidates,
} from '../routes/roles/candidates.service.js';
import { vectoriseLearners } from './candidate-vectors.js';
import { ensureOnCandidate, ensureOnRole, type HiringDeps } from './hiring-deps.js';
import { requirementInputs } from './open-roles.cache.js';

async function ownedRole(deps: HiringDeps, actor: Actor, roleId: string): Promise<Role> {
  await ensureOnRole(deps, actor, 'role:candidates', roleId);
  const role = await getRole(deps.db, roleId);
  if (!role) throw new HttpError(404, 'not_found', `role ${roleId} was not found`);
  return role;
}

export function candidateUseCases(deps: HiringDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    list: async (
      actor: Actor,
      roleId: string,
      { list, limit, offset }: { list: CandidateListName; limit: number; offset: number },
    ) => {
      const role = await ownedRole(deps, actor, roleId);
      return rankCandidates(deps.db, candidatePoolCache(deps.db, deps.matcher), role, {
        list,
        limit,
        offset,
        now,
      });
    },

    card: async (actor: Actor, roleId: string, learnerId: string) => {
      const role = await ownedRole(deps, actor, roleId);
      await ensureOnCandidate(deps, actor, 'candidate:view', learnerId, roleId);
      const { db, matcher } = deps;
      const [learner] = await vectoriseLearners(db, matcher, [learnerId]);
      if (!learner) throw new HttpError(404, 'not_found', `learner ${learnerId} was not found`);
      const [score] = matcher.scoreCandidates(matcher.requirementSet(requirementInputs(role)), [
        learner.vector,
      ]);
      if (!score) throw new Error('scoreCandidates returned nothing for one learner');
      const explained = explainCandidate(role, learner, score);
      const evidenceIds = [...new Set(explained.metRequirements.flatMap((r) => r.evidenceIds))];
      const [evidence, profile, showcases, interested, states, consent] = await Promise.all([
        Promise.all(evidenceIds.map((id) => getEvidence(db, id))),
        getProfile(db, learnerId),
        listShowcases(db, learnerId),
        hasStandingInterest(db, roleId, learnerId),
        getCandidateStates(db, roleId, [learnerId]),
        getConsent(db, learnerId),
      ]);
      await recordDisclosures(db, {
        roleId,
        employerId: role.employerId,
        shown: [{ learnerId, rank: null, score: score.score }],
        view: 'card',
        now,
      });
      return {
        scorer: { version: SCORER_VERSION },
        taxonomy: { ...matcher.taxonomy },
        role: { id: role.id, title: role.title },
        learner: { id: learnerId, name: learner.name },
        ...explained,
        interested,
        /** Why the employer may see the card: interest in this role, or discoverable by employers. */
        sharedBy: interested ? ('interest' as const) : ('discoverable' as const),
        discoverable: consent.discoverableByEmployers,
        state: states.get(learnerId)?.state ?? null,
        evidence: evidence.flatMap((e) => (e ? [e] : [])),
        profile,
        showcases: showcases
          .filter((s) => s.revokedAt === null)
          .map((s) => ({
            title: s.title,
            url: `/s/${s.slug}`,
            createdAt: s.createdAt,
            entries: s.evidenceIds.length,
          })),
      };
    },

    decide: async (actor: Actor, roleId: string, learnerId: string, state: CandidateState) => {
      await ownedRole(deps, actor, roleId);
      await ensureOnCandidate(deps, actor, 'candidate:decide', learnerId, roleId);
      return runInTransaction(deps.db, (trx) =>
        setCandidateState(trx, { roleId, learnerId, state }, { now }),
      );
    },
  };
}

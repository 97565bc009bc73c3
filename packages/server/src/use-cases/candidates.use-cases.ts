/**
 * An employer's candidates for a role (the ranked lists are `roles.candidates`): one graduate's card (what the graduate
 * lets the employer see: the evidence behind each requirement met, with its attestations, the
 * skill profile, the verified showcases), and the employer's decision (shortlist, reject, invite).
 * Every list place and every opened card is recorded as a disclosure the graduate sees.
 */
import {
  type CandidateState,
  DomainError,
  getCandidateStates,
  getConsent,
  getEvidence,
  getProfile,
  getRole,
  hasStandingInterest,
  listShowcases,
  type Role,
  recordDisclosures,
  setCandidateState,
} from '@skillbank/core';
import { SCORER_VERSION } from '@skillbank/matcher';
import { vectoriseLearners } from '../candidates/candidate-vectors.js';
import { explainCandidate } from '../candidates/rank-candidates.js';
import { requirementInputs } from '../hiring/open-roles.cache.js';
import { ensureOnLearner, ensureOnRole } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function candidateUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  const ownedRole = async (caller: Caller, roleId: string): Promise<Role> => {
    await ensureOnRole(db, caller.account, 'role:candidates', roleId);
    const role = await getRole(db, roleId);
    if (!role) throw new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);
    return role;
  };
  return {
    card: (caller: Caller, roleId: string, learnerId: string) =>
      outcome(async () => {
        const role = await ownedRole(caller, roleId);
        await ensureOnLearner(db, caller.account, 'candidate:view', learnerId, { roleId });
        const { matcher } = deps.served.current;
        const [learner] = await vectoriseLearners(db, matcher, [learnerId]);
        if (!learner)
          throw new DomainError('learner.not_found', { learnerId }, `learner ${learnerId} was not found`);
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
      }),

    decide: (caller: Caller, roleId: string, learnerId: string, state: CandidateState) =>
      outcome(async () => {
        await ownedRole(caller, roleId);
        await ensureOnLearner(db, caller.account, 'candidate:decide', learnerId, { roleId });
        return inTransaction(deps, (trx) => setCandidateState(trx, { roleId, learnerId, state }, { now }));
      }),
  };
}

/**
 * Roles for a graduate: the published, open roles ranked by the candidate scoring their employers
 * see, with filters; and one role in detail with what the graduate meets and misses, their
 * interest, the employer's decision and the conversation.
 */
import {
  DomainError,
  getCandidateStates,
  getConversation,
  getRole,
  hasStandingInterest,
  isOpen,
  listActiveEvidence,
  listActiveInterestRoleIds,
  listCandidateStatesOfLearner,
} from '@skillbank/core';
import { SCORER_VERSION } from '@skillbank/matcher';
import { vectoriseLearners } from '../candidates/candidate-vectors.js';
import { OpenRolesCache } from '../hiring/open-roles.cache.js';
import { explainRole, type RoleFilters, rankRolesFor } from '../hiring/roles-for-learner.js';
import { ensureAllowed, ensureOnLearner, ensureOnRole } from './access.js';
import { roleView } from './role-view.js';
import { type Caller, outcome, type UseCaseDeps } from './use-case.js';

/** Asking about one's own account is for learners (the policy names who may, for the pages). */
function ownAccount(caller: Caller, learnerId: string): void {
  if (learnerId === caller.account.id) ensureAllowed(caller.account, 'own-account:use');
}

export function rolesForLearnersUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  // The open roles' requirement vectors, once per app and matcher index (rebuilt after a taxonomy swap).
  let openRoles: OpenRolesCache | null = null;
  const openRolesCache = () => {
    const { matcher } = deps.served.current;
    if (openRoles?.matcher !== matcher) openRoles = new OpenRolesCache(db, matcher);
    return openRoles;
  };
  const learnerOf = async (learnerId: string) => {
    const [learner] = await vectoriseLearners(db, deps.served.current.matcher, [learnerId]);
    if (!learner)
      throw new DomainError('learner.not_found', { learnerId }, `learner ${learnerId} was not found`);
    return learner;
  };
  return {
    list: (
      caller: Caller,
      learnerId: string,
      { limit, offset, ...filters }: RoleFilters & { limit: number; offset: number },
    ) =>
      outcome(async () => {
        ownAccount(caller, learnerId);
        await ensureOnLearner(db, caller.account, 'roles:recommended', learnerId);
        const { taxonomy } = deps.served.current;
        const page = await rankRolesFor(openRolesCache(), await learnerOf(learnerId), {
          ...filters,
          limit,
          offset,
          now: now(),
        });
        const [interested, states] = await Promise.all([
          listActiveInterestRoleIds(
            db,
            learnerId,
            page.items.map((i) => i.role.id),
          ),
          listCandidateStatesOfLearner(db, learnerId),
        ]);
        const stateOf = new Map(states.map((s) => [s.roleId, s.state]));
        return {
          scorer: { version: SCORER_VERSION },
          taxonomy: { id: taxonomy.id, version: taxonomy.version },
          items: page.items.map((item) => ({
            ...item,
            role: roleView(deps.served.current, item.role),
            interested: interested.has(item.role.id),
            state: stateOf.get(item.role.id) ?? null,
          })),
          hasMore: page.hasMore,
        };
      }),

    detail: (caller: Caller, learnerId: string, roleId: string) =>
      outcome(async () => {
        ownAccount(caller, learnerId);
        await ensureOnLearner(db, caller.account, 'roles:recommended', learnerId);
        await ensureOnRole(db, caller.account, 'role:read', roleId);
        const role = await getRole(db, roleId);
        if (!role) throw new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);
        const { matcher, taxonomy } = deps.served.current;
        const [learner, interested, states, conversation, evidence] = await Promise.all([
          learnerOf(learnerId),
          hasStandingInterest(db, roleId, learnerId),
          getCandidateStates(db, roleId, [learnerId]),
          getConversation(db, roleId, learnerId),
          listActiveEvidence(db, learnerId),
        ]);
        const explained = explainRole(matcher, role, learner);
        const behind = new Set(explained.metRequirements.flatMap((r) => r.evidenceIds));
        return {
          scorer: { version: SCORER_VERSION },
          taxonomy: { id: taxonomy.id, version: taxonomy.version },
          role: roleView(deps.served.current, role),
          open: isOpen(role, now()),
          ...explained,
          /** The learner's own evidence behind the requirements met, by title. */
          evidence: evidence.filter((e) => behind.has(e.id)).map((e) => ({ id: e.id, title: e.title })),
          interested,
          state: states.get(learnerId)?.state ?? null,
          conversation: conversation
            ? { messageCount: conversation.messageCount, unread: conversation.unread.learner }
            : null,
        };
      }),
  };
}

/**
 * Use cases of roles seen from a graduate's side: the published, open roles ranked by the same
 * candidate scoring their employers see (requirements met and missing, essential first), filtered
 * by city, mode and digital/green occupation; and one role in detail with what the graduate meets
 * and misses, their interest, the employer's decision and the conversation.
 */
import {
  type Actor,
  getCandidateStates,
  getConversation,
  getRole,
  hasStandingInterest,
  isOpen,
  listActiveInterestRoleIds,
  listCandidateStatesOfLearner,
  type Role,
  type RoleMode,
} from '@skillbank/core';
import { type LearnerVector, type MatcherIndex, SCORER_VERSION } from '@skillbank/matcher';
import { HttpError } from '../http/problem.js';
import type { PooledLearner } from '../routes/roles/candidate-pool.cache.js';
import { explainCandidate } from '../routes/roles/candidates.service.js';
import { vectoriseLearners } from './candidate-vectors.js';
import { ensureOnCandidate, ensureOnRole, type HiringDeps } from './hiring-deps.js';
import { type OpenRole, openRolesCache, requirementInputs } from './open-roles.cache.js';
import { roleBand } from './role-band.js';

export interface RoleFilters {
  city?: string | undefined;
  mode?: RoleMode | undefined;
  digital?: boolean | undefined;
  green?: boolean | undefined;
}

/** City names compared the way people write them: case, spaces and a trailing 市 do not matter. */
const cityKey = (city: string) => city.trim().toLowerCase().replace(/\s+/g, '').replace(/市$/, '');

function matches(open: OpenRole, { city, mode, digital, green }: RoleFilters): boolean {
  if (
    city !== undefined &&
    city.trim() !== '' &&
    (open.role.city === null || cityKey(open.role.city) !== cityKey(city))
  )
    return false;
  if (mode !== undefined && open.role.mode !== mode) return false;
  if (digital !== undefined && open.digital !== digital) return false;
  if (green !== undefined && open.green !== green) return false;
  return true;
}

/** One role explained for one graduate (the candidate explanation, with its band). */
function explain(matcher: MatcherIndex, role: Role, learner: PooledLearner) {
  const [score] = matcher.scoreCandidates(matcher.requirementSet(requirementInputs(role)), [
    learner.vector as LearnerVector,
  ]);
  if (!score) throw new Error('scoreCandidates returned nothing for one learner');
  const explained = explainCandidate(role, learner, score);
  return { ...explained, band: roleBand(explained.score, explained.allEssentialMet) };
}

export function rolesForLearnerUseCases(deps: HiringDeps) {
  const now = deps.now ?? (() => new Date());
  const learnerOf = async (learnerId: string) => {
    const [learner] = await vectoriseLearners(deps.db, deps.matcher, [learnerId]);
    if (!learner) throw new HttpError(404, 'not_found', `learner ${learnerId} was not found`);
    return learner;
  };
  return {
    list: async (
      actor: Actor,
      learnerId: string,
      { limit, offset, ...filters }: RoleFilters & { limit: number; offset: number },
    ) => {
      await ensureOnCandidate(deps, actor, 'roles:recommended', learnerId);
      const { matcher } = deps;
      const [snapshot, learner] = await Promise.all([
        openRolesCache(deps.db, matcher).snapshot(now()),
        learnerOf(learnerId),
      ]);
      const open = snapshot.roles.filter((r) => matches(r, filters));
      const ranked = matcher.rankRoles(
        learner.vector,
        open.map((r) => r.vectors),
        { limit: offset + limit + 1 },
      );
      const page = ranked.slice(offset, offset + limit).map((r) => open[r.index] as OpenRole);
      const ids = page.map((p) => p.role.id);
      const [interested, states] = await Promise.all([
        listActiveInterestRoleIds(deps.db, learnerId, ids),
        listCandidateStatesOfLearner(deps.db, learnerId),
      ]);
      const stateOf = new Map(states.map((s) => [s.roleId, s.state]));
      return {
        scorer: { version: SCORER_VERSION },
        taxonomy: { ...matcher.taxonomy },
        items: page.map((p) => ({
          role: p.role,
          employer: p.employer,
          ...explain(matcher, p.role, learner),
          interested: interested.has(p.role.id),
          state: stateOf.get(p.role.id) ?? null,
        })),
        hasMore: ranked.length > offset + limit,
      };
    },

    detail: async (actor: Actor, learnerId: string, roleId: string) => {
      await ensureOnCandidate(deps, actor, 'roles:recommended', learnerId);
      await ensureOnRole(deps, actor, 'role:read', roleId);
      const role = await getRole(deps.db, roleId);
      if (!role) throw new HttpError(404, 'not_found', `role ${roleId} was not found`);
      const [learner, interested, states, conversation] = await Promise.all([
        learnerOf(learnerId),
        hasStandingInterest(deps.db, roleId, learnerId),
        getCandidateStates(deps.db, roleId, [learnerId]),
        getConversation(deps.db, roleId, learnerId),
      ]);
      return {
        scorer: { version: SCORER_VERSION },
        taxonomy: { ...deps.matcher.taxonomy },
        role,
        open: isOpen(role, now()),
        ...explain(deps.matcher, role, learner),
        interested,
        state: states.get(learnerId)?.state ?? null,
        conversation: conversation
          ? { messageCount: conversation.messageCount, unread: conversation.unread.learner }
          : null,
      };
    },
  };
}

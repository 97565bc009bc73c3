/**
 * Roles seen from a graduate's side: the open roles ranked by the same candidate scoring their
 * employers see (the matcher's `rankRoles`), filtered by city, mode and digital/green occupation,
 * and each explained — requirements met (with the evidence) and missing, essential first — with
 * a band in words.
 */
import type { Role, RoleMode } from '@skillbank/core';
import type { CandidateScore, MatcherIndex, RoleRequirements } from '@skillbank/matcher';
import type { PooledLearner } from '../candidates/candidate-vectors.js';
import { explainCandidate } from '../candidates/rank-candidates.js';
import { type OpenRole, type OpenRolesCache, requirementInputs } from './open-roles.cache.js';

export interface RoleFilters {
  city?: string | undefined;
  mode?: RoleMode | undefined;
  digital?: boolean | undefined;
  green?: boolean | undefined;
}

/** City names compared the way people write them: case, spaces and a trailing 市 do not matter. */
const cityKey = (city: string) => city.trim().toLowerCase().replace(/\s+/g, '').replace(/市$/, '');

function matches(open: OpenRole, { city, mode, digital, green }: RoleFilters): boolean {
  if (city !== undefined && city.trim() !== '') {
    if (open.role.city === null || cityKey(open.role.city) !== cityKey(city)) return false;
  }
  if (mode !== undefined && open.role.mode !== mode) return false;
  if (digital !== undefined && open.digital !== digital) return false;
  if (green !== undefined && open.green !== green) return false;
  return true;
}

/** Roles explained for one graduate: the candidate explanation each employer sees, with its band. */
function explainRoles(
  matcher: MatcherIndex,
  learner: PooledLearner,
  roles: readonly { role: Role; vectors: RoleRequirements }[],
) {
  const scores = matcher.describeRoles(
    learner.vector,
    roles.map((r) => r.vectors),
  );
  return roles.map(({ role }, i) => explainCandidate(role, learner, scores[i] as CandidateScore));
}

/** One role (open or not) explained for one graduate. */
export function explainRole(matcher: MatcherIndex, role: Role, learner: PooledLearner) {
  const [explained] = explainRoles(matcher, learner, [
    { role, vectors: matcher.roleRequirements(requirementInputs(role)) },
  ]);
  if (!explained) throw new Error('describeRoles returned nothing for one role');
  return explained;
}

/** A page of the open roles for a graduate, best first. */
export async function rankRolesFor(
  cache: OpenRolesCache,
  learner: PooledLearner,
  { limit, offset, now, ...filters }: RoleFilters & { limit: number; offset: number; now: Date },
) {
  const matcher = cache.matcher;
  const snapshot = await cache.snapshot(now);
  const open = snapshot.roles.filter((r) => matches(r, filters));
  // Ranked by the vectors over every open role; the shortlist up to this page is then read by
  // meaning (as each employer's list reads it) and re-ordered within (ties keep the vector order).
  const ranked = matcher.rankRoles(
    learner.vector,
    open.map((r) => r.vectors),
    { limit: offset + limit + 1 },
  );
  const shortlist = ranked.map((r) => open[r.index] as OpenRole);
  const explained = explainRoles(matcher, learner, shortlist);
  const key = (e: (typeof explained)[number]) => (e.allEssentialMet ? 2 : 0) + e.score;
  const order = shortlist
    .map((_, i) => i)
    .sort(
      (a, b) =>
        key(explained[b] as (typeof explained)[number]) - key(explained[a] as (typeof explained)[number]) ||
        a - b,
    );
  return {
    items: order.slice(offset, offset + limit).map((i) => ({
      role: (shortlist[i] as OpenRole).role,
      employer: (shortlist[i] as OpenRole).employer,
      ...(explained[i] as (typeof explained)[number]),
    })),
    hasMore: ranked.length > offset + limit,
  };
}

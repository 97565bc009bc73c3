/** Employers' roles: post one (with suggested occupations), list, read, edit requirements, rank candidates. */
import {
  createRole,
  DomainError,
  getRole,
  listRoles,
  type NewRole,
  type RequirementEdit,
  type Role,
  replaceRoleRequirements,
} from '@skillbank/core';
import { CandidatePoolCache } from '../candidates/candidate-pool.cache.js';
import { type CandidateListName, rankCandidates } from '../candidates/rank-candidates.js';
import { searchOccupationPage } from '../matching/occupation-search.js';
import { ensureOnRole, ensureResourceAllowed } from './access.js';
import type { Page } from './evidence.use-cases.js';
import { type RoleView, roleView } from './role-view.js';
import { type Caller, inTransaction, outcome, readsOf, type UseCaseDeps } from './use-case.js';

type RoleAction = 'role:read' | 'role:update' | 'role:candidates';

export type { RoleView } from './role-view.js';

export function roleUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  // The consenting learners, vectorised once per app and matcher index (rebuilt after a taxonomy swap).
  let pool: CandidatePoolCache | null = null;
  const candidatePool = () => {
    const { matcher } = deps.served.current;
    if (pool?.matcher !== matcher) {
      const reads = readsOf(deps);
      void pool?.close();
      // Pool loads read on the replica once it has caught up with the primary (withdrawals included);
      // the feed position and the follower stay on the primary.
      pool = new CandidatePoolCache(db, matcher, {
        listen: deps.listen,
        onError: (error) =>
          deps.logger.error('candidate pool: following the feed, merging or storing a snapshot failed', {
            error: String(error),
          }),
        ...(reads.enabled ? { loadFrom: () => reads.caughtUp() } : {}),
      });
    }
    return pool;
  };

  const view = (role: Role): RoleView => roleView(deps.served.current, role);

  /** The role, after the policy let the caller do `action` on it. */
  async function ownedRole(caller: Caller, roleId: string, action: RoleAction) {
    await ensureOnRole(db, caller.account, action, roleId);
    const role = await getRole(db, roleId);
    if (!role) throw new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);
    return role;
  }

  /** Occupations a title (and description) suggests: the classifier's top five. */
  const suggest = (input: { title: string; description?: string | undefined }) =>
    deps.served.current.matcher.classify(
      input.description === undefined
        ? { title: input.title }
        : { title: input.title, description: input.description },
      { limit: 5 },
    );

  return {
    /** Posts a role; without an occupation code, the occupations its title suggests come with it. */
    create: (caller: Caller, input: NewRole) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'role:create');
        const { taxonomy } = deps.served.current;
        const role = await inTransaction(deps, (trx) =>
          createRole(trx, input, { employerId: caller.account.id, taxonomyId: taxonomy.id, now: deps.now }),
        );
        return {
          role: view(role),
          suggested: input.occupationCode === undefined ? suggest(input).candidates : null,
        };
      }),

    list: (caller: Caller, page: Page) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'role:list');
        const { items, hasMore } = await listRoles(db, caller.account.id, page);
        return { items: items.map(view), hasMore };
      }),

    get: (caller: Caller, roleId: string) =>
      outcome(async () => view(await ownedRole(caller, roleId, 'role:read'))),

    /** What the new-role form offers: the classifier's suggestion for the title, a search's hits. */
    draft: (caller: Caller, { title, description, q }: { title: string; description: string; q: string }) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'role:create');
        const suggested = title.trim()
          ? suggest(description.trim() ? { title, description } : { title })
          : null;
        const searched = q.trim()
          ? (await searchOccupationPage(deps, { q: q.slice(0, 200), limit: 10, offset: 0 })).items
          : [];
        return { suggested, searched };
      }),

    updateRequirements: (caller: Caller, roleId: string, requirements: readonly RequirementEdit[]) =>
      outcome(async () => {
        await ownedRole(caller, roleId, 'role:update');
        const role = await inTransaction(deps, (trx) =>
          replaceRoleRequirements(trx, roleId, requirements, { now: deps.now }),
        );
        return view(role);
      }),

    /**
     * A page of the learners the employer may see for the role (`all`), of those interested in it, or
     * of those shortlisted, ranked and explained; each one shown is recorded as disclosed.
     */
    candidates: (caller: Caller, roleId: string, page: Page & { list?: CandidateListName }) =>
      outcome(async () => {
        const role = await ownedRole(caller, roleId, 'role:candidates');
        const ranked = await rankCandidates(db, candidatePool(), role, { ...page, now: deps.now });
        return { role: view(role), page: ranked };
      }),
  };
}

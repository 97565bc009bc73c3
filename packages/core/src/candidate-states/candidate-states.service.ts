/**
 * An employer's decisions about candidates for a role: shortlist, reject, or invite to apply. An
 * invitation is a notice to the graduate; accepting it is expressing interest in the role, which
 * is what opens the conversation. The graduate sees the state their candidacy is in.
 */
import type { Db, Trx } from '../db/database.js';
import { isOpen } from '../roles/role-details.js';
import { roleClosed, roleNotFound } from '../roles/role-errors.js';
import { findRoleRow } from '../roles/roles.repository.js';
import { toRole } from '../roles/roles.service.js';

export const CANDIDATE_STATES = ['shortlisted', 'rejected', 'invited'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

export interface CandidateStateChange {
  roleId: string;
  learnerId: string;
  state: CandidateState;
  updatedAt: string;
}

/** Sets a candidate's state for a role (run in a transaction). Invitations only to open roles. */
export async function setCandidateState(
  trx: Trx,
  { roleId, learnerId, state }: { roleId: string; learnerId: string; state: CandidateState },
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<CandidateStateChange> {
  const row = await findRoleRow(trx, roleId);
  if (!row) throw roleNotFound(roleId);
  if (state === 'invited' && !isOpen(toRole(row), now()))
    throw roleClosed(roleId, 'invitations are sent for published roles that have not closed');
  const updatedAt = now().toISOString();
  await trx
    .insertInto('candidate_states')
    .values({ role_id: roleId, learner_id: learnerId, state, updated_at: updatedAt })
    .onConflict((oc) => oc.columns(['role_id', 'learner_id']).doUpdateSet({ state, updated_at: updatedAt }))
    .execute();
  return { roleId, learnerId, state, updatedAt };
}

/** The states of these candidates for a role (those without one are left out). */
export async function getCandidateStates(
  db: Db,
  roleId: string,
  learnerIds: readonly string[],
): Promise<Map<string, CandidateStateChange>> {
  if (learnerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('candidate_states')
    .selectAll()
    .where('role_id', '=', roleId)
    .where('learner_id', 'in', [...new Set(learnerIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.learner_id,
      { roleId, learnerId: r.learner_id, state: r.state as CandidateState, updatedAt: r.updated_at },
    ]),
  );
}

/** The learners in a state for a role. */
export async function listLearnerIdsInState(
  db: Db,
  roleId: string,
  state: CandidateState,
): Promise<string[]> {
  const rows = await db
    .selectFrom('candidate_states')
    .select('learner_id')
    .where('role_id', '=', roleId)
    .where('state', '=', state)
    .orderBy('updated_at')
    .orderBy('learner_id')
    .execute();
  return rows.map((r) => r.learner_id);
}

/** A learner's states over roles (the roles they were shortlisted for, rejected from or invited to). */
export async function listCandidateStatesOfLearner(
  db: Db,
  learnerId: string,
): Promise<CandidateStateChange[]> {
  const rows = await db
    .selectFrom('candidate_states as s')
    .innerJoin('roles as r', 'r.id', 's.role_id')
    .select(['s.role_id', 's.state', 's.updated_at'])
    .where('s.learner_id', '=', learnerId)
    .where('r.deleted_at', 'is', null)
    .orderBy('s.updated_at', 'desc')
    .execute();
  return rows.map((r) => ({
    roleId: r.role_id,
    learnerId,
    state: r.state as CandidateState,
    updatedAt: r.updated_at,
  }));
}

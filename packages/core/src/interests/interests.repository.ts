/** Queries over interests in roles and withdrawals from employers. */
import type { Db } from '../db/database.js';
import type { NewRoleInterestRow, RoleInterestRow } from './interests.table.js';

export function findInterestRow(
  db: Db,
  roleId: string,
  learnerId: string,
): Promise<RoleInterestRow | undefined> {
  return db
    .selectFrom('role_interests')
    .selectAll()
    .where('role_id', '=', roleId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
}

export async function upsertInterestRow(db: Db, row: NewRoleInterestRow): Promise<void> {
  await db
    .insertInto('role_interests')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['role_id', 'learner_id']).doUpdateSet({
        active: row.active,
        expressed_at: row.expressed_at,
        withdrawn_at: row.withdrawn_at ?? null,
      }),
    )
    .execute();
}

export async function setInterestWithdrawn(
  db: Db,
  roleId: string,
  learnerId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('role_interests')
    .set({ active: 0, withdrawn_at: at })
    .where('role_id', '=', roleId)
    .where('learner_id', '=', learnerId)
    .execute();
}

/** A learner's interests, newest first; only those with one employer when `employerId` is given. */
export function listInterestRowsOfLearner(
  db: Db,
  learnerId: string,
  { employerId, activeOnly = false }: { employerId?: string; activeOnly?: boolean } = {},
) {
  let query = db
    .selectFrom('role_interests as i')
    .innerJoin('roles as r', 'r.id', 'i.role_id')
    .innerJoin('accounts as a', 'a.id', 'i.employer_id')
    .select([
      'i.role_id',
      'i.learner_id',
      'i.employer_id',
      'i.active',
      'i.expressed_at',
      'i.withdrawn_at',
      'r.title',
      'a.name as employer_name',
      'a.organisation as employer_organisation',
    ])
    .where('i.learner_id', '=', learnerId);
  if (employerId !== undefined) query = query.where('i.employer_id', '=', employerId);
  if (activeOnly) query = query.where('i.active', '=', 1);
  return query.orderBy('i.expressed_at', 'desc').orderBy('i.role_id').execute();
}

/** Ids of the learners whose interest in a role stands, oldest interest first. */
export async function listActiveInterestLearnerIds(db: Db, roleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('role_interests')
    .select('learner_id')
    .where('role_id', '=', roleId)
    .where('active', '=', 1)
    .orderBy('expressed_at')
    .orderBy('learner_id')
    .execute();
  return rows.map((r) => r.learner_id);
}

/** Which of these roles a learner's interest stands in. */
export async function listActiveInterestRoleIds(
  db: Db,
  learnerId: string,
  roleIds: readonly string[],
): Promise<Set<string>> {
  if (roleIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('role_interests')
    .select('role_id')
    .where('learner_id', '=', learnerId)
    .where('active', '=', 1)
    .where('role_id', 'in', [...new Set(roleIds)])
    .execute();
  return new Set(rows.map((r) => r.role_id));
}

export async function hasExclusionRow(db: Db, learnerId: string, employerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('employer_exclusions')
    .select('learner_id')
    .where('learner_id', '=', learnerId)
    .where('employer_id', '=', employerId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertExclusionRow(
  db: Db,
  learnerId: string,
  employerId: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('employer_exclusions')
    .values({ learner_id: learnerId, employer_id: employerId, excluded_at: at })
    .onConflict((oc) => oc.columns(['learner_id', 'employer_id']).doNothing())
    .execute();
}

export async function deleteExclusionRow(db: Db, learnerId: string, employerId: string): Promise<void> {
  await db
    .deleteFrom('employer_exclusions')
    .where('learner_id', '=', learnerId)
    .where('employer_id', '=', employerId)
    .execute();
}

/** Learners who withdrew from an employer. */
export async function listExcludingLearnerIds(db: Db, employerId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('employer_exclusions')
    .select('learner_id')
    .where('employer_id', '=', employerId)
    .execute();
  return new Set(rows.map((r) => r.learner_id));
}

/** Employers a learner withdrew from, with when. */
export function listExclusionRowsOfLearner(db: Db, learnerId: string) {
  return db
    .selectFrom('employer_exclusions as x')
    .innerJoin('accounts as a', 'a.id', 'x.employer_id')
    .select(['x.employer_id', 'x.excluded_at', 'a.name', 'a.organisation'])
    .where('x.learner_id', '=', learnerId)
    .orderBy('x.excluded_at', 'desc')
    .execute();
}

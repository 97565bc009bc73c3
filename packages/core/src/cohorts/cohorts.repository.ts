/** Queries over cohorts, their members and invitations. */
import type { Db } from '../db/database.js';
import type { CohortInvitationRow, CohortRow, NewCohortRow } from './cohorts.table.js';

export async function insertCohortRow(db: Db, row: NewCohortRow): Promise<void> {
  await db.insertInto('cohorts').values(row).execute();
}

export function findCohortRow(db: Db, id: string): Promise<CohortRow | undefined> {
  return db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An advisor's cohorts (or, with `learnerId`, the cohorts a learner is in), newest first, with member counts. */
export function listCohortRows(
  db: Db,
  {
    advisorId,
    learnerId,
    limit,
    offset,
  }: { advisorId?: string; learnerId?: string; limit: number; offset: number },
): Promise<(CohortRow & { members: number | string | bigint })[]> {
  let query = db
    .selectFrom('cohorts as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('cohort_members as m')
        .select((m) => m.fn.countAll().as('n'))
        .whereRef('m.cohort_id', '=', 'c.id')
        .as('members'),
    );
  if (advisorId !== undefined) query = query.where('c.advisor_id', '=', advisorId);
  if (learnerId !== undefined)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('cohort_members as x')
          .select('x.cohort_id')
          .whereRef('x.cohort_id', '=', 'c.id')
          .where('x.learner_id', '=', learnerId),
      ),
    );
  return query.orderBy('c.created_at', 'desc').orderBy('c.id').limit(limit).offset(offset).execute() as never;
}

export async function insertInvitationRow(db: Db, row: CohortInvitationRow): Promise<void> {
  await db.insertInto('cohort_invitations').values(row).execute();
}

export function findInvitationRow(db: Db, codeHash: string): Promise<CohortInvitationRow | undefined> {
  return db.selectFrom('cohort_invitations').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/** Adds a member; false when they already were one. */
export async function insertMemberRow(
  db: Db,
  cohortId: string,
  learnerId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto('cohort_members')
    .values({ cohort_id: cohortId, learner_id: learnerId, joined_at: at })
    .onConflict((oc) => oc.columns(['cohort_id', 'learner_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteMemberRow(db: Db, cohortId: string, learnerId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('cohort_members')
    .where('cohort_id', '=', cohortId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function isMember(db: Db, cohortId: string, learnerId: string): Promise<boolean> {
  return db
    .selectFrom('cohort_members')
    .select('learner_id')
    .where('cohort_id', '=', cohortId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst()
    .then((row) => row !== undefined);
}

/** A cohort's members with their names, in order of joining (then id). */
export function listMemberRows(
  db: Db,
  cohortId: string,
  { limit, offset }: { limit?: number; offset?: number } = {},
): Promise<{ learner_id: string; name: string; joined_at: string }[]> {
  let query = db
    .selectFrom('cohort_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.learner_id')
    .select(['m.learner_id', 'a.name', 'm.joined_at'])
    .where('m.cohort_id', '=', cohortId)
    .orderBy('m.joined_at')
    .orderBy('m.learner_id');
  if (limit !== undefined) query = query.limit(limit).offset(offset ?? 0);
  return query.execute();
}

/** Whether the advisor runs any cohort the learner is a member of. */
export async function advisesLearner(db: Db, advisorId: string, learnerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cohort_members as m')
    .innerJoin('cohorts as c', 'c.id', 'm.cohort_id')
    .select('m.cohort_id')
    .where('c.advisor_id', '=', advisorId)
    .where('m.learner_id', '=', learnerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Learners who are members of any cohort, by id after `after` (each once), from at most `limit` memberships. */
export async function listCohortLearnerIdRows(
  db: Db,
  { after, limit }: { after?: string | undefined; limit: number },
): Promise<string[]> {
  // No DISTINCT: both dialects then walk `cohort_members_by_learner` in order and stop at the limit.
  let query = db.selectFrom('cohort_members').select('learner_id');
  if (after !== undefined) query = query.where('learner_id', '>', after);
  const rows = await query.orderBy('learner_id').limit(limit).execute();
  return [...new Set(rows.map((r) => r.learner_id))];
}

/** Which of these learners are members of any cohort. */
export async function listCohortLearnersAmongRows(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('cohort_members')
    .select('learner_id')
    .distinct()
    .where('learner_id', 'in', ids as string[])
    .execute();
  return rows.map((r) => r.learner_id);
}

/** Learners who joined any cohort after `since` (an ISO instant), each once. */
export async function listCohortLearnersJoinedAfterRows(db: Db, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cohort_members')
    .select('learner_id')
    // No DISTINCT: SQLite would then walk the learner index instead of the join-time one.
    .where('joined_at', '>', since)
    .execute();
  return [...new Set(rows.map((r) => r.learner_id))];
}

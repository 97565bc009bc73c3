/** Queries over roles. Deleted drafts are left out of every read but the disclosure record's. */
import type { Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { NewRoleRow, RoleRow, RoleTable } from './roles.table.js';

export async function insertRoleRow(db: Db, row: NewRoleRow): Promise<void> {
  await db.insertInto('roles').values(row).execute();
}

export function findRoleRow(db: Db, id: string): Promise<RoleRow | undefined> {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function updateRoleRow(db: Db, id: string, changes: Updateable<RoleTable>): Promise<void> {
  await db.updateTable('roles').set(changes).where('id', '=', id).execute();
}

export async function updateRoleRequirementsRow(
  db: Db,
  id: string,
  changes: Pick<RoleRow, 'requirements' | 'next_requirement' | 'updated_at'>,
): Promise<void> {
  await updateRoleRow(db, id, changes);
}

/** An employer's roles, newest first. */
export function listRoleRows(
  db: Db,
  employerId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<RoleRow[]> {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('employer_id', '=', employerId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Published roles whose closing date is not before `today`, oldest first. */
export function listOpenRoleRows(db: Db, today: string): Promise<RoleRow[]> {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('closes_on', 'is', null), eb('closes_on', '>=', today)]))
    .orderBy('published_at')
    .orderBy('id')
    .execute();
}

/**
 * A stamp that changes whenever a published role does: how many there are and the latest change.
 * Every edit, publication and closing sets `updated_at`.
 */
export async function publishedRolesStamp(db: Db): Promise<string> {
  const row = await db
    .selectFrom('roles')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('last')])
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}@${row?.last ?? ''}`;
}

/** Titles and employers of roles by id (deleted drafts included: records outlive them). */
export function listRoleHeadRows(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; title: string; employer_id: string; status: string; deleted_at: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('roles')
    .select(['id', 'title', 'employer_id', 'status', 'deleted_at'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Which of these task ids exist in a taxonomy. */
export async function findKnownTaskIds(db: Db, taxonomyId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('occupation_tasks')
    .select('id')
    .where('taxonomy_id', '=', taxonomyId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

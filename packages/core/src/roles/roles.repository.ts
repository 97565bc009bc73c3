/** Queries over roles. */
import type { Db } from '../db/database.js';
import type { NewRoleRow, RoleRow } from './roles.table.js';

export async function insertRoleRow(db: Db, row: NewRoleRow): Promise<void> {
  await db.insertInto('roles').values(row).execute();
}

export function findRoleRow(db: Db, id: string): Promise<RoleRow | undefined> {
  return db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateRoleRequirementsRow(
  db: Db,
  id: string,
  changes: Pick<RoleRow, 'requirements' | 'next_requirement' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('roles').set(changes).where('id', '=', id).execute();
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
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
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

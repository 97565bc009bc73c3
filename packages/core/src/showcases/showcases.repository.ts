/** Queries over showcases. */
import type { Db } from '../db/database.js';
import type { NewShowcaseRow, ShowcaseRow } from './showcases.table.js';

export async function insertShowcaseRow(db: Db, row: NewShowcaseRow): Promise<void> {
  await db.insertInto('showcases').values(row).execute();
}

export function findShowcaseRowBySlug(db: Db, slug: string): Promise<ShowcaseRow | undefined> {
  return db.selectFrom('showcases').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findShowcaseRow(db: Db, id: string): Promise<ShowcaseRow | undefined> {
  return db.selectFrom('showcases').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listShowcaseRows(db: Db, learnerId: string): Promise<ShowcaseRow[]> {
  return db
    .selectFrom('showcases')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function setShowcaseRevokedAt(db: Db, id: string, revokedAt: string): Promise<void> {
  await db.updateTable('showcases').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
}

export async function setShowcaseSettings(
  db: Db,
  id: string,
  settings: Pick<NewShowcaseRow, 'display_name' | 'school' | 'field' | 'show_summary' | 'show_best_fits'>,
): Promise<void> {
  await db.updateTable('showcases').set(settings).where('id', '=', id).execute();
}

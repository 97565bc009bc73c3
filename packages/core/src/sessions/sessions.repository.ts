/** Queries over web sessions. */
import type { Db } from '../db/database.js';
import type { NewWebSessionRow, WebSessionRow } from './sessions.table.js';

export async function insertWebSessionRow(db: Db, row: NewWebSessionRow): Promise<void> {
  await db.insertInto('web_sessions').values(row).execute();
}

export function findWebSessionRow(db: Db, idHash: string): Promise<WebSessionRow | undefined> {
  return db.selectFrom('web_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function deleteWebSessionRow(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteExpiredWebSessionRows(db: Db, now: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('expires_at', '<=', now).execute();
}

/** Ends every session of an account (its access key changed). */
export async function deleteAccountWebSessionRows(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('account_id', '=', accountId).execute();
}

export async function updateWebSessionReveal(
  db: Db,
  idHash: string,
  reveal: { reveal_sealed: string | null; reveal_until: string | null },
): Promise<void> {
  await db.updateTable('web_sessions').set(reveal).where('id_hash', '=', idHash).execute();
}

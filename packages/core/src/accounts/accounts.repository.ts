/** Queries over accounts. */
import type { Db } from '../db/database.js';
import type { AccountRow, AccountTable, NewAccountRow } from './accounts.table.js';

export async function insertAccountRow(db: Db, row: NewAccountRow): Promise<void> {
  await db.insertInto('accounts').values(row).execute();
}

export function findAccountRow(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAccountRowByTokenHash(db: Db, tokenHash: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function listAccountRows(db: Db, ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

/** Employer and advisor accounts (the ones that can attest), by organisation and name. */
export function listAttesterAccountRows(db: Db, { limit }: { limit: number }): Promise<AccountRow[]> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('role', 'in', ['employer', 'advisor'])
    .orderBy('organisation')
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function findAccountRowByRecoveryHash(db: Db, recoveryHash: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('recovery_hash', '=', recoveryHash).executeTakeFirst();
}

/** Replaces an account's key material (token hash, sealed private keys, recovery hash). */
export async function updateAccountSecrets(
  db: Db,
  id: string,
  set: Partial<
    Pick<
      AccountTable,
      'token_hash' | 'private_key_wrapped' | 'recovery_hash' | 'private_key_recovery_wrapped'
    >
  >,
): Promise<void> {
  await db.updateTable('accounts').set(set).where('id', '=', id).execute();
}

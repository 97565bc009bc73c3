/** Storage of issued and imported credentials and of the status lists that revoke them. */
import type { Db, Trx } from '../db/database.js';
import { newId } from '../ids.js';
import type {
  ImportedCredentialRow,
  IssuedCredentialRow,
  NewImportedCredentialRow,
  NewIssuedCredentialRow,
} from './credentials.table.js';
import { STATUS_LIST_LENGTH } from './status-list.js';

/**
 * An odd multiplier: `n ↦ n × STRIDE mod 2^17` is a bijection, so consecutive credentials get
 * scattered yet never colliding slots (the specification advises against guessable, sequential ones).
 */
const STRIDE = 0x9e37;

/** The next free slot of the current list (a new list when it is full), taken under the row's lock. */
export async function allocateStatusSlot(trx: Trx, now: Date): Promise<{ listId: string; index: number }> {
  for (;;) {
    const current = await trx
      .selectFrom('status_lists')
      .select('id')
      .where('allocated', '<', STATUS_LIST_LENGTH)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const listId = current?.id ?? newId('sl');
    if (!current) {
      await trx
        .insertInto('status_lists')
        .values({ id: listId, length: STATUS_LIST_LENGTH, allocated: 0, created_at: now.toISOString() })
        .execute();
    }
    const taken = await trx
      .updateTable('status_lists')
      .set((eb) => ({ allocated: eb('allocated', '+', 1) }))
      .where('id', '=', listId)
      .where('allocated', '<', STATUS_LIST_LENGTH)
      .returning('allocated')
      .executeTakeFirst();
    if (taken) return { listId, index: ((taken.allocated - 1) * STRIDE) % STATUS_LIST_LENGTH };
  }
}

export async function insertIssuedCredential(trx: Trx, row: NewIssuedCredentialRow): Promise<void> {
  await trx.insertInto('issued_credentials').values(row).execute();
}

/** Credentials of one piece of evidence, oldest first. */
export function findIssuedCredentialRows(db: Db, evidenceId: string): Promise<IssuedCredentialRow[]> {
  return db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('evidence_id', '=', evidenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A learner's credentials, oldest first. */
export function listIssuedCredentialRows(db: Db, learnerId: string): Promise<IssuedCredentialRow[]> {
  return db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Marks the credentials of a piece revoked (their status bits go on); returns how many changed. */
export async function markCredentialsRevoked(trx: Trx, evidenceId: string, at: string): Promise<number> {
  const result = await trx
    .updateTable('issued_credentials')
    .set({ revoked_at: at })
    .where('evidence_id', '=', evidenceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findStatusListRow(db: Db, id: string) {
  return db.selectFrom('status_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The set bits of a list: the slots of revoked credentials. */
export async function revokedSlots(db: Db, listId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('issued_credentials')
    .select('status_index')
    .where('status_list_id', '=', listId)
    .where('revoked_at', 'is not', null)
    .execute();
  return rows.map((r) => r.status_index);
}

export async function insertImportedCredential(trx: Trx, row: NewImportedCredentialRow): Promise<void> {
  await trx.insertInto('imported_credentials').values(row).execute();
}

export function findImportedCredentialRow(
  db: Db,
  evidenceId: string,
): Promise<ImportedCredentialRow | undefined> {
  return db
    .selectFrom('imported_credentials')
    .selectAll()
    .where('evidence_id', '=', evidenceId)
    .executeTakeFirst();
}

/** An earlier import of the same bytes by the same learner, if any. */
export function findImportBySha(db: Db, learnerId: string, sha256: string) {
  return db
    .selectFrom('imported_credentials')
    .select('evidence_id')
    .where('learner_id', '=', learnerId)
    .where('original_sha256', '=', sha256)
    .executeTakeFirst();
}

/** Queries over attestation requests. */
import type { Db } from '../db/database.js';
import type { AttestationRequestRow, NewAttestationRequestRow } from './attestation.table.js';

export async function insertAttestationRequestRow(db: Db, row: NewAttestationRequestRow): Promise<void> {
  await db.insertInto('attestation_requests').values(row).execute();
}

export function findAttestationRequestRow(
  db: Db,
  evidenceId: string,
  attesterId: string,
): Promise<AttestationRequestRow | undefined> {
  return db
    .selectFrom('attestation_requests')
    .selectAll()
    .where('evidence_id', '=', evidenceId)
    .where('attester_id', '=', attesterId)
    .executeTakeFirst();
}

/** Requests an attester received, or a learner sent: newest first. */
export function listAttestationRequestRows(
  db: Db,
  {
    attesterId,
    learnerId,
    limit,
    offset,
  }: { attesterId?: string; learnerId?: string; limit: number; offset: number },
): Promise<AttestationRequestRow[]> {
  let query = db.selectFrom('attestation_requests').selectAll();
  if (attesterId !== undefined) query = query.where('attester_id', '=', attesterId);
  if (learnerId !== undefined) query = query.where('learner_id', '=', learnerId);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
}

/** Whether `attesterId` was asked to attest `evidenceId`. */
export async function wasAskedToAttest(db: Db, evidenceId: string, attesterId: string): Promise<boolean> {
  return (await findAttestationRequestRow(db, evidenceId, attesterId)) !== undefined;
}

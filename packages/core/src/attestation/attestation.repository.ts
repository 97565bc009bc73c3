/** Queries over attestation requests. */
import type { Db } from '../db/database.js';
import type {
  AttestationInviteRow,
  AttestationRequestEventRow,
  AttestationRequestRow,
  NewAttestationRequestRow,
} from './attestation.table.js';

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

export function findAttestationRequestById(db: Db, id: string): Promise<AttestationRequestRow | undefined> {
  return db.selectFrom('attestation_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAttestationRequestEventRow(
  db: Db,
  row: AttestationRequestEventRow,
): Promise<void> {
  await db.insertInto('attestation_request_events').values(row).execute();
}

/** The events of some requests, oldest first (then by id, for events in the same millisecond). */
export function listAttestationRequestEventRows(
  db: Db,
  requestIds: readonly string[],
): Promise<AttestationRequestEventRow[]> {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attestation_request_events')
    .selectAll()
    .where('request_id', 'in', [...requestIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertAttestationInviteRow(db: Db, row: AttestationInviteRow): Promise<void> {
  await db.insertInto('attestation_invites').values(row).execute();
}

export function findAttestationInviteByCode(db: Db, code: string): Promise<AttestationInviteRow | undefined> {
  return db.selectFrom('attestation_invites').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Marks an unused invite as used by `requestId`; false when it was used meanwhile. */
export async function claimAttestationInviteRow(
  db: Db,
  id: string,
  requestId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('attestation_invites')
    .set({ request_id: requestId, claimed_at: at })
    .where('id', '=', id)
    .where('request_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A learner's invites, newest first; with `evidenceId`, those about one piece. */
export function listAttestationInviteRows(
  db: Db,
  learnerId: string,
  { evidenceId }: { evidenceId?: string } = {},
): Promise<AttestationInviteRow[]> {
  let query = db.selectFrom('attestation_invites').selectAll().where('learner_id', '=', learnerId);
  if (evidenceId !== undefined) query = query.where('evidence_id', '=', evidenceId);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(100).execute();
}

/** Attester accounts a learner may ask from a list: advisors of the learner's cohorts, and whoever the learner asked before. */
export async function listKnownAttesterIds(
  db: Db,
  learnerId: string,
): Promise<{ cohortAdvisors: string[]; askedBefore: string[] }> {
  const [advisors, asked] = await Promise.all([
    db
      .selectFrom('cohort_members as m')
      .innerJoin('cohorts as c', 'c.id', 'm.cohort_id')
      .select('c.advisor_id')
      .distinct()
      .where('m.learner_id', '=', learnerId)
      .execute(),
    db
      .selectFrom('attestation_requests')
      .select('attester_id')
      .distinct()
      .where('learner_id', '=', learnerId)
      .execute(),
  ]);
  return {
    cohortAdvisors: advisors.map((r) => r.advisor_id),
    askedBefore: asked.map((r) => r.attester_id),
  };
}

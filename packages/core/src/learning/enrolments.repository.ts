/** Queries over enrolments and learning results. */
import type { Db } from '../db/database.js';
import type {
  EnrolmentRow,
  LearningResultRow,
  NewEnrolmentRow,
  NewLearningResultRow,
} from './learning.table.js';

export async function insertEnrolmentRow(db: Db, row: NewEnrolmentRow): Promise<void> {
  await db.insertInto('enrolments').values(row).execute();
}

export function findEnrolmentRow(db: Db, id: string): Promise<EnrolmentRow | undefined> {
  return db.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEnrolmentRowOf(
  db: Db,
  offeringId: string,
  learnerId: string,
): Promise<EnrolmentRow | undefined> {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('offering_id', '=', offeringId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
}

export async function setEnrolmentStatus(db: Db, id: string, status: string, at: string): Promise<void> {
  await db.updateTable('enrolments').set({ status, updated_at: at }).where('id', '=', id).execute();
}

/** An offering's enrolments, oldest first. */
export function listEnrolmentRowsOfOffering(
  db: Db,
  offeringId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<EnrolmentRow[]> {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('offering_id', '=', offeringId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** A learner's enrolments, newest first. */
export function listEnrolmentRowsOfLearner(db: Db, learnerId: string): Promise<EnrolmentRow[]> {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertResultRow(db: Db, row: NewLearningResultRow): Promise<void> {
  await db.insertInto('learning_results').values(row).execute();
}

export function findResultRow(db: Db, id: string): Promise<LearningResultRow | undefined> {
  return db.selectFrom('learning_results').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateResultRow(
  db: Db,
  id: string,
  changes: Partial<Omit<LearningResultRow, 'id'>>,
): Promise<void> {
  await db.updateTable('learning_results').set(changes).where('id', '=', id).execute();
}

/** Results recorded on these enrolments, oldest first. */
export function listResultRowsOfEnrolments(
  db: Db,
  enrolmentIds: readonly string[],
): Promise<LearningResultRow[]> {
  if (enrolmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('learning_results')
    .selectAll()
    .where('enrolment_id', 'in', [...enrolmentIds])
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

/** Accepted results of an offering the learner lets the public see. */
export function listPublicResultRows(db: Db, offeringId: string): Promise<LearningResultRow[]> {
  return db
    .selectFrom('learning_results')
    .selectAll()
    .where('offering_id', '=', offeringId)
    .where('status', '=', 'accepted')
    .where('shown_publicly', '=', 1)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

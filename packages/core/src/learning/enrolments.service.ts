/** Enrolling in offerings, and the lists a provider and a learner see. */
import { getAccounts } from '../accounts/accounts.service.js';
import type { Db, Trx } from '../db/database.js';
import { isUniqueViolation } from '../db/transaction.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import {
  findEnrolmentRow,
  findEnrolmentRowOf,
  insertEnrolmentRow,
  listEnrolmentRowsOfLearner,
  listEnrolmentRowsOfOffering,
  listResultRowsOfEnrolments,
  setEnrolmentStatus,
} from './enrolments.repository.js';
import type { EnrolmentRow } from './learning.table.js';
import type { Enrolment, LearningResult, Offering } from './learning.types.js';
import { getOffering, getOfferings } from './offerings.service.js';
import { toLearningResult } from './results.service.js';

export function toEnrolment(row: EnrolmentRow): Enrolment {
  return {
    id: row.id,
    offeringId: row.offering_id,
    learnerId: row.learner_id,
    status: row.status as Enrolment['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getEnrolment(db: Db, id: string): Promise<Enrolment | null> {
  const row = await findEnrolmentRow(db, id);
  return row ? toEnrolment(row) : null;
}

/** A learner enrols in a published offering (again, after withdrawing); once per offering. */
export async function enrol(
  trx: Trx,
  offeringId: string,
  learnerId: string,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<Enrolment> {
  const offering = await getOffering(trx, offeringId);
  if (!offering)
    throw new DomainError('offering.not_found', { offeringId }, `offering ${offeringId} was not found`);
  if (offering.status !== 'published')
    throw new DomainError(
      'offering.withdrawn',
      { offeringId },
      `offering ${offeringId} was withdrawn and takes no enrolments`,
    );
  const at = now().toISOString();
  const existing = await findEnrolmentRowOf(trx, offeringId, learnerId);
  if (existing?.status === 'enrolled')
    throw new DomainError(
      'enrolment.exists',
      { offeringId, learnerId },
      `you are already enrolled in offering ${offeringId}`,
    );
  if (existing) {
    await setEnrolmentStatus(trx, existing.id, 'enrolled', at);
    return toEnrolment((await findEnrolmentRow(trx, existing.id)) as EnrolmentRow);
  }
  const row: EnrolmentRow = {
    id: newId('en'),
    offering_id: offeringId,
    learner_id: learnerId,
    status: 'enrolled',
    created_at: at,
    updated_at: at,
  };
  try {
    await insertEnrolmentRow(trx, row);
  } catch (error) {
    if (isUniqueViolation(error, 'enrolments_once', 'enrolments.offering_id'))
      throw new DomainError(
        'enrolment.exists',
        { offeringId, learnerId },
        `you are already enrolled in offering ${offeringId}`,
      );
    throw error;
  }
  return toEnrolment(row);
}

/** A learner withdraws an enrolment; results already recorded stay. */
export async function withdrawEnrolment(
  trx: Trx,
  id: string,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<Enrolment> {
  const row = await findEnrolmentRow(trx, id);
  if (!row)
    throw new DomainError('enrolment.not_found', { enrolmentId: id }, `enrolment ${id} was not found`);
  await setEnrolmentStatus(trx, id, 'withdrawn', now().toISOString());
  return toEnrolment((await findEnrolmentRow(trx, id)) as EnrolmentRow);
}

export interface OfferingEnrolment extends Enrolment {
  learner: { id: string; name: string };
  /** Every result recorded on the enrolment, oldest first. */
  results: LearningResult[];
}

/** An offering's enrolments with the learners' names and results (what its provider sees). */
export async function listOfferingEnrolments(
  db: Db,
  offeringId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: OfferingEnrolment[]; hasMore: boolean }> {
  const rows = await listEnrolmentRowsOfOffering(db, offeringId, { limit: limit + 1, offset });
  const page = rows.slice(0, limit);
  const names = new Map(
    (
      await getAccounts(
        db,
        page.map((r) => r.learner_id),
      )
    ).map((a) => [a.id, a.name]),
  );
  const results = await listResultRowsOfEnrolments(
    db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((row) => ({
      ...toEnrolment(row),
      learner: { id: row.learner_id, name: names.get(row.learner_id) ?? '' },
      results: results.filter((r) => r.enrolment_id === row.id).map(toLearningResult),
    })),
    hasMore: rows.length > limit,
  };
}

export interface LearnerEnrolment extends Enrolment {
  offering: Offering;
  results: LearningResult[];
}

/** A learner's enrolments, newest first, each with its offering and results (enrolled / completed). */
export async function listLearnerEnrolments(db: Db, learnerId: string): Promise<LearnerEnrolment[]> {
  const rows = await listEnrolmentRowsOfLearner(db, learnerId);
  const offerings = new Map(
    (
      await getOfferings(
        db,
        rows.map((r) => r.offering_id),
      )
    ).map((o) => [o.id, o]),
  );
  const results = await listResultRowsOfEnrolments(
    db,
    rows.map((r) => r.id),
  );
  return rows.flatMap((row) => {
    const offering = offerings.get(row.offering_id);
    if (!offering) return [];
    return [
      {
        ...toEnrolment(row),
        offering,
        results: results.filter((r) => r.enrolment_id === row.id).map(toLearningResult),
      },
    ];
  });
}

/** Gathers what the learning access rules need to know about an offering, enrolment or result. */
import type { Db } from '../db/database.js';
import { findEnrolmentRow, findResultRow } from '../learning/enrolments.repository.js';
import { findOfferingRow } from '../learning/offerings.repository.js';
import type { LearningSubject } from './learning.policy.js';

const NONE: LearningSubject = { providerId: null, learnerId: null };

/** The subject of a request about an offering (`providerId: null` when there is no such offering). */
export async function offeringSubject(db: Db, offeringId: string): Promise<LearningSubject> {
  const row = await findOfferingRow(db, offeringId);
  return row ? { providerId: row.provider_id, learnerId: null } : NONE;
}

/** The subject of a request about an enrolment: its offering's provider and its learner. */
export async function enrolmentSubject(db: Db, enrolmentId: string): Promise<LearningSubject> {
  const row = await findEnrolmentRow(db, enrolmentId);
  if (!row) return NONE;
  const offering = await findOfferingRow(db, row.offering_id);
  return offering ? { providerId: offering.provider_id, learnerId: row.learner_id } : NONE;
}

/** The subject of a request about a result: the provider who recorded it and its learner. */
export async function resultSubject(db: Db, resultId: string): Promise<LearningSubject> {
  const row = await findResultRow(db, resultId);
  return row ? { providerId: row.provider_id, learnerId: row.learner_id } : NONE;
}

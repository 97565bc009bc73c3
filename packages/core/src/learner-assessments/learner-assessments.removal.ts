/**
 * Removing a learner's stored assessments, apart from the repository (which reads consent) so that
 * the consent service can call it in its own transaction.
 */
import type { Db, Trx } from '../db/database.js';

/** Removes a learner's stored assessments (in the transaction that stops advisors seeing their evidence). */
export async function deleteLearnerAssessments(trx: Trx | Db, learnerId: string): Promise<void> {
  await trx.deleteFrom('learner_assessments').where('learner_id', '=', learnerId).execute();
}

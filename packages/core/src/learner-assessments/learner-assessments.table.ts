/** Stored learner assessments: a derived cache of what a cohort report computes per learner, never a source of truth. */
import type { Selectable } from 'kysely';

/**
 * At most one row per learner: the assessment made from the chain whose head hash is `head_hash`,
 * under one assessment key (`scorer_version`: the report's form and the matcher's scorer;
 * `taxonomy_hash`) for one day (`as_of`, recency being measured at it). Valid only while all four
 * still hold; a newer one replaces it. `data` is the report's binary encoding, opaque to core.
 */
export interface LearnerAssessmentTable {
  learner_id: string;
  head_hash: string;
  head_seq: number;
  scorer_version: string;
  taxonomy_hash: string;
  as_of: string;
  data: Uint8Array;
  created_at: string;
  /** `YYYY-MM-DD` (UTC) of the latest report that used this learner's row (`''`: none yet, a pre-assessed row): the pre-assessor's sweep goes the most recently reported first. */
  reported_on: string;
}

/** What the pre-assessor did on one day for one assessment key (`scorer_version|taxonomy_hash`). */
export interface PreassessmentTable {
  day: string;
  assessment_key: string;
  /** Learners assessed (and stored) so far that day for that key. */
  learners: number;
  /** When every reportable learner was swept for the key that day (null while some are left, or the day's cap was reached). */
  finished_at: string | null;
  updated_at: string;
  /** After the sweep: the change-feed position up to which changed learners were looked at. */
  feed_pos: number | null;
  /** After the sweep: cohort members who joined after this instant (less a margin) are looked at. */
  members_since: string | null;
}

export type LearnerAssessmentRow = Selectable<LearnerAssessmentTable>;

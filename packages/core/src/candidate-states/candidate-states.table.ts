/** Storage of an employer's decision about a candidate for a role. */
import type { Insertable, Selectable } from 'kysely';

export interface CandidateStateTable {
  role_id: string;
  learner_id: string;
  /** `shortlisted`, `rejected` or `invited`. */
  state: string;
  updated_at: string;
}

export type CandidateStateRow = Selectable<CandidateStateTable>;
export type NewCandidateStateRow = Insertable<CandidateStateTable>;

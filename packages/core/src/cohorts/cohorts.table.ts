/** Storage tables of advisors' cohorts: the cohort, its members, and its invitation codes (hashed). */
import type { Insertable, Selectable } from 'kysely';

export interface CohortTable {
  id: string;
  advisor_id: string;
  name: string;
  created_at: string;
}

export interface CohortMemberTable {
  cohort_id: string;
  learner_id: string;
  joined_at: string;
}

/** A code learners join with; only its SHA-256 is stored, and it stops working at `expires_at`. */
export interface CohortInvitationTable {
  code_hash: string;
  cohort_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
}

export type CohortRow = Selectable<CohortTable>;
export type NewCohortRow = Insertable<CohortTable>;
export type CohortMemberRow = Selectable<CohortMemberTable>;
export type CohortInvitationRow = Selectable<CohortInvitationTable>;

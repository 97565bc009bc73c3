/**
 * Storage of graduates' interests in roles and withdrawals from employers: the state in force,
 * kept beside the ledger entries that record every change (the ledger is the history).
 */
import type { Insertable, Selectable } from 'kysely';

export interface RoleInterestTable {
  role_id: string;
  learner_id: string;
  /** The role's employer, so a withdrawal from an employer finds every role at once. */
  employer_id: string;
  /** 1 while the interest stands, 0 once withdrawn. */
  active: number;
  expressed_at: string;
  withdrawn_at: string | null;
}

export interface EmployerExclusionTable {
  learner_id: string;
  employer_id: string;
  excluded_at: string;
}

export type RoleInterestRow = Selectable<RoleInterestTable>;
export type NewRoleInterestRow = Insertable<RoleInterestTable>;
export type EmployerExclusionRow = Selectable<EmployerExclusionTable>;

/** Storage table of employers' roles. Requirements are kept as JSON text (the same on both dialects). */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface RoleTable {
  id: string;
  employer_id: string;
  title: string;
  description: string | null;
  taxonomy_id: string;
  /** The occupation the role started from, or `null`. */
  occupation_code: string | null;
  /** JSON array of `RoleRequirement`. */
  requirements: string;
  /** Number of the next requirement id (`r<n>`), so ids are never reused within a role. */
  next_requirement: number;
  created_at: string;
  updated_at: string;
  /** `draft` → `published` → `closed` (roles made before the lifecycle are drafts). */
  status: Generated<string>;
  city: string | null;
  /** `full_time`, `internship` or `part_time`. */
  mode: string | null;
  /** Salary band in whole yuan per `salary_period` (all three set, or none). */
  salary_min_yuan: number | null;
  salary_max_yuan: number | null;
  salary_period: string | null;
  /** Last day applications are taken (`YYYY-MM-DD`, China time). */
  closes_on: string | null;
  published_at: string | null;
  closed_at: string | null;
  /** Set when its employer deletes a draft: the role is gone for everyone, disclosure records keep its title. */
  deleted_at: string | null;
}

export type RoleRow = Selectable<RoleTable>;
export type NewRoleRow = Insertable<RoleTable>;

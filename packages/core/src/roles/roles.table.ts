/** Storage table of employers' roles. Requirements are kept as JSON text (the same on both dialects). */
import type { Insertable, Selectable } from 'kysely';

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
}

export type RoleRow = Selectable<RoleTable>;
export type NewRoleRow = Insertable<RoleTable>;

/** Domain types of employers' roles and their requirements. */

/** Most requirements a role may hold (the matcher's requirement sets hold at most 100). */
export const MAX_ROLE_REQUIREMENTS = 100;

export interface RoleRequirement {
  /** Stable within the role (`r1`, `r2`, …): kept when the employer rewords it, never reused. */
  id: string;
  text: string;
  essential: boolean;
  /** 新八级 level (1–8) the evidence must show, or `null`. */
  minLevel: number | null;
  /** The occupation task it started from (`2-02-38-01#3`), or `null` for a free-text requirement. */
  taskId: string | null;
}

/** Draft (only its employer sees it) → published (graduates see it) → closed (no new interest). */
export const ROLE_STATUSES = ['draft', 'published', 'closed'] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];

export const ROLE_MODES = ['full_time', 'internship', 'part_time'] as const;
export type RoleMode = (typeof ROLE_MODES)[number];

export const SALARY_PERIODS = ['month', 'year', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** Pay in whole yuan per period, e.g. 8000–12000 a month. */
export interface SalaryBand {
  minYuan: number;
  maxYuan: number;
  period: SalaryPeriod;
}

/** What a graduate reads about a role besides its requirements. */
export interface RoleDetails {
  city: string | null;
  mode: RoleMode | null;
  salaryBand: SalaryBand | null;
  /** Last day applications are taken (`YYYY-MM-DD`, China time), or `null` for open-ended. */
  closesOn: string | null;
}

export interface Role extends RoleDetails {
  id: string;
  employerId: string;
  title: string;
  description: string | null;
  taxonomyId: string;
  occupationCode: string | null;
  requirements: RoleRequirement[];
  status: RoleStatus;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A requirement as the employer sends it: with `id` to keep (and maybe reword) one, without to add one. */
export interface RequirementEdit {
  id?: string | undefined;
  text: string;
  essential: boolean;
  minLevel?: number | undefined;
  taskId?: string | undefined;
}

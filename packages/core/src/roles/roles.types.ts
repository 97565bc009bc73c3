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

export interface Role {
  id: string;
  employerId: string;
  title: string;
  description: string | null;
  taxonomyId: string;
  occupationCode: string | null;
  requirements: RoleRequirement[];
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

/** Occupation classification codes: `M`, `M-MM`, `M-MM-MM`, `M-MM-MM-MM` (大类, 中类, 小类, 职业). */

export type CodeLevel = 1 | 2 | 3 | 4;

/** Matches a code at any of the four levels. */
export const CODE_PATTERN = /^\d(?:-\d{2}){0,3}$/;

/** Matches an occupation (level-4) code, e.g. `2-02-38-01`. */
export const OCCUPATION_CODE_PATTERN = /^\d-\d{2}-\d{2}-\d{2}$/;

/** Matches a group (level 1–3) code, e.g. `2`, `2-02`, `2-02-38`. */
export const GROUP_CODE_PATTERN = /^\d(?:-\d{2}){0,2}$/;

/** The level of a well-formed code, or `null` when the code is malformed. */
export function codeLevel(code: string): CodeLevel | null {
  if (!CODE_PATTERN.test(code)) return null;
  return (code.split('-').length as CodeLevel) ?? null;
}

/**
 * The parent code one level up, or `null` for a major group.
 * @example parentCode('2-02-38-01') // '2-02-38'
 */
export function parentCode(code: string): string | null {
  const at = code.lastIndexOf('-');
  return at === -1 ? null : code.slice(0, at);
}

/** Every ancestor of a code, from the major group down, excluding the code itself. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('-');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('-'));
}

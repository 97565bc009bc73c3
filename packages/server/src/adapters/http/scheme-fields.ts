/**
 * Codes in requests follow the served taxonomy's scheme. Request schemas check only the shape all
 * schemes share (they are built once, before a taxonomy is known); handlers call this for the
 * scheme's grammar, and a malformed code gets the same 400 problem a schema would give.
 */
import { type FieldProblemByCode, fieldMessage, type TaxonomyScheme } from '@skillbank/core';
import { apiFieldProblems } from './problem.js';
import { invalidFields } from './router.js';

export type CodeKind = 'occupation' | 'group';

/**
 * Throws a 400 naming every field whose code the scheme rejects.
 * @example checkCodes(scheme, 'param', [{ path: 'code', code, kind: 'occupation' }])
 */
export function checkCodes(
  scheme: TaxonomyScheme,
  target: 'param' | 'query' | 'json',
  fields: readonly { path: string; code: string | undefined; kind: CodeKind }[],
): void {
  const problems = fields.flatMap(({ path, code, kind }): FieldProblemByCode[] => {
    if (code === undefined) return [];
    if (kind === 'occupation')
      return scheme.isOccupationCode(code)
        ? []
        : [{ path, ...fieldMessage('occupation_code_format', scheme.examples.occupation) }];
    return scheme.isGroupCode(code)
      ? []
      : [{ path, ...fieldMessage('group_code_format', scheme.examples.group) }];
  });
  if (problems.length > 0) throw invalidFields(apiFieldProblems(problems), target);
}

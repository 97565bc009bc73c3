/**
 * Codes in requests follow the served taxonomy's scheme. Request schemas check only the shape all
 * schemes share (they are built once, before a taxonomy is known); handlers call this for the
 * scheme's grammar, and a malformed code gets the same 400 problem a schema would give.
 */
import type { TaxonomyScheme } from '@skillbank/core';
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
  const errors = fields.flatMap(({ path, code, kind }) => {
    if (code === undefined) return [];
    if (kind === 'occupation')
      return scheme.isOccupationCode(code) ? [] : [{ path, message: scheme.messages.occupationCode }];
    return scheme.isGroupCode(code) ? [] : [{ path, message: scheme.messages.groupCode }];
  });
  if (errors.length > 0) throw invalidFields(errors, target);
}

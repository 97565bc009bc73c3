/**
 * The one edge rule for text: a string Skillbank stores or looks up must hold no NUL character and
 * no unpaired UTF-16 surrogate. PostgreSQL refuses NUL in `text` (a 500 if it reaches the driver)
 * and turns a lone surrogate into U+FFFD, while SQLite keeps both: refusing them at the edge makes
 * both dialects store exactly what they were given and answer the same 400.
 */
import { z } from 'zod';
import { type FieldProblemByCode, fieldCode } from '../field-messages.js';

const NUL = '\u0000';
// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag,
// so the pattern sees code units).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored (a field message code), or `null` when it can. */
export function unstorableReason(value: string): 'nul_character' | 'lone_surrogate' | null {
  if (value.includes(NUL)) return 'nul_character';
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  return null;
}

/**
 * Every string (and object key) in a parsed value that cannot be stored, each named by its dotted
 * path under `prefix`.
 * @example unstorableText({ name: 'a\u0000' }) // [{ path: 'name', code: 'nul_character', params: {} }]
 */
export function unstorableText(
  value: unknown,
  prefix: readonly (string | number)[] = [],
): FieldProblemByCode[] {
  const problems: FieldProblemByCode[] = [];
  const name = (path: readonly (string | number)[]) => (path.length ? path.join('.') : '(value)');
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (typeof v === 'string') {
      const reason = unstorableReason(v);
      if (reason) problems.push({ path: name(path), code: reason, params: {} });
    } else if (Array.isArray(v)) {
      if (depth < 32) for (const [i, item] of v.entries()) walk(item, [...path, i], depth + 1);
    } else if (typeof v === 'object' && v !== null && depth < 32) {
      for (const [key, item] of Object.entries(v)) {
        const reason = unstorableReason(key);
        // A bad key cannot be printed safely as a path: name its parent and say so.
        if (reason) problems.push({ path: name(path), code: 'field_name_unstorable', params: {} });
        else walk(item, [...path, key], depth + 1);
      }
    }
  };
  walk(value, [...prefix], 0);
  return problems;
}

/**
 * The zod form of the rule, for `.superRefine`: adds one issue per unstorable string, at its path.
 * @example z.object({ name: z.string() }).superRefine(refuseUnstorableText)
 */
export function refuseUnstorableText(value: unknown, ctx: z.RefinementCtx): void {
  for (const p of unstorableText(value))
    ctx.addIssue({
      code: 'custom',
      path: p.path === '(value)' ? [] : p.path.split('.'),
      message: fieldCode(p.code as 'nul_character'),
    });
}

/**
 * A string schema that refuses unstorable text, for text fields and path or query parameters.
 * @example storableString().trim().min(1).max(200)
 */
export const storableString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).check((ctx) => {
    const reason = unstorableReason(ctx.value);
    if (reason)
      ctx.issues.push({ code: 'custom', message: fieldCode(reason), input: ctx.value, abort: true });
  });

/**
 * True when the database refused text the edge rule should have caught (PostgreSQL: invalid byte
 * sequence 22021, untranslatable character 22P05): the server answers 400, not 500, if one slips by.
 */
export function isUnstorableTextRejection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22021' || code === '22P05';
}

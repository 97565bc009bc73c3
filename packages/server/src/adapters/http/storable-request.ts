/**
 * The edge rule for text (core `unstorableText`) on what no zod schema describes: the pages' path
 * segments, query parameters and form fields. API routes get it from their schemas (router.ts).
 */
import { type FieldProblemByCode, unstorableReason, unstorableText } from '@skillbank/core';
import { apiFieldProblems, type FieldProblem } from './problem.js';

/** Unstorable text in a URL's path segments (named `path segment N`) and query parameters (by name). */
export function unstorableUrlText(url: string): FieldProblem[] {
  const { pathname, searchParams } = new URL(url);
  const problems: FieldProblemByCode[] = [];
  pathname.split('/').forEach((segment, i) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return; // not UTF-8: the router keeps such a segment percent-encoded, so it is plain ASCII
    }
    const reason = unstorableReason(decoded);
    if (reason) problems.push({ path: `path segment ${i}`, code: reason, params: {} });
  });
  for (const [key, value] of searchParams) {
    const keyReason = unstorableReason(key);
    if (keyReason) problems.push({ path: '(query parameter name)', code: keyReason, params: {} });
    else problems.push(...unstorableText(value, [key]));
  }
  return apiFieldProblems(problems);
}

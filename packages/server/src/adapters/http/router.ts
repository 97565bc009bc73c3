/** Route-group factory: every group validates with zod and reports failures as problem+json. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { type FieldProblemByCode, fieldProblemsOf, unstorableText } from '@skillbank/core';
import type { ZodError } from 'zod';
import type { AppEnv } from './env.js';
import { apiFieldProblems, type FieldProblem, HttpError } from './problem.js';

const WHERE: Record<string, string> = {
  query: 'query parameter',
  param: 'path parameter',
  json: 'body field',
  header: 'header',
  cookie: 'cookie',
  form: 'form field',
};

/** Turns zod issues into the API's field problems: each field by its dotted path, its message in English. */
export function fieldProblems(error: ZodError): FieldProblem[] {
  return apiFieldProblems(fieldProblemsOf(error));
}

export function validationError(error: ZodError, target: string): HttpError {
  return invalidFields(fieldProblems(error), target);
}

/** The 400 problem for bad fields of one request part (`query`, `param`, `json`, …). */
export function invalidFields(errors: FieldProblem[], target: string): HttpError {
  const names = errors.map((e) => e.path).join(', ');
  return new HttpError(400, 'validation', `invalid ${WHERE[target] ?? target}: ${names}`, errors);
}

/** The 400 for text no database may store (NUL, lone surrogates), naming each field. */
export function unstorableTextError(problems: readonly FieldProblemByCode[], target: string): HttpError {
  const errors = apiFieldProblems(problems);
  const names = errors.map((e) => e.path).join(', ');
  return new HttpError(400, 'validation', `invalid ${WHERE[target] ?? target}: ${names}`, errors);
}

/**
 * A new route group. Every input it validates (body, form, query, path, headers, cookies) also
 * passes the edge rule for text, so a route added later cannot forget it.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error as ZodError, result.target);
      const errors = unstorableText(result.data);
      if (errors.length > 0) throw unstorableTextError(errors, result.target);
    },
  });
}

/** Route-group factory: every group validates with zod and reports failures as problem+json. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from './env.js';
import { type FieldProblem, HttpError } from './problem.js';

const WHERE: Record<string, string> = {
  query: 'query parameter',
  param: 'path parameter',
  json: 'body field',
  header: 'header',
  cookie: 'cookie',
  form: 'form field',
};

/** Turns zod issues into field problems, naming each field by its dotted path. */
export function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // zod reports unknown keys on the parent object; name each key so the client sees what to drop.
    if (issue.code === 'unrecognized_keys') {
      return {
        path: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '),
        message: 'unknown field',
      };
    }
    return { path: path || '(body)', message: issue.message };
  });
}

export function validationError(error: ZodError, target: string): HttpError {
  const errors = fieldProblems(error);
  const names = errors.map((e) => e.path).join(', ');
  return new HttpError(400, 'validation', `invalid ${WHERE[target] ?? target}: ${names}`, errors);
}

/** A new route group. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error as ZodError, result.target);
    },
  });
}

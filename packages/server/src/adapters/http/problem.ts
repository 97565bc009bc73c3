/** RFC 9457 problem details: the one error type of the API and its JSON form. */
import type { DomainError, DomainErrorKind, FieldMessage, FieldProblemByCode } from '@skillbank/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { catalogue, fieldText } from '../../messages/index.js';
import type { ProblemMessages } from '../../messages/zh/problems.js';
import type { Outcome } from '../../use-cases/index.js';
import { statusOf } from '../error-status.js';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The problem types of the API; their titles live in the message catalogues (`messages/{zh,en}/problems.ts`). */
export type ProblemCode = keyof ProblemMessages;

/** An error the API reports to the client as a problem+json response. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly errors: FieldProblem[] | undefined;

  constructor(status: ContentfulStatusCode, code: ProblemCode, detail: string, errors?: FieldProblem[]) {
    super(detail);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
  requestId?: string;
}

export function problemBody(
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: FieldProblem[],
): ProblemBody {
  return {
    type: `/problems/${code.replaceAll('_', '-')}`,
    title: catalogue('en').problems[code],
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** Sends a problem+json response. */
export function problem(c: Context, error: HttpError): Response {
  const body = problemBody(error.status, error.code, error.message, error.errors);
  return c.body(JSON.stringify(body), error.status, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found`);

/** The API's field problems: the messages by code, said in English. */
export const apiFieldProblems = (problems: readonly FieldProblemByCode[]): FieldProblem[] =>
  problems.map((p) => ({ path: p.path, message: fieldText('en', p) }));

/** A 400 naming the field problems, its detail listing them. */
export function invalidRequest(problems: readonly FieldProblemByCode[]): HttpError {
  const errors = apiFieldProblems(problems);
  return new HttpError(400, 'validation', listed(errors), errors);
}

const listed = (errors: readonly FieldProblem[]) => errors.map((e) => `${e.path}: ${e.message}`).join('; ');

export const badRequest = (path: string, message: FieldMessage) => invalidRequest([{ path, ...message }]);

const PROBLEM_OF_KIND = {
  invalid: 'validation',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
} as const satisfies Record<DomainErrorKind, ProblemCode>;

/** The problem for a domain error: its status from the one mapping (`statusOf`), its field problems. */
export function fromDomainError(error: DomainError): HttpError {
  const errors = error.problems.length > 0 ? apiFieldProblems(error.problems) : undefined;
  return new HttpError(
    statusOf(error),
    PROBLEM_OF_KIND[error.kind],
    errors ? listed(errors) : error.message,
    errors,
  );
}

/** The value of a use case's outcome; a domain error is thrown for `app.onError` to answer. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

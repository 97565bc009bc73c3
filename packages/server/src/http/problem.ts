/** RFC 9457 problem details: the one error type of the API and its JSON form. */
import type { DomainError, FieldMessage, FieldProblemByCode } from '@skillbank/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { catalogue, fieldText } from '../messages/index.js';
import type { ProblemMessages } from '../messages/zh/problems.js';

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
export function invalidRequest(problems: readonly FieldProblemByCode[], detail?: string): HttpError {
  const errors = apiFieldProblems(problems);
  return new HttpError(
    400,
    'validation',
    detail ?? errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    errors,
  );
}

export const badRequest = (path: string, message: FieldMessage) => invalidRequest([{ path, ...message }]);

/** The problem for a domain error from @skillbank/core: invalid → 400, not found → 404, conflict → 409. */
export function fromDomainError(error: DomainError): HttpError {
  switch (error.code) {
    case 'invalid':
      return invalidRequest(error.problems);
    case 'not_found':
      return new HttpError(404, 'not_found', error.message);
    case 'conflict':
      return new HttpError(409, 'conflict', error.message);
  }
}

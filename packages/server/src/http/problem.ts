/** RFC 9457 problem details: the one error type of the API and its JSON form. */
import type { DomainError } from '@skillbank/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface FieldProblem {
  path: string;
  message: string;
}

export type ProblemCode =
  | 'bad_request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_acceptable'
  | 'too_many_requests'
  | 'internal';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  validation: 'Invalid request',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  not_acceptable: 'Not acceptable',
  too_many_requests: 'Too many requests',
  internal: 'Internal server error',
};

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
    title: TITLES[code],
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
export const badRequest = (path: string, message: string) =>
  new HttpError(400, 'validation', `${path}: ${message}`, [{ path, message }]);

/** The problem for a domain error from @skillbank/core: invalid → 400, not found → 404, conflict → 409. */
export function fromDomainError(error: DomainError): HttpError {
  switch (error.code) {
    case 'invalid':
      return new HttpError(400, 'validation', error.message, error.problems);
    case 'not_found':
      return new HttpError(404, 'not_found', error.message);
    case 'conflict':
      return new HttpError(409, 'conflict', error.message);
  }
}

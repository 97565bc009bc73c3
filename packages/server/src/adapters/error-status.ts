/**
 * The one mapping from a domain error to what the API and the pages answer: its kind decides the
 * status (and so the problem type and the error page). Adding an error code needs no change here.
 */
import type { DomainError, DomainErrorKind } from '@skillbank/core';

export const STATUS_OF_KIND = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
} as const satisfies Record<DomainErrorKind, number>;

export type DomainErrorStatus = (typeof STATUS_OF_KIND)[DomainErrorKind];

/** The HTTP status of a domain error (the API's problem and the page's status alike). */
export const statusOf = (error: DomainError): DomainErrorStatus => STATUS_OF_KIND[error.kind];

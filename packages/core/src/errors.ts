/** The error services throw for a request that cannot be honoured; the server turns it into a problem. */
import type { FieldMessage, FieldProblemByCode } from './field-messages.js';

export type DomainErrorCode = 'invalid' | 'not_found' | 'conflict';

/** A field problem by code: which field (dotted path, e.g. `occupationCodes.1`) and what is wrong. */
export type DomainFieldProblem = FieldProblemByCode;

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly problems: DomainFieldProblem[];

  constructor(code: DomainErrorCode, message: string, problems: DomainFieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.problems = problems;
  }
}

/** An `invalid` error listing field problems (its message, for logs, lists their paths and codes). */
export const invalidFields = (problems: DomainFieldProblem[]) =>
  new DomainError('invalid', problems.map((p) => `${p.path}: ${p.code}`).join('; '), problems);

/** An `invalid` error naming one field. */
export const invalidField = (path: string, message: FieldMessage) => invalidFields([{ path, ...message }]);

/** The error services throw for a request that cannot be honoured; the server turns it into a problem. */

export type DomainErrorCode = 'invalid' | 'not_found' | 'conflict';

export interface DomainFieldProblem {
  /** Dotted path of the field, e.g. `occupationCodes.1`. */
  path: string;
  message: string;
}

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

/** An `invalid` error naming one field. */
export const invalidField = (path: string, message: string) =>
  new DomainError('invalid', `${path}: ${message}`, [{ path, message }]);

/**
 * The errors of the domain: each has a string-literal `code` (what went wrong, for messages in any
 * language), typed `params` (what the message needs) and a `kind` (what sort of failure it is, the
 * one thing the server maps to an HTTP status or a page). The English `message` is the API's
 * `detail`; pages and the CLI say it in the reader's language from the code and params.
 */
import type { AccountRole } from './accounts/accounts.types.js';
import type { FieldMessage, FieldProblemByCode } from './field-messages.js';

/** The sorts of failure: the server maps each to one status (invalid 400, forbidden 403, not_found 404, conflict 409). */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict';

/** Each error code with the params its messages take. */
export interface DomainErrorParams {
  /** Field problems (in `problems`): the input does not satisfy the rules. */
  'validation.failed': Record<string, never>;
  /** The access policy says no, and the actor may know that the thing exists (`roles`: who may, when the role is what is wrong). */
  'access.denied': { reason: string; roles: readonly AccountRole[] | null };
  /** The access policy hides it: as far as the actor knows, it does not exist. */
  'access.hidden': { what: string };
  'learner.not_found': { learnerId: string };
  'ledger.not_found': { learnerId: string };
  'evidence.not_found': { evidenceId: string };
  /** The evidence was revoked or corrected (`supersededBy` names its correction). */
  'evidence.withdrawn': { evidenceId: string; status: string; supersededBy: string | null };
  'attestation.already_asked': { evidenceId: string; attesterId: string };
  'attestation.not_asked': { evidenceId: string; attesterId: string };
  'attestation.already_attested': { evidenceId: string; attesterId: string };
  'attestation.no_signing_key': { attesterId: string };
  'attestation_request.not_found': { requestId: string };
  /** The request is not in a state that allows this move (e.g. a question on a declined request). */
  'attestation_request.wrong_state': { requestId: string; state: string; move: string };
  'role.not_found': { roleId: string };
  /** The role is closed, or its closing date has passed: no edits, no new interest or invitations. */
  'role.closed': { roleId: string };
  /** Only drafts are deleted; a published or closed role is kept for the record. */
  'role.not_draft': { roleId: string; status: string };
  /** A draft was never published, so it cannot be closed (it is deleted instead). */
  'role.not_published': { roleId: string };
  'employer.not_found': { employerId: string };
  'cohort.not_found': { cohortId: string };
  'cohort.member_not_found': { cohortId: string; learnerId: string };
  'showcase.not_found': { showcaseId: string };
  'occupation.not_found': { code: string };
  /** No leaf of the transparency log has this entry (or key record) hash. */
  'transparency.entry_not_found': { entryHash: string };
  /** The evidence has no credential: it was never attested (or attested before credentials existed). */
  'credential.not_found': { evidenceId: string };
  'status_list.not_found': { statusListId: string };
  /** The learner already imported this very credential (same bytes) as evidence `evidenceId`. */
  'credential.already_imported': { evidenceId: string };
  'offering.not_found': { offeringId: string };
  /** The offering was withdrawn by its provider and takes no enrolments. */
  'offering.withdrawn': { offeringId: string };
  'enrolment.not_found': { enrolmentId: string };
  'enrolment.exists': { offeringId: string; learnerId: string };
  /** The learner withdrew the enrolment. */
  'enrolment.withdrawn': { enrolmentId: string };
  'result.not_found': { resultId: string };
  /** The enrolment already has a result that stands (offered or accepted). */
  'result.standing': { enrolmentId: string; resultId: string; status: string };
  /** The result cannot take this step in its current status. */
  'result.wrong_status': { resultId: string; status: string };
}

export type DomainErrorCode = keyof DomainErrorParams;

/** The kind of each code: adding a code means saying what sort of failure it is, here and only here. */
export const DOMAIN_ERROR_KINDS = {
  'validation.failed': 'invalid',
  'access.denied': 'forbidden',
  'access.hidden': 'not_found',
  'learner.not_found': 'not_found',
  'ledger.not_found': 'not_found',
  'evidence.not_found': 'not_found',
  'evidence.withdrawn': 'conflict',
  'attestation.already_asked': 'conflict',
  'attestation.not_asked': 'conflict',
  'attestation.already_attested': 'conflict',
  'attestation.no_signing_key': 'conflict',
  'attestation_request.not_found': 'not_found',
  'attestation_request.wrong_state': 'conflict',
  'role.not_found': 'not_found',
  'role.closed': 'conflict',
  'role.not_draft': 'conflict',
  'role.not_published': 'conflict',
  'employer.not_found': 'not_found',
  'cohort.not_found': 'not_found',
  'cohort.member_not_found': 'not_found',
  'showcase.not_found': 'not_found',
  'occupation.not_found': 'not_found',
  'transparency.entry_not_found': 'not_found',
  'credential.not_found': 'not_found',
  'status_list.not_found': 'not_found',
  'credential.already_imported': 'conflict',
  'offering.not_found': 'not_found',
  'offering.withdrawn': 'conflict',
  'enrolment.not_found': 'not_found',
  'enrolment.exists': 'conflict',
  'enrolment.withdrawn': 'conflict',
  'result.not_found': 'not_found',
  'result.standing': 'conflict',
  'result.wrong_status': 'conflict',
} as const satisfies Record<DomainErrorCode, DomainErrorKind>;

/** A field problem by code: which field (dotted path, e.g. `occupationCodes.1`) and what is wrong. */
export type DomainFieldProblem = FieldProblemByCode;

/**
 * A request the domain cannot honour.
 * @example throw new DomainError('evidence.not_found', { evidenceId }, `evidence ${evidenceId} was not found`)
 */
export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  readonly code: C;
  readonly params: Readonly<DomainErrorParams[C]>;
  readonly kind: DomainErrorKind;
  readonly problems: DomainFieldProblem[];

  constructor(code: C, params: DomainErrorParams[C], message: string, problems: DomainFieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.params = Object.freeze({ ...params });
    this.kind = DOMAIN_ERROR_KINDS[code];
    this.problems = problems;
  }

  /** Whether this error has the code given (narrowing its params). */
  is<K extends DomainErrorCode>(code: K): this is DomainError<K> {
    return (this.code as DomainErrorCode) === code;
  }
}

/** A `validation.failed` error listing field problems (its message, for logs, lists their paths and codes). */
export const invalidFields = (problems: DomainFieldProblem[]) =>
  new DomainError('validation.failed', {}, problems.map((p) => `${p.path}: ${p.code}`).join('; '), problems);

/** A `validation.failed` error naming one field. */
export const invalidField = (path: string, message: FieldMessage) => invalidFields([{ path, ...message }]);

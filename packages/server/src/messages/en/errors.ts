/** English: what a domain error means for the reader, by its code (pages; the API keeps core's `detail`). */
import type { ErrorMessages } from '../zh/errors.js';

export const errors: ErrorMessages = {
  'validation.failed': () => 'Some fields need attention.',
  'access.denied': () => 'Your account cannot do this.',
  'access.hidden': () => 'Not found, or not visible to your account.',
  'learner.not_found': ({ learnerId }) => `Learner ${learnerId} was not found.`,
  'ledger.not_found': ({ learnerId }) => `Learner ${learnerId} has no ledger yet.`,
  'evidence.not_found': ({ evidenceId }) => `Evidence ${evidenceId} was not found.`,
  'evidence.withdrawn': ({ evidenceId, status, supersededBy }) =>
    `Evidence ${evidenceId} was ${status === 'revoked' ? 'revoked' : 'corrected'} and can no longer change${
      supersededBy ? `; use its correction ${supersededBy}` : ''
    }.`,
  'attestation.already_asked': ({ evidenceId, attesterId }) =>
    `${attesterId} was already asked to attest evidence ${evidenceId}.`,
  'attestation.not_asked': ({ evidenceId, attesterId }) =>
    `${attesterId} was not asked to attest evidence ${evidenceId}.`,
  'attestation.already_attested': ({ evidenceId, attesterId }) =>
    `${attesterId} has already attested evidence ${evidenceId}.`,
  'attestation.no_signing_key': ({ attesterId }) =>
    `Account ${attesterId} has no signing key this access key opens.`,
  'attestation_request.not_found': ({ requestId }) => `Attestation request ${requestId} was not found.`,
  'attestation_request.wrong_state': ({ move }) =>
    move === 'answer'
      ? 'The attester has no open question right now.'
      : move === 'sign'
        ? 'This request was declined and cannot be signed.'
        : 'This request is already decided, or is waiting for the graduate’s answer.',
  'role.not_found': ({ roleId }) => `Role ${roleId} was not found.`,
  'cohort.not_found': ({ cohortId }) => `Cohort ${cohortId} was not found.`,
  'cohort.member_not_found': ({ cohortId, learnerId }) =>
    `Learner ${learnerId} is not a member of cohort ${cohortId}.`,
  'showcase.not_found': ({ showcaseId }) => `Showcase ${showcaseId} was not found.`,
  'occupation.not_found': ({ code }) => `Occupation ${code} was not found.`,
  'transparency.entry_not_found': ({ entryHash }) => `No transparency log entry has hash ${entryHash}.`,
  'credential.not_found': ({ evidenceId }) =>
    `Evidence ${evidenceId} has no credential: it was never attested.`,
  'status_list.not_found': ({ statusListId }) => `No status list ${statusListId}.`,
  'credential.already_imported': ({ evidenceId }) =>
    `This credential is already in the ledger (evidence ${evidenceId}).`,
  'offering.not_found': ({ offeringId }) => `Offering ${offeringId} was not found.`,
  'offering.withdrawn': ({ offeringId }) => `Offering ${offeringId} was withdrawn and takes no enrolments.`,
  'enrolment.not_found': ({ enrolmentId }) => `Enrolment ${enrolmentId} was not found.`,
  'enrolment.exists': ({ offeringId }) => `You are already enrolled in offering ${offeringId}.`,
  'enrolment.withdrawn': ({ enrolmentId }) => `Enrolment ${enrolmentId} was withdrawn by the learner.`,
  'result.not_found': ({ resultId }) => `Result ${resultId} was not found.`,
  'result.standing': ({ enrolmentId, resultId }) =>
    `Enrolment ${enrolmentId} already has standing result ${resultId}; revoke it to record another.`,
  'result.wrong_status': ({ resultId, status }) =>
    `Result ${resultId} is ${status} and cannot take this step.`,
  'role.closed': ({ roleId }) =>
    `Role ${roleId} is closed (or past its closing date): no more edits, interest or invitations.`,
  'role.not_draft': () =>
    'Only drafts can be deleted; this role was published: close it if it is still open.',
  'role.not_published': () => 'A draft was never published, so it cannot be closed; delete it instead.',
  'employer.not_found': ({ employerId }) => `Employer ${employerId} was not found.`,
};

/** Storage table of attestation requests: a learner asking an attester to vouch for one entry. */
import type { Insertable, Selectable } from 'kysely';

export interface AttestationRequestTable {
  id: string;
  evidence_id: string;
  learner_id: string;
  attester_id: string;
  message: string | null;
  created_at: string;
}

export type AttestationRequestRow = Selectable<AttestationRequestTable>;
export type NewAttestationRequestRow = Insertable<AttestationRequestTable>;

/**
 * One move on a request other than signing (a question, an answer, a decline), in order. The
 * request's state is recomputed from these; the evidence itself is never changed by them.
 */
export interface AttestationRequestEventTable {
  id: string;
  request_id: string;
  /** `asked` (attester), `answered` (learner), `declined` (attester). */
  kind: string;
  actor_id: string;
  /** The question, the answer, or the reason for declining. */
  text: string;
  /** JSON array of `{url?, name?}` attached to an answer; `null` otherwise. */
  attachments: string | null;
  created_at: string;
}

/**
 * A link a learner sends to someone who is not (yet) among their attesters: whoever opens it signed
 * in as an employer or advisor becomes the attester asked about the piece. Single use, expires.
 * The code is kept readable so its learner can copy the link again until it is used: it only lets
 * someone be asked, under their own name, which the learner then sees.
 */
export interface AttestationInviteTable {
  id: string;
  code: string;
  evidence_id: string;
  learner_id: string;
  message: string | null;
  created_at: string;
  expires_at: string;
  /** The request it became when an attester opened it; `null` while unused. */
  request_id: string | null;
  claimed_at: string | null;
}

export type AttestationRequestEventRow = Selectable<AttestationRequestEventTable>;
export type AttestationInviteRow = Selectable<AttestationInviteTable>;

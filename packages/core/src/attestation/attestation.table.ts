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

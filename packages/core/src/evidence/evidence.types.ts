/** Domain types of evidence as the API and the matcher see it: the record plus its standing. */
import type { AttestationRecord, EvidenceRecord } from '../ledger/ledger.types.js';
import type { EvidenceKind, WorkProcessStep } from './evidence.vocabulary.js';

/** Revoked beats superseded beats attested beats self-reported. */
export type EvidenceStatus = 'self_reported' | 'attested' | 'superseded' | 'revoked';

export interface Attestation extends Omit<AttestationRecord, 'signedAt'> {
  createdAt: string;
  /** The ledger entry that recorded it. */
  seq: number;
}

export interface Evidence extends EvidenceRecord {
  /** SHA-256 of the canonical JSON of the record: what attesters sign. */
  hash: string;
  status: EvidenceStatus;
  createdAt: string;
  /** The ledger entry that recorded it. */
  entry: { seq: number; hash: string };
  supersededBy: string | null;
  revocation: { reason: string | null; at: string; seq: number } | null;
  attestations: Attestation[];
}

/** The plain form of active evidence the matcher and the profile work on. */
export interface ActiveEvidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  description: string;
  occurredOn: string;
  endedOn: string | null;
  skills: { name: string; level: number | null }[];
  steps: WorkProcessStep[];
  occupationCodes: string[];
  attested: boolean;
  /** The most conservative (lowest) level an attester gave, or `null`. */
  attestedLevel: number | null;
}

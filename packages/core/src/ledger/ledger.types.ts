/** Domain types of the ledger: entries and the payload each entry type carries. */
import type { EvidenceKind, WorkProcessStep } from '../evidence/evidence.vocabulary.js';

export const LEDGER_ENTRY_TYPES = [
  'deposit',
  'correction',
  'revocation',
  'attestation',
  'consent',
  'interest',
  'exclusion',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/** Entries that record who may see what (not the evidence): consent, interest in a role, withdrawal from an employer. */
export const CONSENT_ENTRY_TYPES: readonly LedgerEntryType[] = ['consent', 'interest', 'exclusion'];

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version of the entry hash recipe (`ledgerEntryHash`). */
export const LEDGER_HASH_VERSION = 1;

/** One entry of a learner's chain. `payload` is the parsed canonical JSON stored with it. */
export interface LedgerEntry {
  id: string;
  learnerId: string;
  seq: number;
  type: LedgerEntryType;
  evidenceId: string | null;
  refId: string | null;
  actorId: string;
  payload: unknown;
  prevHash: string;
  hash: string;
  createdAt: string;
}

export interface ArtifactRecord {
  url: string | null;
  name: string | null;
  sha256: string | null;
}

/** What a deposit or a correction records: the evidence itself. Its canonical hash is the evidence hash. */
export interface EvidenceRecord {
  id: string;
  learnerId: string;
  kind: EvidenceKind;
  title: string;
  description: string;
  occurredOn: string;
  endedOn: string | null;
  /** Taxonomy the occupation codes belong to. */
  taxonomyId: string;
  occupationCodes: string[];
  skills: { name: string; level: number | null }[];
  steps: WorkProcessStep[];
  artifacts: ArtifactRecord[];
  /** The evidence this one corrects, or `null` for a first deposit. */
  supersedes: string | null;
  /**
   * Present only on evidence a provider recorded (a course completed, an assessment passed, a
   * competition placing) and the learner accepted: what the provider's signature vouches for.
   * Absent from learners' own deposits, so their hashes are unchanged.
   */
  result?: ProviderResultRecord;
}

/** The provider's record of a learning result, inside the evidence it became. */
export interface ProviderResultRecord {
  resultId: string;
  offeringId: string;
  offeringKind: 'course' | 'assessment' | 'competition';
  providerId: string;
  outcome: 'completed' | 'passed' | 'placed';
  /** Task statements of the taxonomy the offering covers. */
  taskIds: string[];
  /** 新八级 level reached (assessments) or taught, else `null`. */
  level: number | null;
  /** Competition placing. */
  rank: number | null;
  award: string | null;
}

export interface RevocationRecord {
  evidenceId: string;
  reason: string | null;
}

/** What an attestation records; `signature` is Ed25519 over `attestationMessage` of the other fields. */
export interface AttestationRecord {
  id: string;
  evidenceId: string;
  evidenceHash: string;
  learnerId: string;
  attesterId: string;
  statement: string | null;
  level: number | null;
  signedAt: string;
  algorithm: 'Ed25519';
  signature: string;
}

export interface ConsentRecord {
  discoverableByEmployers: boolean;
  advisorsCanSeeEvidence: boolean;
}

/** Interest in one role: shares the profile and the evidence behind met requirements with its employer, for it only. */
export interface InterestRecord {
  roleId: string;
  employerId: string;
  interested: boolean;
}

/** A withdrawal from one employer: they stop seeing the learner even while the learner is discoverable. */
export interface ExclusionRecord {
  employerId: string;
  excluded: boolean;
}

/** Domain types of learning and competitions: offerings, enrolments and results as the API sees them. */
import type { AttestationRecord, EvidenceRecord } from '../ledger/ledger.types.js';
import type { OfferingKind, OfferingMode, ResultOutcome, ResultStatus } from './learning.vocabulary.js';

export interface ProviderSummary {
  id: string;
  name: string;
  organisation: string | null;
}

export interface Offering {
  id: string;
  provider: ProviderSummary;
  kind: OfferingKind;
  title: string;
  description: string;
  mode: OfferingMode;
  city: string | null;
  hours: number | null;
  costYuan: number | null;
  startsOn: string | null;
  endsOn: string | null;
  level: number | null;
  language: string;
  taxonomyId: string;
  /** Task statements covered, in the provider's order. */
  taskIds: string[];
  /** The occupations those tasks belong to, in order of first mention. */
  occupationCodes: string[];
  skills: string[];
  status: 'published' | 'withdrawn';
  createdAt: string;
  updatedAt: string;
}

export interface CoveredTask {
  id: string;
  occupationCode: string;
  text: string;
}

export interface Enrolment {
  id: string;
  offeringId: string;
  learnerId: string;
  status: 'enrolled' | 'withdrawn';
  createdAt: string;
  updatedAt: string;
}

export interface LearningResult {
  id: string;
  enrolmentId: string;
  offeringId: string;
  learnerId: string;
  providerId: string;
  outcome: ResultOutcome;
  level: number | null;
  rank: number | null;
  award: string | null;
  statement: string | null;
  /** The id of the evidence it becomes (or became) in the learner's ledger. */
  evidenceId: string;
  /** `recorded` for a failed outcome: kept by the provider, never evidence. */
  status: ResultStatus | 'recorded';
  shownPublicly: boolean;
  recordedAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  /** What the learner's ledger receives on acceptance; `null` for a failed outcome. */
  record: EvidenceRecord | null;
  /** The provider's signature over that record; `null` for a failed outcome. */
  attestation: AttestationRecord | null;
}

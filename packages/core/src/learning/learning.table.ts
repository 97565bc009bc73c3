/** Storage tables of learning and competitions: offerings, the tasks they cover, enrolments, results. */
import type { Insertable, Selectable } from 'kysely';

export interface OfferingTable {
  id: string;
  provider_id: string;
  /** `course`, `assessment` or `competition`. */
  kind: string;
  title: string;
  description: string;
  /** `online` or `in_person`. */
  mode: string;
  city: string | null;
  hours: number | null;
  cost_yuan: number | null;
  starts_on: string | null;
  ends_on: string | null;
  /** 新八级 level (1–8) the offering teaches or certifies. */
  level: number | null;
  language: string;
  taxonomy_id: string;
  /** JSON array of the task statement ids it covers, in the provider's order. */
  task_ids: string;
  /** JSON array of free-text skill names. */
  skills: string;
  /** Lower-case title, description, skills and city, for substring search. */
  search_text: string;
  /** `published` or `withdrawn`. */
  status: string;
  created_at: string;
  updated_at: string;
}

/** One row per covered task: lets search and recommendations find offerings by task or occupation. */
export interface OfferingTaskTable {
  offering_id: string;
  task_id: string;
  occupation_code: string;
}

export interface EnrolmentTable {
  id: string;
  offering_id: string;
  learner_id: string;
  /** `enrolled` or `withdrawn`. */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface LearningResultTable {
  id: string;
  enrolment_id: string;
  offering_id: string;
  learner_id: string;
  provider_id: string;
  outcome: string;
  level: number | null;
  rank: number | null;
  award: string | null;
  statement: string | null;
  /** The id the evidence gets in the learner's ledger once accepted. */
  evidence_id: string;
  /** Canonical JSON of the evidence record the provider signed. */
  record: string;
  /** Canonical JSON of the provider's signed attestation of that record. */
  attestation: string;
  /** `offered`, `accepted`, `declined` or `revoked`. */
  status: string;
  /** 1 when the learner lets the result appear on the offering's public results page. */
  shown_publicly: number;
  recorded_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
}

export type OfferingRow = Selectable<OfferingTable>;
export type NewOfferingRow = Insertable<OfferingTable>;
export type OfferingTaskRow = Selectable<OfferingTaskTable>;
export type EnrolmentRow = Selectable<EnrolmentTable>;
export type NewEnrolmentRow = Insertable<EnrolmentTable>;
export type LearningResultRow = Selectable<LearningResultTable>;
export type NewLearningResultRow = Insertable<LearningResultTable>;

/** The fixed vocabularies of learning: kinds of offering, modes, outcomes, and what each outcome becomes. */
import type { EvidenceKind } from '../evidence/evidence.vocabulary.js';

export const OFFERING_KINDS = ['course', 'assessment', 'competition'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];

export const OFFERING_MODES = ['online', 'in_person'] as const;
export type OfferingMode = (typeof OFFERING_MODES)[number];

export const RESULT_OUTCOMES = ['completed', 'passed', 'failed', 'placed'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

/** Outcomes a provider can record for each kind of offering. */
export const OUTCOMES_BY_KIND: Record<OfferingKind, readonly ResultOutcome[]> = {
  course: ['completed', 'failed'],
  assessment: ['passed', 'failed'],
  competition: ['placed', 'completed', 'failed'],
};

/** The evidence kind a result of each kind of offering becomes. */
export const EVIDENCE_KIND_OF_OFFERING: Record<OfferingKind, EvidenceKind> = {
  course: 'learning',
  assessment: 'assessment',
  competition: 'competition',
};

/** `offered` until the learner accepts (it becomes evidence) or declines; `revoked` by its provider. */
export const RESULT_STATUSES = ['offered', 'accepted', 'declined', 'revoked'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const OFFERING_KIND_LABELS: Record<OfferingKind, { zh: string; en: string }> = {
  course: { zh: '课程', en: 'course' },
  assessment: { zh: '技能等级认定', en: 'skill-level assessment' },
  competition: { zh: '技能竞赛', en: 'skills competition' },
};

/**
 * What a cohort report needs of one learner, computed once: the learner vector (from their stored
 * vector, or from their evidence analysed once, whose stored vector then comes back to be kept),
 * the occupations ranked without explanations (the report shows names and scores only), and the
 * gaps of the best one from that same vector (the index's own task vectors, no text analysis). A
 * pure function of the matcher and its input, so it runs the same on the event loop or in a
 * report worker thread.
 */
import {
  bandOf,
  decodeStoredLearner,
  type EvidenceInput,
  encodeStoredLearner,
  type LearnerVector,
  type MatcherIndex,
  type StoredLearner,
} from '@skillbank/matcher';
import { fitsWell } from './cohort-report.fits.js';
import type { ReportOccupationScore } from './cohort-report.types.js';

/** Occupations considered per learner when counting fits. */
export const FIT_WINDOW = 10;
/** Distinctive missing terms taken from each learner's best occupation. */
export const TERMS_PER_LEARNER = 8;

export type LearnerAssessment =
  | { status: 'no_evidence'; evidenceCount: number }
  | { status: 'failed'; evidenceCount: number; error: string }
  | {
      status: 'included';
      evidenceCount: number;
      /** The best `FIT_WINDOW` occupations, best first. */
      matches: ReportOccupationScore[];
      /** The best occupation's uncovered tasks, largest gain first. */
      gaps: { taskId: string; text: string; gain: number }[];
      /** The best occupation's distinctive words the evidence lacks (at most `TERMS_PER_LEARNER`). */
      missingTerms: string[];
    };

/** A learner to assess: their stored vector for their current chain head, or their evidence to analyse. */
export type LearnerToAssess =
  | { learnerId: string; stored: Uint8Array }
  | { learnerId: string; items: readonly EvidenceInput[] };

export interface Assessed {
  assessment: LearnerAssessment;
  /** The stored vector of a learner given by their evidence (`encodeStoredLearner`), to be kept. */
  analysed: Uint8Array | null;
}

/** One learner assessed; a learner given by evidence is analysed once and their stored vector returned. */
export function assessOne(matcher: MatcherIndex, learner: LearnerToAssess, asOf: string): Assessed {
  let stored: StoredLearner;
  let analysed: Uint8Array | null = null;
  try {
    if ('stored' in learner) stored = decodeStoredLearner(learner.stored);
    else {
      stored = matcher.analyseLearner(learner.items);
      analysed = encodeStoredLearner(stored);
    }
  } catch (error) {
    const evidenceCount = 'items' in learner ? learner.items.length : 0;
    return { assessment: failed(evidenceCount, error), analysed: null };
  }
  const evidenceCount = stored.evidenceIds.length;
  if (evidenceCount === 0) return { assessment: { status: 'no_evidence', evidenceCount }, analysed };
  let vector: LearnerVector;
  try {
    vector = matcher.storedProfileVector(stored, { asOf, id: learner.learnerId });
  } catch (error) {
    return { assessment: failed(evidenceCount, error), analysed };
  }
  return { assessment: assessVector(matcher, vector, evidenceCount), analysed };
}

/** A learner assessed from their evidence's texts (the same assessment `assessOne` gives). */
export function assessLearner(
  matcher: MatcherIndex,
  items: readonly EvidenceInput[],
  learnerId: string,
  asOf: string,
): LearnerAssessment {
  const evidenceCount = items.length;
  if (evidenceCount === 0) return { status: 'no_evidence', evidenceCount };
  try {
    return assessVector(matcher, matcher.profileVector(items, { asOf, id: learnerId }), evidenceCount);
  } catch (error) {
    return failed(evidenceCount, error);
  }
}

function assessVector(
  matcher: MatcherIndex,
  vector: LearnerVector,
  evidenceCount: number,
): LearnerAssessment {
  try {
    const matches = matcher
      .rankProfile(vector, { limit: FIT_WINDOW })
      .map(({ code, name, score, digital, green }) => ({
        code,
        name,
        score,
        band: bandOf(score),
        fitsWell: fitsWell(score),
        digital,
        green,
      }));
    const best = matches[0];
    if (!best) return { status: 'no_evidence', evidenceCount };
    // The report shows the gaps and missing terms, not the covered tasks' explanations.
    const report = matcher.gapsForProfile(vector, best.code, { explain: false });
    return {
      status: 'included',
      evidenceCount,
      matches,
      gaps: (report?.gaps ?? []).map(({ taskId, text, gain }) => ({ taskId, text, gain })),
      missingTerms: (report?.missingTerms ?? []).slice(0, TERMS_PER_LEARNER),
    };
  } catch (error) {
    return failed(evidenceCount, error);
  }
}

function failed(evidenceCount: number, error: unknown): LearnerAssessment {
  return { status: 'failed', evidenceCount, error: error instanceof Error ? error.message : String(error) };
}

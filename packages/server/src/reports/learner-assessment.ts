/**
 * What a cohort report needs of one learner, computed once: the evidence vectorised once, the
 * occupations ranked without explanations (the report shows names and scores only), and the gaps
 * of the best one from that same vector (the index's own task vectors, no second text analysis).
 * A pure function of the matcher and the evidence, so it runs the same on the event loop or in a
 * report worker thread.
 */
import { bandOf, type EvidenceInput, type MatcherIndex } from '@skillbank/matcher';
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

export function assessLearner(
  matcher: MatcherIndex,
  items: readonly EvidenceInput[],
  learnerId: string,
  asOf: string,
): LearnerAssessment {
  const evidenceCount = items.length;
  if (evidenceCount === 0) return { status: 'no_evidence', evidenceCount };
  try {
    const vector = matcher.profileVector(items, { asOf, id: learnerId });
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
    const report = matcher.gapsForProfile(vector, best.code);
    return {
      status: 'included',
      evidenceCount,
      matches,
      gaps: (report?.gaps ?? []).map(({ taskId, text, gain }) => ({ taskId, text, gain })),
      missingTerms: (report?.missingTerms ?? []).slice(0, TERMS_PER_LEARNER),
    };
  } catch (error) {
    return { status: 'failed', evidenceCount, error: error instanceof Error ? error.message : String(error) };
  }
}

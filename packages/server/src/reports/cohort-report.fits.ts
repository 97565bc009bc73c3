/**
 * What "fits well" means in a cohort report, in one place: the fit counts per occupation, each
 * learner's best fits, digital/green readiness and every format's tags all use these, so the
 * figures and the tags cannot disagree.
 */
import { BANDS, bandOf } from '@skillbank/matcher';
import type { ReportLearner, ReportOccupationScore } from './cohort-report.types.js';

/**
 * An occupation "fits well" when the learner's score for it is at least this (scores run 0–1): the
 * matcher's calibrated "strong" band, the band every page shows, so a report's "fits well" and a
 * page's 强 are one thing.
 */
export const FIT_THRESHOLD = BANDS.strong;
/** Occupations listed per learner. */
export const TOP_OCCUPATIONS = 5;
/** A learner's best fits (for digital/green readiness): their top occupations that fit well, at most this many. */
export const BEST_FITS = 3;

/** Whether a score fits well: its band is strong. */
export const fitsWell = (score: number) => bandOf(score) === 'strong';

/**
 * A learner's best fits: the first `BEST_FITS` of their top occupations that fit well. Readiness
 * counts these, and every format lists (and tags) these.
 */
export function bestFits(learner: Pick<ReportLearner, 'topOccupations'>): ReportOccupationScore[] {
  return learner.topOccupations.filter((o) => o.fitsWell).slice(0, BEST_FITS);
}

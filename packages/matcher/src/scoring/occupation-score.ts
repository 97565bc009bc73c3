/** The formula of `scorer.ts` applied to one occupation, with its breakdown. */
import type { IndexState, OccupationEntry } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { NGRAM_PREFIX } from '../text/analyzer.js';
import type { MatchBreakdown } from '../types.js';
import { sharedContributions } from '../vector/sparse-vector.js';
import { round4, SCORER, saturate } from './scorer.js';
import { workLevelFactor } from './work-level.js';

export interface OccupationScore {
  score: number;
  breakdown: Omit<MatchBreakdown, 'sharedTerms'>;
}

/** Score from the profile similarity and the coverage of each of the occupation's tasks. */
export function scoreOccupation(
  profileSimilarity: number,
  taskCoverage: ArrayLike<number>,
  declaredBonus: number,
  workLevel: { evidence: number | null; occupation: number; factor: number } = NEUTRAL_WORK_LEVEL,
): OccupationScore {
  const profileScore = saturate(profileSimilarity, SCORER.profileSaturation);
  const taskCount = taskCoverage.length;
  let sum = 0;
  let covered = 0;
  for (let i = 0; i < taskCount; i++) {
    const value = taskCoverage[i] as number;
    sum += value;
    if (value >= SCORER.coveredThreshold) covered++;
  }
  const coverage = taskCount === 0 ? null : sum / taskCount;
  const raw =
    coverage === null ? profileScore : SCORER.profileWeight * profileScore + SCORER.coverageWeight * coverage;
  return {
    score: round4(Math.min(1, levelled(raw, workLevel.factor) + declaredBonus)),
    breakdown: {
      profileSimilarity: round4(profileSimilarity),
      profileScore: round4(profileScore),
      taskCoverage: coverage === null ? null : round4(coverage),
      coveredTaskCount: covered,
      taskCount,
      declaredBonus,
      weights: { profile: SCORER.profileWeight, coverage: SCORER.coverageWeight },
      workLevel: {
        evidence: workLevel.evidence === null ? null : round4(workLevel.evidence),
        occupation: round4(workLevel.occupation),
        factor: round4(workLevel.factor),
      },
    },
  };
}

/**
 * The level of work applied to a score B in [0, 1]: 1 − (1 − B)^F. The factor scales the shortfall
 * from a perfect score rather than the score, so agreeing levels (F > 1) raise B and disagreeing ones
 * (F < 1) lower it without ever pushing it past 1 — two near-perfect occupations keep their order
 * instead of tying at the cap.
 */
export function levelled(score: number, factor: number): number {
  if (factor === 1 || score <= 0) return score;
  return 1 - (1 - Math.min(1, score)) ** factor;
}

const NEUTRAL_WORK_LEVEL = Object.freeze({ evidence: null, occupation: 0.5, factor: 1 });

/** The level-of-work part of a learner's score for one occupation. */
export function workLevelOf(
  state: IndexState,
  learner: LearnerVector,
  index: number,
): { evidence: number | null; occupation: number; factor: number } {
  const occupation = state.workShares[index] ?? 0.5;
  return {
    evidence: learner.workLevel?.share ?? null,
    occupation,
    factor: state.scoring.workLevel ? workLevelFactor(learner.workLevel, occupation) : 1,
  };
}

/** B of the formula: profile and task coverage, before the level of work and the declared bonus. */
export function baseScore(
  profileSimilarity: number,
  coverage: Float64Array,
  start: number,
  end: number,
): number {
  const profileScore = saturate(profileSimilarity, SCORER.profileSaturation);
  if (end <= start) return profileScore;
  let sum = 0;
  for (let t = start; t < end; t++) sum += coverage[t] as number;
  return SCORER.profileWeight * profileScore + SCORER.coverageWeight * (sum / (end - start));
}

/** S of the formula from B: 1 − (1 − B)^F + declared bonus, capped at 1, rounded for output. */
export function finalScore(base: number, declaredBonus: number, workFactor: number): number {
  return round4(Math.min(1, levelled(base, workFactor) + declaredBonus));
}

/** Bonus for evidence that names the occupation (or another in its group: the minor group in CN-2022). */
export function declaredBonus(
  state: IndexState,
  learner: LearnerVector,
  occupation: OccupationEntry,
): number {
  let bonus = 0;
  for (const item of learner.evidence) {
    for (const code of item.occupationCodes) {
      if (code === occupation.code) return SCORER.declaredOccupationBonus;
      if (state.scheme.parentOf(code) === occupation.groupCode) bonus = SCORER.declaredGroupBonus;
    }
  }
  return bonus;
}

/** Words two vectors share, strongest contribution first (bigrams and unknown terms left out). */
export function sharedWords(
  state: IndexState,
  a: LearnerVector['profile'],
  b: LearnerVector['profile'],
  limit = 8,
): string[] {
  const words: string[] = [];
  for (const { id } of sharedContributions(a, b)) {
    const term = state.vocabulary.term(id);
    if (term === null || term.startsWith(NGRAM_PREFIX)) continue;
    words.push(term);
    if (words.length >= limit) break;
  }
  return words;
}

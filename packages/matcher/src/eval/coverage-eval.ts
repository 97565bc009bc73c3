/**
 * The labelled coverage set (`fixtures/eval/coverage.json`) against the one definition of
 * "covered" (`coverCredit` / `isCovered` in `scoring/scorer.ts`): each pair's credit is what the
 * product gives — a task statement through the same path as gaps and matches (`taskCredits`), an
 * employer's requirement through the same path as candidates (`credit` in score-candidates) — for
 * one evidence item, a self-reported project with the sentence as its description.
 *
 * Figures: precision and recall of "covered" at the threshold (pairs labelled `partly` are left
 * out of both: partial credit is neither right nor wrong to call covered; how many of them are
 * called covered is reported beside), and Kendall's τ-b between the credit and the label
 * (not < partly < covered): does the credit order the pairs as a person does.
 */

import { vectoriseRequirements } from '../candidates/requirement-set.js';
import { credit as requirementCredit } from '../candidates/score-candidates.js';
import type { IndexState } from '../index-state.js';
import { buildLearnerVector, type LearnerVector } from '../profile/learner-vector.js';
import { SCORER } from '../scoring/scorer.js';
import { readMeaning, taskCredits } from '../scoring/task-coverage.js';
import type { CoverageLabel, CoveragePair } from './datasets.js';

export interface ScoredPair {
  pair: CoveragePair;
  credit: number;
}

export interface CoverageFigures {
  total: number;
  /** Share of the pairs called covered that a person labelled covered (partly left out). */
  precision: number;
  /** Share of the pairs labelled covered that are called covered. */
  recall: number;
  f1: number;
  /** Share of the `partly` pairs called covered. */
  partlyCovered: number;
  /** Kendall's τ-b between credit and label. */
  tau: number;
  /** Counts behind precision and recall. */
  counts: { truePositive: number; falsePositive: number; falseNegative: number; partly: number };
}

const RANK: Record<CoverageLabel, number> = { not: 0, partly: 1, covered: 2 };

/** Learners analysed once per pair. */
const learners = new WeakMap<CoveragePair, LearnerVector>();

/** Each pair's credit as the product computes it. */
export function scoreCoveragePairs(state: IndexState, pairs: readonly CoveragePair[]): ScoredPair[] {
  const taskIndex = new Map(state.tasks.map((task, t) => [task.id, t]));
  return pairs.map((pair) => {
    let learner = learners.get(pair);
    if (!learner) {
      learner = buildLearnerVector(state, [
        { id: pair.id, kind: 'work_project', title: '', description: pair.evidence },
      ]);
      learners.set(pair, learner);
    }
    const item = learner.evidence[0];
    if (!item) return { pair, credit: 0 };
    if (pair.task !== undefined) {
      const t = taskIndex.get(pair.task);
      if (t === undefined) throw new Error(`${pair.id}: task ${pair.task} is not in the index`);
      return { pair, credit: taskCredits(state, learner, t)[0] ?? 0 };
    }
    const [requirement] = vectoriseRequirements(state, [
      { id: pair.id, text: pair.statement, essential: true },
    ]);
    if (!requirement || item.summary.knownTerms === 0) return { pair, credit: 0 };
    const similarity = state.kernel.cosine(item.vector, requirement.vector);
    const meaning = readMeaning(state.wordWeight, requirement.clauses, item);
    return { pair, credit: requirementCredit(item.quality, similarity, 0, 0, meaning) };
  });
}

/** Precision, recall and rank agreement of credits at a threshold (default: the scorer's). */
export function coverageFigures(
  scored: readonly ScoredPair[],
  threshold: number = SCORER.coveredThreshold,
): CoverageFigures {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let partly = 0;
  let partlyTotal = 0;
  for (const { pair, credit } of scored) {
    const called = credit >= threshold;
    if (pair.label === 'partly') {
      partlyTotal++;
      if (called) partly++;
    } else if (pair.label === 'covered') {
      if (called) truePositive++;
      else falseNegative++;
    } else if (called) falsePositive++;
  }
  const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
  return {
    total: scored.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    partlyCovered: partlyTotal === 0 ? 0 : partly / partlyTotal,
    tau: kendallTauB(
      scored.map((s) => s.credit),
      scored.map((s) => RANK[s.pair.label]),
    ),
    counts: { truePositive, falsePositive, falseNegative, partly },
  };
}

/** Kendall's τ-b (ties in either variable corrected), O(n²). */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  const denominator = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denominator === 0 ? 0 : (concordant - discordant) / denominator;
}

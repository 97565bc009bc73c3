/**
 * The labelled coverage set (`fixtures/eval/coverage.json`) against the one definition of
 * "covered" (`coverCredit` / `isCovered` in `scoring/scorer.ts`): each pair's credit is what the
 * product gives — a task statement through the same path as gaps and matches (`taskCredits`), an
 * employer's requirement through the same path as candidates (`readCredit` in score-candidates) — for
 * one evidence item, a self-reported project with the sentence as its description.
 *
 * Figures: precision and recall of "covered" at the threshold (pairs labelled `partly` are left
 * out of both: partial credit is neither right nor wrong to call covered; how many of them are
 * called covered is reported beside), and Kendall's τ-b between the credit and the label
 * (not < partly < covered): does the credit order the pairs as a person does.
 */

import { readsAction, vectoriseRequirements } from '../candidates/requirement-set.js';
import { readCredit } from '../candidates/score-candidates.js';
import type { IndexState } from '../index-state.js';
import { buildLearnerVector, type LearnerVector } from '../profile/learner-vector.js';
import { SCORER } from '../scoring/scorer.js';
import { taskCredits } from '../scoring/task-coverage.js';
import type { CoverageLabel, CoveragePair } from './datasets.js';
import { seededRandom } from './random.js';

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

/** Learners analysed once per index and pair (an ablation's index reads the evidence its own way). */
const learnersByState = new WeakMap<IndexState, WeakMap<CoveragePair, LearnerVector>>();

/** Each pair's credit as the product computes it. */
export function scoreCoveragePairs(
  state: IndexState,
  pairs: readonly CoveragePair[],
  /** Whether requirements' actions are read (default: as the product does); false for the ablation. */
  { requirementAction = readsAction(state) }: { requirementAction?: boolean } = {},
): ScoredPair[] {
  const taskIndex = new Map(state.tasks.map((task, t) => [task.id, t]));
  const learners = learnersByState.get(state) ?? new WeakMap<CoveragePair, LearnerVector>();
  learnersByState.set(state, learners);
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
    // Task readings kept from an earlier call may be under other settings (`withMeaningSettings`).
    item.memo.meaning.clear();
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
    const reading = { wordWeight: state.wordWeight, actionGate: requirementAction };
    return { pair, credit: readCredit(reading, requirement.clauses, item, item.quality, similarity, 0, 0) };
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

/**
 * What the k-fold maximises on the training folds: F1 of "covered" plus half the rank agreement;
 * with `minPrecision`, the recall of the settings whose precision is at least that (plus half the
 * rank agreement; any such setting before any other).
 */
function objective(scored: readonly ScoredPair[], threshold: number, minPrecision?: number): number {
  const f = coverageFigures(scored, threshold);
  if (minPrecision === undefined) return f.f1 + 0.5 * f.tau;
  return (f.precision >= minPrecision ? 2 : 0) + f.recall + 0.5 * f.tau;
}

/**
 * k-fold cross-validation of a choice among variants (the same pairs scored under different
 * settings, in the same order) and thresholds: pairs are grouped by statement (all pairs of one
 * statement in one fold, folds dealt by a seeded shuffle); each fold is judged by the variant and
 * threshold that do best on the other folds (a variant may allow only some thresholds), and the
 * held-out judgements are pooled. Returns the
 * pooled figures (at each fold's own threshold), what each fold chose, and the held-out credits
 * (shifted so that each fold's threshold sits at the scorer's).
 */
export function crossValidateCoverage(
  variants: readonly { name: string; scored: readonly ScoredPair[]; thresholds?: readonly number[] }[],
  thresholds: readonly number[],
  { folds = 5, seed = 9, minPrecision }: { folds?: number; seed?: number; minPrecision?: number } = {},
): { figures: CoverageFigures; chosen: string[]; held: ScoredPair[] } {
  const first = variants[0]?.scored ?? [];
  const groups = [...new Set(first.map((s) => s.pair.statement))];
  const random = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [groups[i], groups[j]] = [groups[j] as string, groups[i] as string];
  }
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const held: ScoredPair[] = [];
  const chosen: string[] = [];
  for (let f = 0; f < folds; f++) {
    let best: { value: number; variant: (typeof variants)[number]; threshold: number } | undefined;
    for (const variant of variants) {
      const training = variant.scored.filter((s) => foldOf.get(s.pair.statement) !== f);
      for (const threshold of variant.thresholds ?? thresholds) {
        const value = objective(training, threshold, minPrecision);
        if (!best || value > best.value) best = { value, variant, threshold };
      }
    }
    if (!best) continue;
    chosen.push(`${best.variant.name}, threshold ${best.threshold}`);
    // Judged at the fold's threshold: credits shifted so that it sits at the scorer's.
    const shift = SCORER.coveredThreshold - best.threshold;
    for (const s of best.variant.scored)
      if (foldOf.get(s.pair.statement) === f) held.push({ pair: s.pair, credit: s.credit + shift });
  }
  return { figures: coverageFigures(held), chosen, held };
}

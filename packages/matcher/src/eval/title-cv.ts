/**
 * k-fold cross-validation of the job-title classifier on the labelled dev titles. Everything that
 * learns from the file — the nearest-labelled-title votes and the feature weights — learns from
 * the other folds only: each held-out fold is scored by neighbours and weights that never saw it.
 */

import { CLASSIFY_WEIGHTS, rankCandidates } from '../classify/classify.js';
import {
  type CandidateFeatures,
  FEATURES,
  type FeatureName,
  titleFeatures,
} from '../classify/classify-features.js';
import type { IndexState } from '../index-state.js';
import { type CodeTarget, isUnder } from '../titles/title-label.js';
import { buildTitleNeighbours } from '../titles/title-neighbours.js';
import type { DevTitle } from './datasets.js';

export type Weights = Record<FeatureName, number>;

export interface FoldFigures {
  total: number;
  top1: number;
  top5: number;
  /** Per item (in input order): rank of the first right candidate, 0 when none of the 20. */
  ranks: number[];
}

export interface CrossValidationOptions {
  folds?: number;
  /** Fit the weights on each training part (true), or use these fixed weights. */
  fit?: boolean;
  weights?: Readonly<Weights>;
  /** Features held at 0 (ablations). */
  without?: readonly FeatureName[];
  /** Use no labelled titles at all (the lexicon and text only). */
  noNeighbours?: boolean;
}

function asLabelled(item: DevTitle): { title: string; target: CodeTarget } {
  return { title: item.title, target: { level: item.level, target: item.target } };
}

/** Fold of a title: a fixed hash of its text, so that equal titles share a fold. */
export function foldOf(title: string, folds: number): number {
  let hash = 2166136261;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % folds;
}

/** One training title: its candidates' features in one flat array, and which are right. */
interface Prepared {
  /** candidates × FEATURES.length, row-major. */
  values: Float64Array;
  /** Candidate codes' sort position (ties break by code, as in `rankCandidates`). */
  order: Int32Array;
  right: Uint8Array;
}

function prepare(state: IndexState, item: DevTitle, features: readonly CandidateFeatures[]): Prepared {
  const width = FEATURES.length;
  const values = new Float64Array(features.length * width);
  const order = new Int32Array(features.length);
  const right = new Uint8Array(features.length);
  features.forEach((c, i) => {
    values.set(c.values, i * width);
    order[i] = c.index; // occupations are sorted by code, so the index orders codes
    right[i] = isUnder(item, state.occupations[c.index]?.code ?? '') ? 1 : 0;
  });
  return { values, order, right };
}

/** Rank of the first right candidate under `weights` (0 when there is none). */
function rankOf(p: Prepared, weights: Float64Array): number {
  const width = weights.length;
  const n = p.order.length;
  const scores = new Float64Array(n);
  let best = -1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < width; f++) s += (weights[f] as number) * (p.values[i * width + f] as number);
    scores[i] = s;
    if (
      p.right[i] &&
      (best < 0 ||
        s > (scores[best] as number) ||
        (s === scores[best] && (p.order[i] as number) < (p.order[best] as number)))
    )
      best = i;
  }
  if (best < 0) return 0;
  const top = scores[best] as number;
  let rank = 1;
  for (let i = 0; i < n; i++) {
    if (p.right[i]) continue;
    const s = scores[i] as number;
    if (s > top || (s === top && (p.order[i] as number) < (p.order[best] as number))) rank++;
  }
  return rank;
}

function objective(items: readonly Prepared[], weights: Readonly<Weights>): number {
  const vector = Float64Array.from(FEATURES, (f) => weights[f]);
  let value = 0;
  for (const p of items) {
    const rank = rankOf(p, vector);
    if (rank === 1) value += 1;
    if (rank >= 1 && rank <= 5) value += 0.5;
  }
  return value;
}

/** Coordinate ascent over a grid of values per weight, from `start`; `fixed` features stay at 0. */
export function fitWeights(
  items: readonly Prepared[],
  start: Readonly<Weights>,
  fixed: readonly FeatureName[] = [],
): Weights {
  const weights: Weights = { ...start };
  for (const feature of fixed) weights[feature] = 0;
  const grid = [0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1, 1.3, 1.7, 2.2];
  let best = objective(items, weights);
  for (let pass = 0; pass < 3; pass++) {
    let improved = false;
    for (const feature of FEATURES) {
      if (fixed.includes(feature)) continue;
      for (const value of grid) {
        const trial = { ...weights, [feature]: value };
        const score = objective(items, trial);
        if (score > best + 1e-9) {
          best = score;
          weights[feature] = value;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return weights;
}

/**
 * k-fold figures. For each fold: neighbours from the other folds, features of the training part
 * computed leave-one-out, weights fitted there (when `fit`), then the fold scored.
 */
export function crossValidate(
  state: IndexState,
  items: readonly DevTitle[],
  {
    folds = 5,
    fit = true,
    weights = CLASSIFY_WEIGHTS,
    without = [],
    noNeighbours = false,
  }: CrossValidationOptions = {},
): FoldFigures & { weights: Weights[] } {
  const codes = state.occupations.map((o) => o.code);
  const ranks = new Array<number>(items.length).fill(0);
  const fitted: Weights[] = [];
  const start: Weights = { ...weights };
  for (const feature of without) start[feature] = 0;
  for (let fold = 0; fold < folds; fold++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    items.forEach((item, i) => {
      (foldOf(item.title, folds) === fold ? testIdx : trainIdx).push(i);
    });
    const train = trainIdx.map((i) => items[i] as DevTitle);
    const neighbours = buildTitleNeighbours(noNeighbours ? [] : train.map(asLabelled));
    const titles = { ...state.titles, neighbours };
    let foldWeights = start;
    if (fit) {
      const prepared = train.map((item, j) =>
        prepare(state, item, titleFeatures(state, titles, item, { exclude: j }).candidates),
      );
      foldWeights = fitWeights(prepared, start, without);
      fitted.push(foldWeights);
    }
    for (const i of testIdx) {
      const item = items[i] as DevTitle;
      const features = titleFeatures(state, titles, item);
      const ranked = rankCandidates(state, features, foldWeights).slice(0, 20);
      ranks[i] = ranked.findIndex((c) => isUnder(item, codes[c.index] ?? '')) + 1;
    }
  }
  const total = items.length;
  const at = (k: number) => ranks.filter((r) => r >= 1 && r <= k).length / Math.max(1, total);
  return { total, top1: at(1), top5: at(5), ranks, weights: fitted };
}

/** Weights fitted on the whole dev file (leave-one-out neighbours): what `CLASSIFY_WEIGHTS` holds. */
export function fitOnAll(state: IndexState, items: readonly DevTitle[]): Weights {
  const neighbours = buildTitleNeighbours(items.map(asLabelled));
  const titles = { ...state.titles, neighbours };
  const prepared = items.map((item, j) =>
    prepare(state, item, titleFeatures(state, titles, item, { exclude: j }).candidates),
  );
  return fitWeights(prepared, CLASSIFY_WEIGHTS);
}

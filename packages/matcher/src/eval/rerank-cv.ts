/**
 * Does a learned re-ordering of the leading occupations generalise across narrative sets?
 * (`run.ts --rerank-cv`, issue 9; not in `npm test`.)
 *
 * The scorer combines hand-set parts (P, C, R, F, the explained share, the direction share). This
 * experiment takes the 15 leading occupations of each narrative with their breakdowns, builds
 * features per candidate (the parts, the current score, its rank and gap to the top, how many of the
 * top 10 share its minor or middle group, …) and fits a listwise logistic model (softmax over the
 * 15, L2, standardised features, a fixed number of full-batch gradient steps from zero: deterministic)
 * that re-orders them. It is judged against the current ordering on the same items: 5-fold by a hash
 * of the narrative id, and leave-one-set-out over the dev sets written by different hands — (b) the
 * dev narratives, (b2) the fresh ones written blind, (b3) the English ones. (b4) is never read here.
 */
import type { MatcherIndex } from '../matcher-index.js';
import type { OccupationMatch } from '../types.js';
import type { Narrative } from './datasets.js';
import { foldOf } from './title-cv.js';

/** How many leading occupations are re-ordered (the scorer reads this many by meaning). */
export const RERANK_DEPTH = 15;

export const RERANK_FEATURES = [
  'score',
  'scoreShareOfTop',
  'gapToTop',
  'inverseRank',
  'profileScore',
  'profileSimilarity',
  'taskCoverage',
  'coveredShare',
  'roleScore',
  'workLevelFactor',
  'occupationLevel',
  'levelAgreement',
  'explainedShare',
  'explainedFactor',
  'directionFactor',
  'minorConsensus',
  'middleConsensus',
  'majorConsensus',
  'logTaskCount',
  'sharedTermCount',
] as const;
export type RerankFeature = (typeof RERANK_FEATURES)[number];

export interface Candidate {
  code: string;
  /** Place in the scorer's ordering, from 1. */
  rank: number;
  features: Float64Array;
}

/** One narrative: its label, the set it comes from and its leading candidates in the scorer's order. */
export interface Listing {
  id: string;
  set: string;
  label: string;
  candidates: Candidate[];
}

/** Matches every narrative and keeps the leading `depth` occupations with their features. */
export function collectListings(
  matcher: MatcherIndex,
  narratives: readonly Narrative[],
  set: string,
  depth = RERANK_DEPTH,
): Listing[] {
  return narratives.map((item) => {
    const matches = matcher.match(item.evidence, { limit: depth }).matches;
    return {
      id: `${set}:${item.id}`,
      set,
      label: item.code,
      candidates: candidateFeatures(matcher, matches),
    };
  });
}

function candidateFeatures(matcher: MatcherIndex, matches: readonly OccupationMatch[]): Candidate[] {
  const top = matches[0]?.score ?? 0;
  const groups = matches.map((m) => matcher.scheme.groupsOf(m.code));
  const head = groups.slice(0, 10);
  const share = (key: 'minor' | 'middle' | 'major', value: string | undefined) =>
    value === undefined ? 0 : head.filter((g) => g[key] === value).length / Math.max(1, head.length);
  return matches.map((m, i) => {
    const b = m.breakdown;
    const g = groups[i] ?? {};
    const evidenceLevel = b.workLevel.evidence;
    const values: Record<RerankFeature, number> = {
      score: m.score,
      scoreShareOfTop: top > 0 ? m.score / top : 0,
      gapToTop: top - m.score,
      inverseRank: 1 / (i + 1),
      profileScore: b.profileScore,
      profileSimilarity: b.profileSimilarity,
      taskCoverage: b.taskCoverage ?? b.profileScore,
      coveredShare: b.taskCount > 0 ? b.coveredTaskCount / b.taskCount : 0,
      roleScore: b.roleScore ?? 0,
      workLevelFactor: b.workLevel.factor,
      occupationLevel: b.workLevel.occupation,
      levelAgreement:
        evidenceLevel === null ? 0 : 1 - 2 * Math.abs(evidenceLevel - b.workLevel.occupation),
      explainedShare: b.explained?.share ?? 0,
      explainedFactor: b.explained?.factor ?? 1,
      directionFactor: b.direction?.factor ?? 1,
      minorConsensus: share('minor', g.minor),
      middleConsensus: share('middle', g.middle),
      majorConsensus: share('major', g.major),
      logTaskCount: Math.log1p(b.taskCount),
      sharedTermCount: b.sharedTerms.length,
    };
    return {
      code: m.code,
      rank: i + 1,
      features: Float64Array.from(RERANK_FEATURES.map((name) => values[name])),
    };
  });
}

export interface RerankModel {
  /** Features used (indices into RERANK_FEATURES). */
  use: number[];
  mean: Float64Array;
  scale: Float64Array;
  weights: Float64Array;
}

export interface FitOptions {
  /** L2 strength on the standardised weights (per listing of the mean loss). */
  l2: number;
  /** Features to use (names); all by default. */
  features?: readonly RerankFeature[];
  steps?: number;
  rate?: number;
}

/**
 * Listwise logistic regression: maximise the mean log softmax probability of the label among each
 * listing's candidates, minus l2 · |w|². Listings without the label among their candidates teach
 * nothing and are skipped. Full-batch gradient descent from zero for a fixed number of steps.
 */
export function fitRerank(listings: readonly Listing[], options: FitOptions): RerankModel {
  const names = options.features ?? RERANK_FEATURES;
  const use = names.map((n) => RERANK_FEATURES.indexOf(n));
  const d = use.length;
  const train = listings.filter((l) => l.candidates.some((c) => c.code === l.label));
  const mean = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  let count = 0;
  for (const l of train)
    for (const c of l.candidates) {
      count++;
      use.forEach((f, k) => {
        mean[k] = (mean[k] ?? 0) + (c.features[f] ?? 0);
      });
    }
  for (let k = 0; k < d; k++) mean[k] = (mean[k] ?? 0) / Math.max(1, count);
  const variance = new Float64Array(d);
  for (const l of train)
    for (const c of l.candidates)
      use.forEach((f, k) => {
        const x = (c.features[f] ?? 0) - (mean[k] ?? 0);
        variance[k] = (variance[k] ?? 0) + x * x;
      });
  for (let k = 0; k < d; k++) {
    const sd = Math.sqrt((variance[k] ?? 0) / Math.max(1, count));
    scale[k] = sd > 1e-9 ? sd : 1;
  }
  const rows = train.map((l) => ({
    x: l.candidates.map((c) => Float64Array.from(use, (f, k) => ((c.features[f] ?? 0) - (mean[k] ?? 0)) / (scale[k] ?? 1))),
    y: l.candidates.findIndex((c) => c.code === l.label),
  }));
  const weights = new Float64Array(d);
  const steps = options.steps ?? 400;
  const rate = options.rate ?? 0.5;
  const gradient = new Float64Array(d);
  const n = Math.max(1, rows.length);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    for (const { x, y } of rows) {
      const s = x.map((v) => dot(weights, v));
      const max = Math.max(...s);
      const e = s.map((v) => Math.exp(v - max));
      const z = e.reduce((a, b) => a + b, 0);
      x.forEach((v, j) => {
        const p = (e[j] ?? 0) / z - (j === y ? 1 : 0);
        for (let k = 0; k < d; k++) gradient[k] = (gradient[k] ?? 0) + (p * (v[k] ?? 0)) / n;
      });
    }
    for (let k = 0; k < d; k++) {
      const w = weights[k] ?? 0;
      weights[k] = w - rate * ((gradient[k] ?? 0) + 2 * options.l2 * w);
    }
  }
  return { use, mean, scale, weights };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] ?? 0) * (b[k] ?? 0);
  return s;
}

/** The model's score of a candidate. */
export function modelScore(model: RerankModel, candidate: Candidate): number {
  let s = 0;
  model.use.forEach((f, k) => {
    s += (model.weights[k] ?? 0) * (((candidate.features[f] ?? 0) - (model.mean[k] ?? 0)) / (model.scale[k] ?? 1));
  });
  return s;
}

/** The listing's candidates re-ordered by the model (ties: the scorer's order). */
export function reorder(model: RerankModel | null, listing: Listing): string[] {
  if (!model) return listing.candidates.map((c) => c.code);
  return listing.candidates
    .map((c) => ({ c, s: modelScore(model, c) }))
    .sort((a, b) => b.s - a.s || a.c.rank - b.c.rank)
    .map(({ c }) => c.code);
}

export interface RankFigures {
  total: number;
  top1: number;
  top5: number;
  mrr: number;
}

/** Top-1, top-5 and MRR of an ordering (rank beyond the candidates: a miss). */
export function rankFigures(orders: readonly { label: string; codes: readonly string[] }[]): RankFigures {
  let top1 = 0;
  let top5 = 0;
  let mrr = 0;
  for (const { label, codes } of orders) {
    const rank = codes.indexOf(label) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 5) top5++;
    if (rank >= 1) mrr += 1 / rank;
  }
  const n = Math.max(1, orders.length);
  return { total: orders.length, top1: top1 / n, top5: top5 / n, mrr: mrr / n };
}

/** Scorer ordering and model ordering over the same test listings. */
export interface Comparison {
  name: string;
  current: RankFigures;
  reranked: RankFigures;
}

function compare(name: string, tests: readonly { model: RerankModel; listings: readonly Listing[] }[]): Comparison {
  const current = tests.flatMap(({ listings }) => listings.map((l) => ({ label: l.label, codes: reorder(null, l) })));
  const reranked = tests.flatMap(({ model, listings }) =>
    listings.map((l) => ({ label: l.label, codes: reorder(model, l) })),
  );
  return { name, current: rankFigures(current), reranked: rankFigures(reranked) };
}

/** k-fold over the given listings (fold: a hash of the id), figures pooled over the held-out folds. */
export function kFold(name: string, listings: readonly Listing[], options: FitOptions, folds = 5): Comparison {
  const tests: { model: RerankModel; listings: Listing[] }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = listings.filter((l) => foldOf(l.id, folds) === fold);
    const train = listings.filter((l) => foldOf(l.id, folds) !== fold);
    tests.push({ model: fitRerank(train, options), listings: test });
  }
  return compare(name, tests);
}

/** Fitted on every set but `held`, judged on `held` (and on `extra` test listings, e.g. a derived set). */
export function leaveSetOut(
  listings: readonly Listing[],
  held: string,
  options: FitOptions,
  extraTests: readonly Listing[] = [],
): Comparison {
  const train = listings.filter((l) => l.set !== held);
  const model = fitRerank(train, options);
  return compare(`train ${[...new Set(train.map((l) => l.set))].join('+')} → test ${held}`, [
    { model, listings: [...listings.filter((l) => l.set === held), ...extraTests] },
  ]);
}

/** Named weights of a model, in the units of the standardised features. */
export function describeModel(model: RerankModel): string {
  return model.use
    .map((f, k) => ({ name: RERANK_FEATURES[f] ?? '?', w: model.weights[k] ?? 0 }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
    .map(({ name, w }) => `${name} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`)
    .join(', ');
}

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
  /** The scorer's parts as its breakdown reports them, to recompute the score under other settings. */
  parts: ScoreParts;
}

/** What `breakdown` says of one match: enough to recompute its score (`recompute`). */
export interface ScoreParts {
  profileSimilarity: number;
  /** Mean task credit; null when the occupation lists no tasks. */
  coverage: number | null;
  /** The role reading and its share of B (0 when no title names a role). */
  role: number;
  roleShare: number;
  workFactor: number;
  explainedFactor: number;
  declared: number;
  directionShare: number;
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
  const share = (key: 'minor' | 'middle' | 'major', value: string | null | undefined) =>
    value === undefined || value === null
      ? 0
      : head.filter((g) => g[key] === value).length / Math.max(1, head.length);
  return matches.map((m, i) => {
    const b = m.breakdown;
    const g = groups[i] ?? { major: undefined, middle: undefined, minor: undefined };
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
      levelAgreement: evidenceLevel === null ? 0 : 1 - 2 * Math.abs(evidenceLevel - b.workLevel.occupation),
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
      parts: {
        profileSimilarity: b.profileSimilarity,
        coverage: b.taskCoverage,
        role: b.roleScore ?? 0,
        roleShare: b.weights.role,
        workFactor: b.workLevel.factor,
        explainedFactor: b.explained?.factor ?? 1,
        declared: b.declaredBonus,
        directionShare: b.direction?.share ?? 1,
      },
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
  /**
   * `listwise` (default): the log softmax probability of the label among the candidates;
   * `pairwise`: the mean log-sigmoid of the label's margin over each other candidate.
   */
  loss?: 'listwise' | 'pairwise';
}

/**
 * Logistic regression over each listing: maximise the mean log softmax probability of the label
 * among the listing's candidates (or, pairwise, the mean log-sigmoid of its margin over each other
 * candidate), minus l2 · |w|². Listings without the label among their candidates teach
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
    x: l.candidates.map((c) =>
      Float64Array.from(use, (f, k) => ((c.features[f] ?? 0) - (mean[k] ?? 0)) / (scale[k] ?? 1)),
    ),
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
      if (options.loss === 'pairwise') {
        const label = x[y] as Float64Array;
        const top = dot(weights, label);
        const pairs = Math.max(1, x.length - 1);
        x.forEach((v, j) => {
          if (j === y) return;
          // d/dw of −log σ(w·(x_y − x_j)) = −σ(−margin) · (x_y − x_j)
          const p = 1 / (1 + Math.exp(top - dot(weights, v)));
          for (let k = 0; k < d; k++)
            gradient[k] = (gradient[k] ?? 0) - (p * ((label[k] ?? 0) - (v[k] ?? 0))) / (pairs * n);
        });
        continue;
      }
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
    s +=
      (model.weights[k] ?? 0) *
      (((candidate.features[f] ?? 0) - (model.mean[k] ?? 0)) / (model.scale[k] ?? 1));
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

function compare(
  name: string,
  tests: readonly { model: RerankModel; listings: readonly Listing[] }[],
): Comparison {
  const current = tests.flatMap(({ listings }) =>
    listings.map((l) => ({ label: l.label, codes: reorder(null, l) })),
  );
  const reranked = tests.flatMap(({ model, listings }) =>
    listings.map((l) => ({ label: l.label, codes: reorder(model, l) })),
  );
  return { name, current: rankFigures(current), reranked: rankFigures(reranked) };
}

/** k-fold over the given listings (fold: a hash of the id), figures pooled over the held-out folds. */
export function kFold(
  name: string,
  listings: readonly Listing[],
  options: FitOptions,
  folds = 5,
): Comparison {
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

/**
 * Leave-one-set-out with the model selection inside: the feature set and L2 are chosen by
 * leave-one-set-out between the two training sets (fit on one, judge on the other, both ways,
 * top-1 + top-5 + MRR summed), then fitted on both and judged on `held`.
 */
export function nestedLeaveSetOut(
  listings: readonly Listing[],
  held: string,
): { held: string; choice: string; comparison: Comparison } {
  const train = listings.filter((l) => l.set !== held);
  const inner = [...new Set(train.map((l) => l.set))];
  let best: { options: FitOptions; name: string; value: number } | undefined;
  for (const { name, features } of FEATURE_SETS)
    for (const l2 of L2_GRID) {
      const options = { l2, features };
      const value = inner
        .map((s) => objective(leaveSetOut(train, s, options).reranked))
        .reduce((a, b) => a + b, 0);
      if (!best || value > best.value + 1e-12) best = { options, name: `${name}, L2 ${l2}`, value };
    }
  const options = best?.options ?? { l2: 0.03 };
  return { held, choice: best?.name ?? '—', comparison: leaveSetOut(listings, held, options) };
}

/** Named weights of a model, in the units of the standardised features. */
export function describeModel(model: RerankModel): string {
  return model.use
    .map((f, k) => ({ name: RERANK_FEATURES[f] ?? '?', w: model.weights[k] ?? 0 }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
    .map(({ name, w }) => `${name} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`)
    .join(', ');
}

/** Settings of the scorer's hand-set combination that a grid varies (`recompute`). */
export interface Combination {
  profileSaturation: number;
  /** Weight of P in the text part (C takes the rest). */
  profileWeight: number;
  /** The role's share of B when a title names one. */
  roleShare: number;
  /** × (F − 1): 1 is the shipped level-of-work strength. */
  levelStrength: number;
  /** Exponent of the explained share (shipped 0.2). */
  explainedExponent: number;
  /** Exponent of the direction share (shipped 0.5). */
  directionExponent: number;
}

export const SHIPPED_COMBINATION: Combination = {
  profileSaturation: 0.35,
  profileWeight: 0.4,
  roleShare: 0.15,
  levelStrength: 1,
  explainedExponent: 0.2,
  directionExponent: 0.5,
};

/**
 * The score of a candidate recomputed from its breakdown under other combination settings (the
 * formula of `scoring/scorer.ts`): B = (1 − r) · (p · P + (1 − p) · C) + r · R, × X, then
 * S = 1 − (1 − B)^F + declared, capped, × the direction factor. The explained factor is rescaled
 * from its shipped exponent, the level factor's distance from 1 by the strength. Only the order of
 * the leading candidates changes: who is among them is the shipped scorer's.
 */
export function recompute(parts: ScoreParts, c: Combination): number {
  const p = parts.profileSimilarity <= 0 ? 0 : Math.min(1, parts.profileSimilarity / c.profileSaturation);
  const text = parts.coverage === null ? p : c.profileWeight * p + (1 - c.profileWeight) * parts.coverage;
  const r = parts.roleShare > 0 ? c.roleShare : 0;
  const x = parts.explainedFactor ** (c.explainedExponent / SHIPPED_COMBINATION.explainedExponent);
  const base = x * ((1 - r) * text + r * parts.role);
  const f = 1 + c.levelStrength * (parts.workFactor - 1);
  const s = Math.min(1, 1 - (1 - Math.max(0, Math.min(1, base))) ** f + parts.declared);
  return s * parts.directionShare ** c.directionExponent;
}

/** The grid of combinations tried: 4 × 4 × 4 × 4 × 3 × 3 = 2,304 settings, the shipped one included. */
export const COMBINATION_GRID: readonly Combination[] = [0.3, 0.35, 0.45, 0.6].flatMap((profileSaturation) =>
  [0.25, 0.4, 0.55, 0.7].flatMap((profileWeight) =>
    [0.05, 0.15, 0.25, 0.35].flatMap((roleShare) =>
      [0, 1, 1.5, 2].flatMap((levelStrength) =>
        [0, 0.2, 0.5].flatMap((explainedExponent) =>
          [0.25, 0.5, 1].map((directionExponent) => ({
            profileSaturation,
            profileWeight,
            roleShare,
            levelStrength,
            explainedExponent,
            directionExponent,
          })),
        ),
      ),
    ),
  ),
);

/**
 * The listing's candidates re-ordered by a recomputed score, read to three decimals (the breakdown's
 * parts are rounded to four, so finer differences are rounding; ties: the scorer's order).
 */
export function reorderBy(c: Combination, listing: Listing): string[] {
  return listing.candidates
    .map((x) => ({ x, s: Math.round(recompute(x.parts, c) * 1000) }))
    .sort((a, b) => b.s - a.s || a.x.rank - b.x.rank)
    .map(({ x }) => x.code);
}

const objective = (f: RankFigures) => f.top1 + f.top5 + f.mrr;

/** The grid setting best on `listings` (top-1 + top-5 + MRR; ties: the one nearest the shipped, then grid order). */
export function chooseCombination(
  listings: readonly Listing[],
  grid: readonly Combination[] = COMBINATION_GRID,
): Combination {
  let best = SHIPPED_COMBINATION;
  let bestValue = objective(
    rankFigures(listings.map((l) => ({ label: l.label, codes: reorderBy(best, l) }))),
  );
  for (const c of grid) {
    const value = objective(rankFigures(listings.map((l) => ({ label: l.label, codes: reorderBy(c, l) }))));
    if (value > bestValue + 1e-12) {
      best = c;
      bestValue = value;
    }
  }
  return best;
}

function compareCombinations(
  name: string,
  tests: readonly { c: Combination; listings: readonly Listing[] }[],
): Comparison & { chosen: Combination[] } {
  const current = tests.flatMap(({ listings }) =>
    listings.map((l) => ({ label: l.label, codes: reorder(null, l) })),
  );
  const reranked = tests.flatMap(({ c, listings }) =>
    listings.map((l) => ({ label: l.label, codes: reorderBy(c, l) })),
  );
  return {
    name,
    current: rankFigures(current),
    reranked: rankFigures(reranked),
    chosen: tests.map((t) => t.c),
  };
}

/** k-fold of the grid: the combination chosen on the other folds, judged on the held-out one. */
export function kFoldGrid(name: string, listings: readonly Listing[], folds = 5, grid = COMBINATION_GRID) {
  const tests: { c: Combination; listings: Listing[] }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = listings.filter((l) => foldOf(l.id, folds) === fold);
    tests.push({
      c: chooseCombination(
        listings.filter((l) => foldOf(l.id, folds) !== fold),
        grid,
      ),
      listings: test,
    });
  }
  return compareCombinations(name, tests);
}

/** The grid chosen on every set but `held`, judged on `held` (and on `extraTests`). */
export function leaveSetOutGrid(
  listings: readonly Listing[],
  held: string,
  extraTests: readonly Listing[] = [],
  grid = COMBINATION_GRID,
) {
  const train = listings.filter((l) => l.set !== held);
  const c = chooseCombination(train, grid);
  return compareCombinations(`train ${[...new Set(train.map((l) => l.set))].join('+')} → test ${held}`, [
    { c, listings: [...listings.filter((l) => l.set === held), ...extraTests] },
  ]);
}

/** The model variants `reportRerankCv` fits: all features, and the groups of them on their own (each with the score). */
export const FEATURE_SETS: readonly { name: string; features: readonly RerankFeature[] }[] = [
  { name: 'all features', features: RERANK_FEATURES },
  {
    name: 'the parts (P, C, R, F, X, direction) with the score',
    features: [
      'score',
      'profileScore',
      'taskCoverage',
      'roleScore',
      'workLevelFactor',
      'explainedFactor',
      'directionFactor',
    ],
  },
  {
    name: 'group consensus with the score',
    features: ['score', 'minorConsensus', 'middleConsensus', 'majorConsensus'],
  },
  { name: 'level of work with the score', features: ['score', 'occupationLevel', 'levelAgreement'] },
  {
    name: 'covered share and task count with the score',
    features: ['score', 'coveredShare', 'logTaskCount', 'sharedTermCount'],
  },
];

export const L2_GRID: readonly number[] = [0.001, 0.03, 0.3];

/** Prints the experiment's tables (markdown) for (b), (b2), (b3) and (b′) listings. */
export function reportRerankCv(dev: readonly Listing[], side: readonly Listing[], log = console.log): void {
  const pct = (x: number) => (x * 100).toFixed(1);
  const cell = (f: RankFigures) => `${pct(f.top1)} / ${pct(f.top5)} / ${f.mrr.toFixed(3)}`;
  const sets = ['b', 'b2', 'b3'];
  const trainOnly = dev.filter((l) => l.set !== 'b');
  const header = (what: string) => {
    log(`\n| ${what} | 5-fold (b)+(b2)+(b3) | LOSO → (b) | LOSO → (b2) | LOSO → (b3) | (b2)+(b3) → (b′) |`);
    log('| --- | --- | --- | --- | --- | --- |');
  };
  const row = (name: string, comparisons: Comparison[], current = false) =>
    log(`| ${name} | ${comparisons.map((c) => cell(current ? c.current : c.reranked)).join(' | ')} |`);

  log('Each cell: top-1 % / top-5 % / MRR of the held-out items, the 15 leading occupations re-ordered.');
  log('5-fold: folds by a hash of the narrative id; LOSO: trained on the other two sets.');
  header('listwise logistic model (features, L2)');
  let first = true;
  for (const { name, features } of FEATURE_SETS) {
    for (const l2 of L2_GRID) {
      const o = { l2, features };
      const comparisons = [
        kFold('5-fold', dev, o),
        ...sets.map((s) => leaveSetOut(dev, s, o)),
        leaveSetOut([...trainOnly, ...side], 'bside', o),
      ];
      if (first) row('**current ordering** (`match`, shipped)', comparisons, true);
      first = false;
      row(`${name}, L2 ${l2}`, comparisons);
    }
  }
  for (const l2 of L2_GRID) {
    const o = { l2, loss: 'pairwise' as const };
    row(`pairwise logistic, all features, L2 ${l2}`, [
      kFold('5-fold', dev, o),
      ...sets.map((s) => leaveSetOut(dev, s, o)),
      leaveSetOut([...trainOnly, ...side], 'bside', o),
    ]);
  }
  const nested = sets.map((held) => nestedLeaveSetOut(dev, held));
  log(
    `| features and L2 chosen by inner leave-one-set-out on the two training sets | — | ${nested.map((n) => cell(n.comparison.reranked)).join(' | ')} | — |`,
  );
  for (const n of nested) log(`  → (${n.held}): chose ${n.choice}`);
  log(
    '\nIn-sample (fitted and judged on the same set, all features, L2 0.001: what the model can fit at all):',
  );
  for (const s of sets) {
    const own = dev.filter((l) => l.set === s);
    const model = fitRerank(own, { l2: 0.001 });
    log(`  (${s}) ${cell(rankFigures(own.map((l) => ({ label: l.label, codes: reorder(model, l) }))))}`);
  }
  log('\nWeights fitted on all three sets (all features, L2 0.03, standardised units):');
  log(describeModel(fitRerank(dev, { l2: 0.03 })));

  header(`grid over the scorer's combination (${COMBINATION_GRID.length} settings)`);
  const grid = [
    kFoldGrid('5-fold', dev),
    ...sets.map((s) => leaveSetOutGrid(dev, s)),
    leaveSetOutGrid([...trainOnly, ...side], 'bside'),
  ];
  row('**current ordering**', grid, true);
  row('setting chosen on the training part (top-1 + top-5 + MRR)', grid);
  log('\nSettings chosen (5-fold, then LOSO → (b), (b2), (b3), (b′)):');
  for (const c of grid) for (const chosen of c.chosen) log(`  ${c.name}: ${JSON.stringify(chosen)}`);
  log('\nBest setting in-sample, per set (what each set would ask for):');
  for (const s of sets) {
    const own = dev.filter((l) => l.set === s);
    const c = chooseCombination(own);
    const f = rankFigures(own.map((l) => ({ label: l.label, codes: reorderBy(c, l) })));
    log(`  (${s}) ${cell(f)} with ${JSON.stringify(c)}`);
  }
  const headroom = sets.map((s) => {
    const own = dev.filter((l) => l.set === s);
    const f = rankFigures(own.map((l) => ({ label: l.label, codes: reorder(null, l) })));
    const within =
      own.filter((l) => l.candidates.some((c) => c.code === l.label)).length / Math.max(1, own.length);
    return `(${s}) top-1 ${pct(f.top1)}, label among the 15 ${pct(within)}`;
  });
  log(`\nHeadroom of any re-ordering of the 15: ${headroom.join('; ')}`);
  log('\nWhere the label stands when the top 1 is wrong (scorer order; counts of items):');
  for (const s of sets) {
    const ranks = dev
      .filter((l) => l.set === s)
      .map((l) => l.candidates.findIndex((c) => c.code === l.label) + 1)
      .filter((r) => r !== 1);
    const count = (lo: number, hi: number) => ranks.filter((r) => r >= lo && r <= hi).length;
    log(
      `  (${s}) ${ranks.length} misses: rank 2 ${count(2, 2)}, 3–5 ${count(3, 5)}, 6–15 ${count(6, 15)}, beyond 15 ${ranks.filter((r) => r === 0).length}`,
    );
  }
}

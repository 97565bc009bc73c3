/**
 * Ranks all occupations against a learner's evidence, with per-task explanations for the top ones.
 * Evidence that points in several directions (a data internship, a welding course, a live-streaming
 * project) is ranked per direction too, and the overall ranking takes each occupation's best
 * direction, so one strong direction is not drowned by two unrelated ones.
 */

import { kthLargest } from '../candidates/top-k.js';
import type { IndexState, OccupationEntry } from '../index-state.js';
import { clampLimit } from '../limit.js';
import { type LearnerVector, subsetLearner } from '../profile/learner-vector.js';
import type { MatchDirection, MatchOptions, MatchResult, OccupationMatch, OccupationRank } from '../types.js';
import { bandOf } from './band.js';
import { DIRECTIONS, groupDirections } from './directions.js';
import {
  baseScore,
  declaredBonus,
  declaredBonuses,
  finalScore,
  roleOf,
  scoreOccupation,
  sharedWords,
  workLevelOf,
} from './occupation-score.js';
import { learnerRoleOf } from './role-reading.js';
import { saidWordCount } from './said-words.js';
import { round4, SCORER, SCORER_VERSION } from './scorer.js';
import {
  type CoverageTable,
  coverAllTasks,
  describeTask,
  emptyCoverage,
  refineCoverage,
} from './task-coverage.js';
import { workLevelFactor } from './work-level.js';

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 100;

/** One learner (or one direction of their evidence) scored against every occupation. */
interface Ranking {
  learner: LearnerVector;
  similarities: Float64Array;
  coverage: Float64Array;
  /** Score per occupation index; -1 where filtered out or below the minimum. */
  scores: Float64Array;
  /** How much of the evidence each leading occupation explains, and the factor B took (`explainedFit`). */
  explained: Map<number, ExplainedFit>;
  /** The occupations that can score, `reached[0 … reachedCount)`: every other score is -1. */
  reached: Int32Array;
  reachedCount: number;
}

/**
 * The same ranking as `matchLearner`, names and scores only: no explanations are worked out (for
 * batch work that shows names and scores, such as cohort reports), and no match is described —
 * each score is the ranking's own (the one `matchLearner`'s description works out again).
 */
export function rankLearner(
  state: IndexState,
  learner: LearnerVector,
  { limit = DEFAULT_MATCH_LIMIT, digital, green }: Omit<MatchOptions, 'asOf'> = {},
): OccupationRank[] {
  const count = clampLimit(limit, MAX_MATCH_LIMIT);
  if (!learner.matchable || count === 0) return [];
  return withRankings(state, learner, count, { digital, green }, (groups, rankings) => {
    const rank = (scores: Float64Array, index: number): OccupationRank => {
      const { code, name, digital, green } = state.occupations[index] as OccupationEntry;
      return { code, name, score: scores[index] as number, digital, green };
    };
    if (groups.length <= 1) {
      const ranking = rankings[0] as Ranking;
      return topAmong(ranking.scores, ranking.reached, ranking.reachedCount, count).map((index) =>
        rank(ranking.scores, index),
      );
    }
    // Only the first `count` are read: the same as the first `count` of a longer list (one order).
    const ranked = overallRanking(state, learner, groups, rankings, count);
    if (digital !== true && green !== true) keepOverall(state, learner, ranked);
    return ranked.overall.indices.map((index) => rank(ranked.overall.scores, index));
  });
}

export function matchLearner(
  state: IndexState,
  learner: LearnerVector,
  { limit = DEFAULT_MATCH_LIMIT, digital, green }: Omit<MatchOptions, 'asOf'> = {},
  /**
   * `explain: false` leaves out shared terms and covered and missing tasks, `directions: false` each
   * direction's own list.
   */
  { explain = true, directions = true }: { explain?: boolean; directions?: boolean } = {},
): MatchResult {
  const result: MatchResult = {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    matches: [],
    evidence: learner.evidence.map((item) => item.summary),
  };
  const count = clampLimit(limit, MAX_MATCH_LIMIT);
  if (!learner.matchable || count === 0) return result;
  withRankings(state, learner, count, { digital, green }, (groups, rankings) => {
    if (groups.length <= 1) {
      const ranking = rankings[0] as Ranking;
      result.matches = topAmong(ranking.scores, ranking.reached, ranking.reachedCount, count).map((index) =>
        describe(state, ranking, index, explain),
      );
      return;
    }
    describeDirections(state, learner, groups, rankings, count, { explain, directions }, result, {
      keep: digital !== true && green !== true,
    });
  });
  return result;
}

/**
 * Ranks the learner (each of their directions when they have several) and hands the rankings to
 * `use` while their arrays are lent (they go back to be reused when it returns).
 */
function withRankings<T>(
  state: IndexState,
  learner: LearnerVector,
  count: number,
  filter: { digital?: boolean | undefined; green?: boolean | undefined },
  use: (groups: readonly number[][], rankings: readonly Ranking[]) => T,
): T {
  const { groups, learners } = directionsOf(state, learner);
  const free = freeArrays(state);
  const taken: RankArrays[] = [];
  const rank = (one: LearnerVector) => {
    const arrays = free.pop() ?? newRankArrays(state);
    taken.push(arrays);
    return rankAll(state, one, filter, Math.max(count, REFINED), arrays);
  };
  try {
    if (groups.length <= 1) return use(groups, [rank(learner)]);
    return use(groups, learners.map(rank));
  } finally {
    free.push(...taken);
  }
}

/** The overall ranking (each occupation at its best direction) and each direction's own. */
function describeDirections(
  state: IndexState,
  learner: LearnerVector,
  groups: readonly number[][],
  rankings: readonly Ranking[],
  count: number,
  { explain, directions }: { explain: boolean; directions: boolean },
  result: MatchResult,
  /** Whether this (unfiltered) ranking is kept for a gaps report that follows it (`directionForGaps`). */
  { keep }: { keep: boolean },
): void {
  const described = new Map<string, OccupationMatch>();
  const describeOnce = (d: number, index: number): OccupationMatch => {
    const key = `${d}:${index}`;
    let match = described.get(key);
    if (!match) {
      match = describe(state, rankings[d] as Ranking, index, explain);
      described.set(key, match);
    }
    return match;
  };
  const ranked = overallRanking(state, learner, groups, rankings);
  if (keep) keepOverall(state, learner, ranked);
  const { overall, from, weights } = ranked;
  result.matches = overall.indices.slice(0, count).map((index) => {
    const d = from[index] as number;
    const match = describeOnce(d, index);
    const weight = weights[d];
    if (!weight || weight.factor === 1) return match;
    return {
      ...match,
      score: overall.scores[index] as number,
      band: bandOf(overall.scores[index] as number),
      breakdown: { ...match.breakdown, direction: weight },
    };
  });
  if (!directions) return;
  result.directions = rankings.map((ranking, d): MatchDirection => {
    const matches = topAmong(
      ranking.scores,
      ranking.reached,
      ranking.reachedCount,
      Math.min(count, DIRECTIONS.perDirection),
    ).map((index) => describeOnce(d, index));
    const lead = matches[0]
      ? state.occupations[state.occupationByCode.get(matches[0].code) ?? -1]
      : undefined;
    return {
      label: lead ? (state.groups.get(lead.minorCode ?? '')?.name ?? lead.name) : '',
      evidenceIds: (groups[d] ?? []).map((k) => learner.evidence[k]?.id ?? ''),
      matches,
    };
  });
}

/**
 * Overall: each occupation at its best direction, its score weighed by how much of the evidence the
 * direction holds (`from`: that direction), the best first (`indices`, at most `MAX_MATCH_LIMIT`).
 */
function overallRanking(
  state: IndexState,
  learner: LearnerVector,
  groups: readonly number[][],
  rankings: readonly Ranking[],
  /** How many of the best are listed (`overall.indices`). */
  limit = MAX_MATCH_LIMIT,
): {
  overall: { scores: Float64Array; indices: number[] };
  from: Int32Array;
  weights: { share: number; factor: number }[];
} {
  const n = state.occupations.length;
  const scores = new Float64Array(n).fill(-1);
  const from = new Int32Array(n);
  // (`=== false`: an index stored before the switch existed weighs directions too.)
  const weights = state.scoring.directionWeight === false ? [] : directionWeights(state, learner, groups);
  // Only a ranking's reached occupations have a score (in no particular order: each occupation's
  // best is taken over the directions in order, so the order of occupations does not matter).
  const reached: number[] = [];
  rankings.forEach((ranking, d) => {
    const factor = weights[d]?.factor ?? 1;
    for (let i = 0; i < ranking.reachedCount; i++) {
      const o = ranking.reached[i] as number;
      const raw = ranking.scores[o] as number;
      if (raw < 0) continue;
      const score = weighed(raw, factor);
      if (score > (scores[o] as number) && score >= SCORER.minScore) {
        if ((scores[o] as number) < 0) reached.push(o);
        scores[o] = score;
        from[o] = d;
      }
    }
  });
  return {
    overall: { scores, indices: topAmong(scores, reached, reached.length, limit) },
    from,
    weights,
  };
}

/** A direction's score weighed by its factor in the overall ranking (`overallRanking`). */
export function weighed(raw: number, factor: number): number {
  return factor === 1 ? raw : round4(raw * factor);
}

type Overall = ReturnType<typeof overallRanking>;

/**
 * The overall ranking of the latest learner ranked by directions without a filter, one per index:
 * the gaps report that follows a ranking (a cohort report's best fit, a page's chosen match) reads
 * the direction it took for the occupation instead of ranking every direction again. Holds the
 * arrays `overallRanking` made. The ranking is numbered, and each learner ranked keeps its number
 * weakly (a `WeakRef` would hold every learner it points at until the end of the job, a whole
 * chunk of a report).
 */
interface LatestOverall {
  overall: Overall | null;
  ranking: number;
  rankings: number;
  rankingOf: WeakMap<LearnerVector, number>;
}

const latestOveralls = new WeakMap<IndexState, LatestOverall>();
function latestOverallOf(state: IndexState): LatestOverall {
  let latest = latestOveralls.get(state);
  if (!latest) {
    latest = { overall: null, ranking: 0, rankings: 0, rankingOf: new WeakMap() };
    latestOveralls.set(state, latest);
  }
  return latest;
}

function keepOverall(state: IndexState, learner: LearnerVector, overall: Overall): void {
  const latest = latestOverallOf(state);
  latest.overall = overall;
  latest.ranking = ++latest.rankings;
  latest.rankingOf.set(learner, latest.ranking);
}

/**
 * The direction a gaps report for occupation `index` scores, so that its score is the one the
 * match list shows: null for a learner of one direction (the report reads the whole evidence, as
 * the ranking does). For several, the direction the overall ranking took for the occupation — its
 * learner (the direction's evidence alone) and the factor its scores take there — from the
 * learner's latest unfiltered ranking when it is the latest one ranked by directions, else from
 * the directions ranked again (as `matchLearner` with the default limit). An occupation the
 * overall ranking has no score for (no direction reached it, or its score there was below the
 * minimum or pruned) gets every direction (`candidates`): the report takes the best weighed score
 * among them, the ranking's own rule (the first direction on a tie).
 */
export function directionForGaps(
  state: IndexState,
  learner: LearnerVector,
  index: number,
): { direction: number; learner: LearnerVector; weight: { share: number; factor: number } }[] | null {
  if (!learner.matchable) return null;
  const { groups, learners } = directionsOf(state, learner);
  if (groups.length <= 1) return null;
  const latest = latestOverallOf(state);
  let overall =
    latest.ranking !== 0 && latest.rankingOf.get(learner) === latest.ranking ? latest.overall : null;
  if (!overall) {
    overall = withRankings(state, learner, DEFAULT_MATCH_LIMIT, {}, (ranked, rankings) =>
      overallRanking(state, learner, ranked, rankings, 0),
    );
    keepOverall(state, learner, overall);
  }
  const { from, weights } = overall;
  const scores = overall.overall.scores;
  const of = (d: number) => ({
    direction: d,
    learner: learners[d] as LearnerVector,
    weight: weights[d] ?? { share: 1, factor: 1 },
  });
  if ((scores[index] as number) >= 0) return [of(from[index] as number)];
  return learners.map((_, d) => of(d));
}

/**
 * Each direction's weight in the overall ranking: its share of the evidence — Σ weight × words said
 * of its pieces, as a share of the heaviest direction's — and the factor its scores take there,
 * share^dominance. A one-line side piece (考了驾照) no longer outranks the main activity on the
 * strength of one crisp word; directions of like size keep their own scores.
 */
function directionWeights(
  state: IndexState,
  learner: LearnerVector,
  groups: readonly number[][],
): { share: number; factor: number }[] {
  const masses = groups.map((group) =>
    group.reduce((sum, k) => {
      const item = learner.evidence[k];
      return item ? sum + item.weight * saidWords(state, item) : sum;
    }, 0),
  );
  const heaviest = Math.max(...masses);
  return masses.map((mass) => {
    const share = heaviest > 0 ? mass / heaviest : 1;
    return { share: round4(share), factor: round4(share ** DIRECTIONS.dominance) };
  });
}

/**
 * How much an item says: the distinct words of its clauses (their actions and objects, as written)
 * that the classification's vocabulary knows. Not its vector's known terms: those count the synonym
 * list's expansions, character pairs and sub-words too, so a one-liner that names its occupation
 * crisply (风电场做运维) weighed as much as a story told at length in everyday words.
 */
function saidWords(state: IndexState, item: LearnerVector['evidence'][number]): number {
  item.memo.saidWords ??= saidWordCount(state, item.words.clauses);
  return item.memo.saidWords;
}

/** The learner's directions, worked out once per learner vector. */
function directionsOf(state: IndexState, learner: LearnerVector): NonNullable<LearnerVector['directions']> {
  if (!state.scoring.directions) return { groups: [learner.evidence.map((_, k) => k)], learners: [learner] };
  if (!learner.directions) {
    const groups = groupDirections(state, learner);
    learner.directions = {
      groups,
      learners: groups.length <= 1 ? [learner] : groups.map((indices) => subsetLearner(learner, indices)),
    };
  }
  return learner.directions;
}

function rankAll(
  state: IndexState,
  learner: LearnerVector,
  { digital, green }: { digital?: boolean | undefined; green?: boolean | undefined },
  keep: number,
  arrays: RankArrays,
  {
    leadingOnly = false,
  }: {
    /** Stop once the leading occupations' explained-evidence fits are known (no reading by meaning). */
    leadingOnly?: boolean;
  } = {},
): Ranking {
  const occupations = state.occupations;
  const { similarities, scores, reached, bases, factors } = arrays;
  similarities.fill(0);
  scores.fill(-1);
  // Only occupations sharing a term with the learner can score (the others' similarity is 0).
  const count = state.profileIndex.scoreTouched(learner.profile, similarities, reached);
  const table = arrays.table;
  table.coverage.fill(0);
  table.best.fill(-1);
  coverAllTasks(state, learner, table);
  const coverage = table.coverage;
  // The declared bonus of every occupation, worked out once.
  const { bonuses } = arrays;
  bonuses.fill(0);
  declaredBonuses(state, learner, bonuses);
  // The role the evidence titles name, spread over the occupations.
  const { roles } = arrays;
  roles.fill(0);
  const role = learnerRoleOf(state, learner);
  const roleShare = role?.share ?? 0;
  if (role)
    for (let i = 0; i < role.indices.length; i++) roles[role.indices[i] as number] = role.values[i] as number;
  // B and F of every occupation that can score; reached[0 … m) keeps those.
  // Task ranges as typed arrays: the occupation records are read only when a filter asks.
  const { taskStarts, taskEnds } = taskRangesOf(state);
  const filtered = digital === true || green === true;
  const workLevel = state.scoring.workLevel ? learner.workLevel : null;
  const workShares = state.workShares;
  let m = 0;
  let maxFactor = 0;
  for (let i = 0; i < count; i++) {
    const o = reached[i] as number;
    const similarity = similarities[o] as number;
    if (similarity <= 0 || o >= occupations.length) continue;
    if (filtered) {
      const occupation = occupations[o] as OccupationEntry;
      if (digital === true && !occupation.digital) continue;
      if (green === true && !occupation.green) continue;
    }
    bases[o] = baseScore(
      similarity,
      coverage,
      taskStarts[o] as number,
      taskEnds[o] as number,
      roles[o] as number,
      roleShare,
    );
    const factor = workLevelFactor(workLevel, workShares[o] ?? 0.5);
    factors[o] = factor;
    if (factor > maxFactor) maxFactor = factor;
    reached[m++] = o;
  }
  const bonusOf = (o: number) => bonuses[o] as number;
  // The second reading below can lower the REFINED leading scores (an action the evidence does not
  // say, a small share of the evidence explained): an occupation still reaches the top `keep` after
  // it only if fewer than `keep` unlowered ones stand above it, so the bound is taken at keep + REFINED.
  const depth = keep + (state.scoring.meaning ? REFINED : 0);
  const score = (o: number): number => {
    const value = finalScore(bases[o] as number, bonusOf(o), factors[o] as number);
    scores[o] = value >= SCORER.minScore ? value : -1;
    return value;
  };
  // (`=== false`: an index stored before the switch existed prunes too.)
  if (state.scoring.pruning === false || m <= depth) {
    for (let i = 0; i < m; i++) score(reached[i] as number);
  } else {
    // S needs a power per occupation; only those that can still enter the top `keep` need it.
    // The `keep` best by B, scored exactly, give T: at least `keep` occupations reach it. S ≤
    // 1 − (1 − B)^Fmax + bonus, so an occupation without a bonus whose B is below
    // 1 − (1 − T')^(1/Fmax), T' a little under T, ends below T: it cannot rank, and is skipped.
    const cut = kthLargest(bases, reached, m, depth, arrays.largest);
    const exact: number[] = [];
    for (let i = 0; i < m; i++) {
      const o = reached[i] as number;
      if ((bases[o] as number) >= cut) exact.push(score(o));
    }
    exact.sort((a, b) => b - a);
    const floor = (exact[depth - 1] as number) - PRUNE_MARGIN;
    const threshold = floor <= 0 ? Number.NEGATIVE_INFINITY : 1 - (1 - floor) ** (1 / maxFactor);
    for (let i = 0; i < m; i++) {
      const o = reached[i] as number;
      const base = bases[o] as number;
      if (base >= cut) continue;
      if (base >= threshold || bonusOf(o) > 0) score(o);
    }
  }
  // Coverage by meaning for the occupations that can rank, then their scores again, each × how
  // much of the evidence it explains against the best of them.
  const leading = state.scoring.meaning ? topAmong(scores, reached, m, REFINED) : [];
  // The fits read the profile only, so they need the leading occupations, not their second reading.
  const explained = explainedFits(state, learner, leading);
  if (!filtered && keep >= REFINED) explainedOf(state).set(learner, explained);
  if (leadingOnly) return { learner, similarities, coverage, scores, explained, reached, reachedCount: m };
  refineCoverage(state, learner, table, leading);
  for (const o of leading) {
    const occupation = occupations[o] as OccupationEntry;
    bases[o] =
      (explained.get(o)?.factor ?? 1) *
      baseScore(
        similarities[o] as number,
        coverage,
        occupation.taskStart,
        occupation.taskEnd,
        roles[o] as number,
        roleShare,
      );
    score(o);
  }
  return { learner, similarities, coverage, scores, explained, reached, reachedCount: m };
}

/** Per index, the explained-evidence fits of each learner's latest unfiltered ranking (see `rankAll`). */
const explainedByLearner = new WeakMap<IndexState, WeakMap<LearnerVector, Map<number, ExplainedFit>>>();
function explainedOf(state: IndexState): WeakMap<LearnerVector, Map<number, ExplainedFit>> {
  let byLearner = explainedByLearner.get(state);
  if (!byLearner) {
    byLearner = new WeakMap();
    explainedByLearner.set(state, byLearner);
  }
  return byLearner;
}

/** How much of the evidence an occupation explains (see `explainedFits`). */
export interface ExplainedFit {
  /** Σ of the squared weights of the evidence profile's terms the occupation's profile has (≤ 1). */
  share: number;
  /** (share / the best share among the leading occupations)^EXPLAINED_EXPONENT, in (0, 1]. */
  factor: number;
}

/**
 * The share of the evidence each leading occupation explains: the part of the (unit) evidence
 * profile lying on words its profile uses, Σ vₜ² over shared terms. The cosine rewards a rare word
 * both sides weigh heavily — one noun said in passing (无人机, 首饰盒) can carry it — while this asks
 * how much of what was said the occupation accounts for; the main activity's occupation accounts
 * for its verbs and objects, the side word's for one word. Each leading occupation's B takes
 * (share / best share)^0.2, so the one explaining most keeps its score. Read for the occupations
 * whose tasks are read by meaning (the second-stage reading of the top).
 */
function explainedFits(
  state: IndexState,
  learner: LearnerVector,
  leading: readonly number[],
): Map<number, ExplainedFit> {
  const fits = new Map<number, ExplainedFit>();
  if (state.scoring.explained === false || leading.length === 0) return fits;
  // A plain loop: the same sums as a mapped closure, which allocated a number per shared term
  // (≈ 55 KB per learner, a fifth of a report thread's allocation).
  const shares = new Array<number>(leading.length);
  const profile = learner.profile;
  for (let k = 0; k < leading.length; k++)
    shares[k] = explainedShare(profile, state.profiles[leading[k] as number]);
  const best = Math.max(...shares);
  if (best <= 0) return fits;
  leading.forEach((o, i) => {
    const share = shares[i] as number;
    fits.set(o, { share: round4(share), factor: (share / best) ** EXPLAINED_EXPONENT });
  });
  return fits;
}

/** How strongly the share of the evidence explained weighs (`explainedFits`). */
export const EXPLAINED_EXPONENT = 0.2;

/** Σ e² over the terms of `evidence` that `profile` has (both sorted by id). */
function explainedShare(
  evidence: LearnerVector['profile'],
  profile: LearnerVector['profile'] | undefined,
): number {
  if (!profile) return 0;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < evidence.ids.length && j < profile.ids.length) {
    const a = evidence.ids[i] as number;
    const b = profile.ids[j] as number;
    if (a === b) {
      sum += (evidence.values[i] as number) ** 2;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return sum;
}

/**
 * The explained-evidence fit of one occupation for a learner, as its ranking gives it (gaps report
 * the score the match list shows): null when the occupation is not among the leading ones.
 */
export function explainedFitOf(
  state: IndexState,
  learner: LearnerVector,
  index: number,
): ExplainedFit | null {
  if (!learner.matchable) return null;
  const known = explainedOf(state).get(learner);
  if (known) return known.get(index) ?? null;
  // The fits need the leading occupations of the first reading only.
  const free = freeArrays(state);
  const arrays = free.pop() ?? newRankArrays(state);
  try {
    return rankAll(state, learner, {}, REFINED, arrays, { leadingOnly: true }).explained.get(index) ?? null;
  } finally {
    free.push(arrays);
  }
}

/** Each occupation's range of task indices, as typed arrays (per index, made once). */
const taskRanges = new WeakMap<IndexState, { taskStarts: Int32Array; taskEnds: Int32Array }>();
function taskRangesOf(state: IndexState): { taskStarts: Int32Array; taskEnds: Int32Array } {
  let ranges = taskRanges.get(state);
  if (!ranges) {
    ranges = {
      taskStarts: Int32Array.from(state.occupations, (o) => o.taskStart),
      taskEnds: Int32Array.from(state.occupations, (o) => o.taskEnd),
    };
    taskRanges.set(state, ranges);
  }
  return ranges;
}

/**
 * How far under T an occupation's bound must be to be skipped: scores are rounded to 1e-4, and the
 * margin also absorbs floating-point error in the bound, so a skipped occupation never ties T.
 */
const PRUNE_MARGIN = 2e-4;

/**
 * The arrays of one ranking, reused from call to call (allocating them cost as much as filling
 * them): similarities and scores per occupation, coverage per task, and the scratch of `rankAll`.
 * A ranking's arrays are taken for one `matchLearner` call and given back when it returns.
 */
interface RankArrays {
  similarities: Float64Array;
  scores: Float64Array;
  table: CoverageTable;
  reached: Int32Array;
  bases: Float64Array;
  factors: Float64Array;
  /** The role reading per occupation (0 outside a ranking). */
  roles: Float64Array;
  /** The declared bonus per occupation (0 outside a ranking). */
  bonuses: Float64Array;
  /** Scratch of `kthLargest`: `keep` + REFINED values at most (the limit is capped, see `MAX_MATCH_LIMIT`). */
  largest: Float64Array;
}

const freeRankArrays = new WeakMap<IndexState, RankArrays[]>();
function freeArrays(state: IndexState): RankArrays[] {
  let free = freeRankArrays.get(state);
  if (!free) {
    free = [];
    freeRankArrays.set(state, free);
  }
  return free;
}

function newRankArrays(state: IndexState): RankArrays {
  const n = state.occupations.length;
  return {
    similarities: new Float64Array(n),
    scores: new Float64Array(n),
    table: emptyCoverage(state),
    reached: new Int32Array(n),
    bases: new Float64Array(n),
    factors: new Float64Array(n),
    roles: new Float64Array(n),
    bonuses: new Float64Array(n),
    largest: new Float64Array(Math.max(MAX_MATCH_LIMIT, REFINED) + REFINED),
  };
}

/** Occupations whose tasks are read by meaning after the first, whole-text pass. */
export const REFINED = 15;

/**
 * The `count` best of the occupations `indices[0 … m)` by score (those with a score, ≥ 0), in any
 * order; ties by index, i.e. by code (occupations are sorted by code): the same as reading every
 * occupation in index order.
 */
function topAmong(scores: Float64Array, indices: ArrayLike<number>, m: number, count: number): number[] {
  // Insertion into a short sorted list: count is small, the scores many.
  const best: number[] = [];
  if (count <= 0) return best;
  for (let i = 0; i < m; i++) {
    const o = indices[i] as number;
    const score = scores[o] as number;
    if (score < 0) continue;
    if (best.length === count) {
      const last = best[count - 1] as number;
      const lowest = scores[last] as number;
      if (score < lowest || (score === lowest && o > last)) continue;
    }
    let at = best.length;
    while (at > 0) {
      const above = best[at - 1] as number;
      const its = scores[above] as number;
      if (score > its || (score === its && o < above)) at--;
      else break;
    }
    best.splice(at, 0, o);
    if (best.length > count) best.pop();
  }
  return best;
}

function describe(state: IndexState, ranking: Ranking, index: number, explain = true): OccupationMatch {
  const { learner, similarities, coverage } = ranking;
  const occupation = state.occupations[index];
  if (!occupation) throw new Error('unreachable: ranked index out of range');
  const scored = scoreOccupation(
    similarities[index] as number,
    coverage.subarray(occupation.taskStart, occupation.taskEnd),
    declaredBonus(state, learner, occupation),
    workLevelOf(state, learner, index),
    roleOf(state, learner, index),
    ranking.explained.get(index) ?? null,
  );
  const match: OccupationMatch = {
    code: occupation.code,
    name: occupation.name,
    score: scored.score,
    band: bandOf(scored.score),
    digital: occupation.digital,
    green: occupation.green,
    breakdown: {
      ...scored.breakdown,
      sharedTerms: explain
        ? sharedWords(state, learner.profile, state.profiles[index] ?? learner.profile)
        : [],
    },
    coveredTasks: [],
    missingTasks: [],
  };
  if (!explain) return match;
  for (let t = occupation.taskStart; t < occupation.taskEnd; t++) {
    const task = state.tasks[t];
    if (!task) continue;
    if ((coverage[t] as number) >= SCORER.coveredThreshold)
      match.coveredTasks.push(describeTask(state, learner, t));
    else match.missingTasks.push({ taskId: task.id, text: task.text });
  }
  return match;
}

/**
 * Ranks learners against a role's requirements (for employers). Each requirement is covered by the
 * learner's best evidence item, like a task: quality × min(1, cosine / saturation), scaled down when
 * the item's level is below the requirement's `minLevel`. The score is the importance-weighted mean
 * coverage; anyone missing an essential requirement ranks below everyone who meets them all.
 *
 * Two paths give identical results: a scan of every learner (for a plain array), and, for a
 * prebuilt `CandidatePool`, an upper bound for every learner from the pool's postings followed by
 * exact scoring of only those learners whose bound can still reach the top.
 */
import type { LearnerVector } from '../profile/learner-vector.js';
import { round4, SCORER } from '../scoring/scorer.js';
import type { CandidateScore, RequirementOutcome } from '../types.js';
import { type CandidatePool, isCandidatePool } from './candidate-pool.js';
import type { RequirementSet } from './requirement-set.js';
import { TopK } from './top-k.js';

export const DEFAULT_CANDIDATE_LIMIT = 20;
/** Level factor when the evidence states no level but the requirement asks for one. */
export const UNKNOWN_LEVEL_FACTOR = 0.75;

const SATURATION = SCORER.requirementSaturation;
/** Slack on upper bounds: covers float rounding and `round4` rounding up. */
const BOUND_SLACK = 1e-3;
/** A posting list longer than this share of the pool, of a term whose contribution is at most SKIP_MOST, is bounded instead of walked. */
const SKIP_SHARE = 0.02;
const SKIP_MOST = 0.02;

export function scoreCandidates(
  set: RequirementSet,
  learners: readonly LearnerVector[] | CandidatePool,
  { limit = DEFAULT_CANDIDATE_LIMIT }: { limit?: number } = {},
): CandidateScore[] {
  const pool = isCandidatePool(learners) ? learners : null;
  const list = pool ? pool.learners : (learners as readonly LearnerVector[]);
  const count = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : 0));
  if (count === 0 || list.length === 0) return [];
  const scorer = new ExactScorer(set);
  const keys = new Float64Array(list.length);
  const top = new TopK(count, (a, b) => compareLearners(list, a, b));
  if (pool) {
    rankWithBounds(set, pool, scorer, keys, top);
  } else {
    for (let l = 0; l < list.length; l++) {
      keys[l] = scorer.key(list[l] as LearnerVector);
      top.push(l, keys);
    }
  }
  return top.sorted(keys).map((l) => describe(set, list[l] as LearnerVector, l));
}

/** Scales coverage when the evidence shows a lower level than the requirement asks for. */
export function levelFactor(itemLevel: number, minLevel: number): number {
  if (minLevel <= 0) return 1;
  if (itemLevel <= 0) return UNKNOWN_LEVEL_FACTOR;
  return itemLevel >= minLevel ? 1 : itemLevel / minLevel;
}

/** Coverage credit of one evidence item for one requirement. */
function credit(quality: number, similarity: number, itemLevel: number, minLevel: number): number {
  if (similarity <= 0) return 0;
  return quality * Math.min(1, similarity / SATURATION) * levelFactor(itemLevel, minLevel);
}

/**
 * One sortable key per learner: 2 + score when every essential requirement is met, else the score.
 * `best` holds the learner's best credit per requirement.
 */
function keyOf(set: RequirementSet, best: Float64Array, totalImportance: number): number {
  let score = 0;
  let allEssential = true;
  for (let k = 0; k < best.length; k++) {
    const value = best[k] as number;
    score += (set.importance[k] as number) * value;
    if (set.essential[k] === 1 && value < SCORER.requirementMetThreshold) allEssential = false;
  }
  const rounded = totalImportance === 0 ? 0 : round4(score / totalImportance);
  return (allEssential ? 2 : 0) + rounded;
}

function totalImportance(set: RequirementSet): number {
  let total = 0;
  for (const value of set.importance) total += value;
  return total;
}

/** Exact key of one learner: a scan of its terms with reusable accumulators. */
class ExactScorer {
  readonly #set: RequirementSet;
  readonly #total: number;
  readonly #acc: Float32Array;
  readonly #best: Float64Array;

  constructor(set: RequirementSet) {
    this.#set = set;
    this.#total = totalImportance(set);
    this.#acc = new Float32Array(set.requirements.length);
    this.#best = new Float64Array(set.requirements.length);
  }

  key(learner: LearnerVector): number {
    const { slotOf, entryStart, entryRequirement, entryWeight, minLevels } = this.#set;
    const acc = this.#acc;
    const best = this.#best;
    const r = acc.length;
    const { ids, values, offsets, quality, level } = learner.packed;
    best.fill(0);
    for (let e = 0; e + 1 < offsets.length; e++) {
      acc.fill(0);
      const end = offsets[e + 1] as number;
      for (let j = offsets[e] as number; j < end; j++) {
        const slot = slotOf[ids[j] as number] as number;
        if (slot < 0) continue;
        const v = values[j] as number;
        const stop = entryStart[slot + 1] as number;
        for (let i = entryStart[slot] as number; i < stop; i++) {
          const k = entryRequirement[i] as number;
          acc[k] = (acc[k] as number) + v * (entryWeight[i] as number);
        }
      }
      for (let k = 0; k < r; k++) {
        const c = credit(quality[e] as number, acc[k] as number, level[e] as number, minLevels[k] as number);
        if (c > (best[k] as number)) best[k] = c;
      }
    }
    return keyOf(this.#set, best, this.#total);
  }
}

/**
 * Bounds every learner from the pool: no item's cosine with a requirement can exceed the dot product
 * of the requirement with the learner's per-term maximum weights, no item's quality can exceed the
 * learner's best, and the level factor is at most 1. Learners are scored exactly in two rounds: the
 * best bounds first (to set a bar), then everyone whose bound reaches the bar.
 */
function rankWithBounds(
  set: RequirementSet,
  pool: CandidatePool,
  scorer: ExactScorer,
  keys: Float64Array,
  top: TopK,
): void {
  const r = set.requirements.length;
  const n = pool.learners.length;
  if (pool.scratch.dots.length < n * r) pool.scratch.dots = new Float32Array(n * r);
  const dots = pool.scratch.dots;
  dots.fill(0, 0, n * r);
  const { terms, entryStart, entryRequirement, entryWeight, importance, essential } = set;
  const { offsets, members, weights, maxQuality, termMax } = pool;
  // Long posting lists of low-weight terms are not walked: each adds at most weight × the term's
  // largest weight in the pool to every learner's bound, which stays an upper bound.
  const slack = new Float64Array(r);
  const longList = Math.max(64, n * SKIP_SHARE);
  for (let slot = 0; slot < terms.length; slot++) {
    const id = terms[slot] as number;
    if (id + 1 >= offsets.length) continue;
    const stop = entryStart[slot + 1] as number;
    const end = offsets[id + 1] as number;
    const length = end - (offsets[id] as number);
    for (let i = entryStart[slot] as number; i < stop; i++) {
      const k = entryRequirement[i] as number;
      const w = entryWeight[i] as number;
      const most = w * (termMax[id] as number);
      if (length > longList && most <= SKIP_MOST) {
        slack[k] = (slack[k] as number) + most;
        continue;
      }
      // Requirement-major layout: one requirement's sums stay within n floats (cache-friendly).
      const base = k * n;
      for (let p = offsets[id] as number; p < end; p++) {
        const at = base + (members[p] as number);
        dots[at] = (dots[at] as number) + (weights[p] as number) * w;
      }
    }
  }
  const bounds = pool.scratch.bounds;
  const total = totalImportance(set);
  const scale = total === 0 ? 0 : 1 / total;
  const met = SCORER.requirementMetThreshold - BOUND_SLACK;
  for (let l = 0; l < n; l++) {
    const q = maxQuality[l] as number;
    let sum = 0;
    let allEssential = true;
    for (let k = 0; k < r; k++) {
      const dot = (dots[k * n + l] as number) + (slack[k] as number);
      const bound = dot <= 0 ? 0 : q * Math.min(1, (dot + BOUND_SLACK) / SATURATION);
      sum += (importance[k] as number) * bound;
      if (essential[k] === 1 && bound < met) allEssential = false;
    }
    bounds[l] = (allEssential ? 2 : 0) + sum * scale + BOUND_SLACK;
  }

  const scored = pool.scratch.scored;
  scored.fill(0);
  const score = (l: number) => {
    scored[l] = 1;
    keys[l] = scorer.key(pool.learners[l] as LearnerVector);
    top.push(l, keys);
  };
  // Round 1: the learners with the highest bounds set the bar.
  const seeds = new TopK(Math.max(1, top.size), (a, b) => a - b);
  for (let l = 0; l < n; l++) seeds.push(l, bounds);
  for (const l of seeds.sorted(bounds)) score(l);
  // Round 2: anyone whose bound still reaches the weakest kept key.
  for (let l = 0; l < n; l++) {
    if (scored[l] === 1) continue;
    const worst = top.full ? top.worst() : undefined;
    if (worst !== undefined && (bounds[l] as number) < (keys[worst] as number)) continue;
    score(l);
  }
}

function compareLearners(learners: readonly LearnerVector[], a: number, b: number): number {
  // Ties: learner id, then input position (both deterministic).
  const idA = learners[a]?.id ?? null;
  const idB = learners[b]?.id ?? null;
  if (idA !== idB) {
    if (idA === null) return 1;
    if (idB === null) return -1;
    return idA < idB ? -1 : 1;
  }
  return a - b;
}

/** Full per-requirement outcome for one learner (only for the winners, so clarity beats speed). */
function describe(set: RequirementSet, learner: LearnerVector, index: number): CandidateScore {
  const { ids, values, offsets, quality, level } = learner.packed;
  const r = set.requirements.length;
  const credits: number[][] = set.requirements.map(() => []);
  for (let e = 0; e + 1 < offsets.length; e++) {
    const acc = new Float32Array(r);
    for (let j = offsets[e] as number; j < (offsets[e + 1] as number); j++) {
      const slot = set.slotOf[ids[j] as number] as number;
      if (slot < 0) continue;
      for (let i = set.entryStart[slot] as number; i < (set.entryStart[slot + 1] as number); i++) {
        const k = set.entryRequirement[i] as number;
        acc[k] = (acc[k] as number) + (values[j] as number) * (set.entryWeight[i] as number);
      }
    }
    for (let k = 0; k < r; k++) {
      credits[k]?.push(
        credit(quality[e] as number, acc[k] as number, level[e] as number, set.minLevels[k] as number),
      );
    }
  }
  const best = Float64Array.from(credits.map((row) => Math.max(0, ...row)));
  const outcomes: RequirementOutcome[] = set.requirements.map((requirement, k) => {
    const row = credits[k] ?? [];
    const value = best[k] as number;
    const evidenceIds = row
      .map((c, e) => ({ c, e }))
      .filter(({ c }) => c >= SCORER.requirementMetThreshold)
      .sort((a, b) => b.c - a.c || a.e - b.e)
      .map(({ e }) => learner.evidence[e]?.id ?? '');
    return {
      id: requirement.id,
      essential: requirement.essential,
      met: value >= SCORER.requirementMetThreshold,
      score: round4(value),
      evidenceIds,
    };
  });
  const key = keyOf(set, best, totalImportance(set));
  const essential = outcomes.filter((o) => o.essential);
  const optional = outcomes.filter((o) => !o.essential);
  return {
    learnerId: learner.id,
    index,
    score: round4(key >= 2 ? key - 2 : key),
    allEssentialMet: key >= 2,
    breakdown: {
      essentialMet: essential.filter((o) => o.met).length,
      essentialTotal: essential.length,
      optionalMet: optional.filter((o) => o.met).length,
      optionalTotal: optional.length,
      weights: { essential: SCORER.essentialWeight, optional: SCORER.optionalWeight },
    },
    requirements: outcomes,
    metRequirements: outcomes.filter((o) => o.met).map((o) => o.id),
    missingRequirements: outcomes.filter((o) => !o.met).map((o) => o.id),
  };
}

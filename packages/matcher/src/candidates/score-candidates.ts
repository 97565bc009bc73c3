/**
 * Ranks learners against a role's requirements (for employers). Each requirement is covered by the
 * learner's best evidence item exactly as a task is (`statementCredit`: quality × the better of the
 * reading by meaning and the whole-text reading as far as the evidence says the requirement's
 * action), scaled down when the item's level is below the requirement's `minLevel`. The score is
 * the importance-weighted mean coverage; anyone missing an essential requirement ranks below
 * everyone who meets them all.
 *
 * Learner vectors (a plain array) are read both ways. A prebuilt `CandidatePool` holds no text: it
 * ranks by the whole-text reading alone — an upper bound for every learner from the pool's postings,
 * then exact scoring of only those whose bound can still reach the top — and returns exactly what a
 * scan of the same learners with `meaning: false` returns. To read a pool's shortlist in full,
 * score the shortlisted learners' vectors again (`meaning` on): it re-orders within the shortlist
 * (the meaning reading adds credit; the action read takes credit from a requirement whose object
 * alone the evidence names).
 */
import type { LearnerEvidence, LearnerVector } from '../profile/learner-vector.js';
import { coverCredit, isCovered, round4, SCORER } from '../scoring/scorer.js';
import { explainStatement, requirementCredit } from '../scoring/task-coverage.js';
import type { Clause } from '../scoring/task-meaning.js';
import type { CandidateScore, RequirementOutcome } from '../types.js';
import { type CandidatePool, isCandidatePool, type PoolScratch } from './candidate-pool.js';
import { type LearnerSegment, segmentOf } from './learner-segment.js';
import { levelFactor } from './level-factor.js';
import type { RequirementSet } from './requirement-set.js';
import { TopK } from './top-k.js';

export { levelFactor, UNKNOWN_LEVEL_FACTOR } from './level-factor.js';

export const DEFAULT_CANDIDATE_LIMIT = 20;

const SATURATION = SCORER.taskSaturation;
/** 1 / SATURATION (exact: the saturation is a power of two). */
const PER_SATURATION = 1 / SATURATION;
/** Slack on upper bounds: covers float rounding and `round4` rounding up. */
const BOUND_SLACK = 1e-3;
/** A posting list longer than this share of the pool, of a term whose contribution is at most SKIP_MOST, is bounded instead of walked. */
const SKIP_SHARE = 0.02;
const SKIP_MOST = 0.015;
/** Bound buckets per unit of key (a power of two, so bucket edges are exact). */
const BUCKET_SCALE = 1024;
const BUCKETS = 4 * BUCKET_SCALE;
/**
 * Looking up one learner's skipped lists costs about as much as walking this many postings (both
 * read memory the neighbouring learner or posting does not share). Measured on the bench's pool
 * (`bench/matcher.bench.ts`): ≈ 3 µs per learner looked up, 2–5 ns per posting walked.
 */
const LOOKUP_POSTINGS = 1000;
/** Learners whose skipped lists are looked up at a time: the first chunk, doubling up to the last. */
const FIRST_CHUNK = 64;
const MAX_CHUNK = 4096;

export function scoreCandidates(
  set: RequirementSet,
  learners: readonly LearnerVector[] | CandidatePool | LearnerSegment,
  { limit = DEFAULT_CANDIDATE_LIMIT, meaning = true }: CandidateOptions = {},
): CandidateScore[] {
  const pool = isCandidatePool(learners) ? learners : null;
  const vectors = Array.isArray(learners) ? (learners as readonly LearnerVector[]) : null;
  // A segment is scanned as it is (a small one needs no index: no vocabulary-sized arrays).
  const segment = pool ? pool.segment : vectors ? segmentOf(vectors) : (learners as LearnerSegment);
  const count = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : 0));
  if (count === 0 || segment.count === 0) return [];
  const reader = meaning && vectors ? new MeaningReader(set, vectors, segment) : null;
  const scorer = new ExactScorer(set, segment, reader);
  const top = new TopK(count, (a, b) => compareLearners(segment, a, b));
  let keys: Float64Array;
  if (pool) {
    keys = rankWithBounds(set, pool, scorer, top);
  } else {
    keys = new Float64Array(segment.count);
    for (let l = 0; l < segment.count; l++) {
      keys[l] = scorer.key(l);
      top.push(l, keys);
    }
  }
  return top.sorted(keys).map((l) => describe(set, segment, l, reader));
}

export interface CandidateOptions {
  limit?: number;
  /** Read requirements by meaning too (learner vectors only; a pool is read by its vectors). Default true. */
  meaning?: boolean;
}

/**
 * Coverage credit of one evidence item for one requirement by its vectors alone: the shared
 * `coverCredit` of the whole-text reading, × the level factor (the pool's reading; with the
 * evidence's text, `MeaningReader.credit` reads meaning and the action too).
 */
export function credit(quality: number, similarity: number, itemLevel: number, minLevel: number): number {
  if (similarity <= 0) return 0;
  return coverCredit(quality, similarity, 0) * levelFactor(itemLevel, minLevel);
}

/**
 * Credit of one evidence item for one requirement read in full (`requirementCredit`: by meaning,
 * and the whole text as far as the item says the requirement's action), × the level factor.
 */
export function readCredit(
  reading: { wordWeight: (word: string) => number; actionGate: boolean },
  clauses: readonly Clause[] | undefined,
  item: LearnerEvidence,
  quality: number,
  similarity: number,
  itemLevel: number,
  minLevel: number,
): number {
  const value = requirementCredit(reading.wordWeight, clauses, item, quality, similarity, reading.actionGate);
  return value <= 0 ? 0 : value * levelFactor(itemLevel, minLevel);
}

/**
 * Reads requirements against the evidence of learner vectors (segment item `e` of learner `l` is
 * `learners[l].evidence[e - itemStart[l]]`) as tasks are read: by meaning, and the whole-text
 * reading as far as the evidence says the requirement's action (`requirementCredit`).
 */
export class MeaningReader {
  readonly #set: RequirementSet;
  readonly #learners: readonly LearnerVector[];
  readonly #itemStart: Int32Array;

  constructor(set: RequirementSet, learners: readonly LearnerVector[], segment: LearnerSegment) {
    this.#set = set;
    this.#learners = learners;
    this.#itemStart = segment.itemStart;
  }

  #item(l: number, e: number): LearnerEvidence | undefined {
    return this.#learners[l]?.evidence[e - (this.#itemStart[l] as number)];
  }

  /** Credit of segment item e (of learner l) for requirement k, × the level factor. */
  credit(l: number, e: number, k: number, similarity: number, quality: number, itemLevel: number): number {
    const item = this.#item(l, e);
    const requirement = this.#set.requirements[k];
    const minLevel = this.#set.minLevels[k] as number;
    if (!item || !requirement) return credit(quality, similarity, itemLevel, minLevel);
    return readCredit(this.#set, requirement.clauses, item, quality, similarity, itemLevel, minLevel);
  }

  /** The sentence of item e that says most of requirement k, with the requirement's words it matches. */
  explain(l: number, e: number, k: number): RequirementOutcome['evidence'] {
    const item = this.#item(l, e);
    const requirement = this.#set.requirements[k];
    if (!item || !requirement) return undefined;
    return explainStatement(this.#set.wordWeight, requirement.clauses, item);
  }
}

/**
 * One sortable key per learner: 2 + score when every essential requirement is met, else the score.
 * `best` holds the learner's best credit per requirement.
 */
export function keyOf(
  set: Pick<RequirementSet, 'importance' | 'essential'>,
  best: Float64Array,
  totalImportance: number,
): number {
  let score = 0;
  let allEssential = true;
  for (let k = 0; k < best.length; k++) {
    const value = best[k] as number;
    score += (set.importance[k] as number) * value;
    if (set.essential[k] === 1 && !isCovered(value)) allEssential = false;
  }
  const rounded = totalImportance === 0 ? 0 : round4(score / totalImportance);
  return (allEssential ? 2 : 0) + rounded;
}

export function totalImportance(set: Pick<RequirementSet, 'importance'>): number {
  let total = 0;
  for (const value of set.importance) total += value;
  return total;
}

/** Exact key of one learner: a scan of its terms with reusable accumulators. */
class ExactScorer {
  readonly #set: RequirementSet;
  readonly #segment: LearnerSegment;
  readonly #total: number;
  readonly #acc: Float32Array;
  readonly #best: Float64Array;
  readonly #reader: MeaningReader | null;

  constructor(set: RequirementSet, segment: LearnerSegment, reader: MeaningReader | null) {
    this.#set = set;
    this.#segment = segment;
    this.#reader = reader;
    this.#total = totalImportance(set);
    this.#acc = new Float32Array(set.requirements.length);
    this.#best = new Float64Array(set.requirements.length);
  }

  /** The key of learner l of the segment. */
  key(l: number): number {
    const { slotOf, entryStart, entryRequirement, entryWeight, minLevels } = this.#set;
    const acc = this.#acc;
    const best = this.#best;
    const r = acc.length;
    const { itemStart, termStart: offsets, terms: ids, weights: values, quality, level } = this.#segment;
    best.fill(0);
    const last = itemStart[l + 1] as number;
    for (let e = itemStart[l] as number; e < last; e++) {
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
        const similarity = acc[k] as number;
        const c = this.#reader
          ? this.#reader.credit(l, e, k, similarity, quality[e] as number, level[e] as number)
          : credit(quality[e] as number, similarity, level[e] as number, minLevels[k] as number);
        if (c > (best[k] as number)) best[k] = c;
      }
    }
    return keyOf(this.#set, best, this.#total);
  }
}

/**
 * Bounds every learner from the pool. An item's credit for a requirement is at most its quality ×
 * level factor (`levelQuality` holds the learner's largest), and at most its quality × cosine /
 * saturation, where no item's quality × cosine can exceed the dot product of the requirement with
 * the learner's per-term maxima of quality × weight (the pool's `weights`).
 *
 * Long posting lists of low-weight terms are first bounded, not walked (each adds at most weight ×
 * the term's largest weight to every learner). The learners with the best such bounds are scored
 * exactly to set a bar; only learners whose bound reaches it get those lists walked for them, and
 * then, best refined bound first, are scored exactly until no bound left can reach the weakest kept
 * key. When many of those learners are open on every essential requirement only through the slack,
 * an essential requirement's skipped lists are walked for everyone instead (`walkEssentials`).
 * Returns the keys (valid for the learners scored).
 */
function rankWithBounds(
  set: RequirementSet,
  pool: CandidatePool,
  scorer: ExactScorer,
  top: TopK,
): Float64Array {
  const r = set.requirements.length;
  const n = pool.segment.count;
  const scratch = pool.scratch;
  if (scratch.dots.length < n * r) scratch.dots = new Float32Array(n * r);
  const { dots, bounds, keys, order, flags } = scratch;
  dots.fill(0, 0, n * r);
  const { terms, entryStart, entryRequirement, entryWeight } = set;
  const { offsets, members, weights, termMax } = pool;
  const slack = new Float64Array(r);
  const skipped: number[] = [];
  const longList = Math.max(64, n * SKIP_SHARE);
  for (let slot = 0; slot < terms.length; slot++) {
    const id = terms[slot] as number;
    if (id + 1 >= offsets.length) continue;
    const stop = entryStart[slot + 1] as number;
    const begin = offsets[id] as number;
    const end = offsets[id + 1] as number;
    for (let i = entryStart[slot] as number; i < stop; i++) {
      const k = entryRequirement[i] as number;
      const w = entryWeight[i] as number;
      const most = w * (termMax[id] as number);
      if (end - begin > longList && most <= SKIP_MOST) {
        slack[k] = (slack[k] as number) + most;
        skipped.push(id, k, w);
        continue;
      }
      // Requirement-major layout: one requirement's sums stay within n floats (cache-friendly).
      addPostings(dots, k * n, members, weights, begin, end, w);
    }
  }
  const removed = pool.removed;
  // Everyone's bound with the skipped lists' slack, best first.
  boundAll(set, pool, null, n, slack, bounds, flags);
  for (let l = 0; l < n; l++) order[l] = l;
  bestFirst(order, n, bounds, scratch);
  // In that order, chunks of learners whose bound still reaches the bar get the skipped lists
  // looked up for them (a tighter bound), and those whose tighter bound reaches it are scored.
  const chunk = scratch.chunk;
  const none = new Float64Array(r);
  let size = FIRST_CHUNK;
  let next = 0;
  let decided = skipped.length === 0;
  while (next < n) {
    let bar = top.full ? (keys[top.worst() as number] as number) : Number.NEGATIVE_INFINITY;
    if (next > 0 && !decided && top.full) {
      decided = true;
      walkEssentials(set, pool, skipped, slack, next, bar);
    }
    let count = 0;
    for (; next < n && count < size; next++) {
      const l = order[next] as number;
      const bound = bounds[l] as number;
      if (removed[l] === 1) continue;
      if (bound < bar) {
        // Buckets come best first: once a whole bucket is below the bar, so is the rest.
        if (bucketOf(bound) + 1 <= bar * BUCKET_SCALE) next = n;
        continue;
      }
      chunk[count++] = l;
    }
    if (count === 0) break;
    size = Math.min(2 * size, MAX_CHUNK);
    const part = chunk.subarray(0, count).sort();
    addSkipped(dots, n, members, weights, offsets, skipped, part);
    boundAll(set, pool, part, count, none, bounds, flags);
    part.sort((a, b) => (bounds[b] as number) - (bounds[a] as number));
    for (let i = 0; i < count; i++) {
      const l = part[i] as number;
      if (top.full) {
        bar = keys[top.worst() as number] as number;
        if ((bounds[l] as number) < bar) break;
      }
      keys[l] = scorer.key(l);
      top.push(l, keys);
    }
  }
  return keys;
}

/**
 * Essential requirements rule learners out when their bound falls below the covered threshold, but
 * the skipped lists' slack is added to every learner's dot product: when it is a large part of what
 * the threshold asks (the lower the threshold, the larger a part), an essential requirement rules
 * out almost no one, and every learner left open whose bound reaches the bar must have its skipped
 * lists looked up, one by one. Once the first chunk has set a bar, the learners from `next` on
 * whose bound reaches it and keeps every essential requirement open are counted; while looking
 * them up would cost more than walking an essential requirement's skipped lists (most slack
 * first), those lists are walked for everyone (they leave `skipped`, the requirement's slack goes
 * to 0) and the counted learners' bounds are set again — still upper bounds, tighter. The part of
 * `order` they lie in is then put best first again (by bucket); the learners after it were below
 * the bar already, so `order` stays best first from `next` for every bar from now on.
 */
function walkEssentials(
  set: RequirementSet,
  pool: CandidatePool,
  skipped: number[],
  slack: Float64Array,
  next: number,
  bar: number,
): void {
  const n = pool.segment.count;
  const { essential } = set;
  const { offsets, members, weights, removed } = pool;
  const { dots, bounds, order, flags, chunk } = pool.scratch;
  const least = Math.max(bar, 2);
  // The run of `order` that can still reach the bar, and in it the learners open on every essential.
  let end = next;
  let count = 0;
  for (; end < n; end++) {
    const l = order[end] as number;
    const bound = bounds[l] as number;
    if (bound < bar && bucketOf(bound) + 1 <= bar * BUCKET_SCALE) break;
    if (bound >= least && removed[l] === 0) chunk[count++] = l;
  }
  // Essential requirements with slack, most slack first, with their skipped lists' postings.
  const candidates: { k: number; postings: number }[] = [];
  for (let k = 0; k < slack.length; k++) {
    if (essential[k] !== 1 || (slack[k] as number) <= 0) continue;
    let postings = 0;
    for (let i = 0; i < skipped.length; i += 3) {
      if (skipped[i + 1] !== k) continue;
      const id = skipped[i] as number;
      postings += (offsets[id + 1] as number) - (offsets[id] as number);
    }
    candidates.push({ k, postings });
  }
  candidates.sort((a, b) => (slack[b.k] as number) - (slack[a.k] as number) || a.k - b.k);
  let walked = false;
  const met = SCORER.coveredThreshold - BOUND_SLACK;
  const levelQuality = pool.levelQuality;
  for (const { k, postings } of candidates) {
    // The counted learners that only the slack keeps open on k: those the walk can rule out.
    const levelBase = (set.minLevels[k] as number) * n;
    let closable = 0;
    for (let i = 0; i < count; i++) {
      const l = chunk[i] as number;
      const bound = ((dots[k * n + l] as number) + BOUND_SLACK) * PER_SATURATION;
      if (Math.min(bound, levelQuality[levelBase + l] as number) < met) closable++;
    }
    if (closable * LOOKUP_POSTINGS <= postings) continue;
    let kept = 0;
    for (let i = 0; i < skipped.length; i += 3) {
      const id = skipped[i] as number;
      const w = skipped[i + 2] as number;
      if (skipped[i + 1] === k) {
        addPostings(dots, k * n, members, weights, offsets[id] as number, offsets[id + 1] as number, w);
        continue;
      }
      skipped[kept++] = id;
      skipped[kept++] = skipped[i + 1] as number;
      skipped[kept++] = w;
    }
    skipped.length = kept;
    slack[k] = 0;
    boundAll(set, pool, chunk, count, slack, bounds, flags);
    let still = 0;
    for (let i = 0; i < count; i++) {
      const l = chunk[i] as number;
      if ((bounds[l] as number) >= least) chunk[still++] = l;
    }
    count = still;
    walked = true;
  }
  if (walked) bestFirst(order.subarray(next, end), end - next, bounds, pool.scratch);
}

/**
 * For the learners `part` (ascending), adds the skipped lists' contributions to their dot
 * products: `skipped` holds (term, requirement, weight) triples, a term's triples together.
 */
function addSkipped(
  dots: Float32Array,
  n: number,
  members: Int32Array,
  weights: Float32Array,
  offsets: Int32Array,
  skipped: readonly number[],
  part: Int32Array,
): void {
  for (let first = 0; first < skipped.length; ) {
    const id = skipped[first] as number;
    let last = first + 3;
    while (last < skipped.length && skipped[last] === id) last += 3;
    const end = offsets[id + 1] as number;
    let p = offsets[id] as number;
    for (let j = 0; j < part.length && p < end; j++) {
      const l = part[j] as number;
      // Galloping search for the first posting at or after learner l.
      let step = 1;
      let hi = p;
      while (hi < end && (members[hi] as number) < l) {
        p = hi + 1;
        hi = p + step;
        step *= 2;
      }
      if (hi > end) hi = end;
      while (p < hi) {
        const mid = (p + hi) >> 1;
        if ((members[mid] as number) < l) p = mid + 1;
        else hi = mid;
      }
      if (p < end && members[p] === l) {
        const weight = weights[p] as number;
        for (let i = first; i < last; i += 3) {
          const at = (skipped[i + 1] as number) * n + l;
          dots[at] = (dots[at] as number) + weight * (skipped[i + 2] as number);
        }
      }
    }
    first = last;
  }
}

/**
 * Sets `bounds[l]` (key bound) for the learners `list[0 … count)`, with `slack[k]` added to every
 * dot product of requirement k. `flags` is used as scratch and cleared for those learners.
 */
function boundAll(
  set: RequirementSet,
  pool: CandidatePool,
  list: Int32Array | null,
  count: number,
  slack: Float64Array,
  bounds: Float64Array,
  flags: Uint8Array,
): void {
  const r = set.requirements.length;
  const n = pool.segment.count;
  const { importance, essential, minLevels } = set;
  const dots = pool.scratch.dots;
  for (let i = 0; i < count; i++) {
    const l = list === null ? i : (list[i] as number);
    bounds[l] = 0;
    flags[l] = 0;
  }
  // One requirement at a time (`flags` meanwhile marks learners missing an essential one).
  for (let k = 0; k < r; k++) {
    addBound(
      bounds,
      flags,
      dots,
      k * n,
      pool.levelQuality,
      (minLevels[k] as number) * n,
      list,
      count,
      slack[k] as number,
      importance[k] as number,
      essential[k] === 1,
    );
  }
  const total = totalImportance(set);
  const scale = total === 0 ? 0 : 1 / total;
  for (let i = 0; i < count; i++) {
    const l = list === null ? i : (list[i] as number);
    bounds[l] = ((flags[l] as number) === 1 ? 0 : 2) + (bounds[l] as number) * scale + BOUND_SLACK;
    flags[l] = 0;
  }
}

/** Reorders `list[0 … count)` by bound bucket, best first (learners keep their order within a bucket). */
function bestFirst(list: Int32Array, count: number, bounds: Float64Array, scratch: PoolScratch): void {
  if (scratch.bucketStart.length < BUCKETS + 1) scratch.bucketStart = new Int32Array(BUCKETS + 1);
  const start = scratch.bucketStart;
  start.fill(0, 0, BUCKETS + 1);
  for (let i = 0; i < count; i++) {
    const b = BUCKETS - 1 - bucketOf(bounds[list[i] as number] as number);
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const sorted = scratch.chunk;
  for (let i = 0; i < count; i++) {
    const l = list[i] as number;
    const b = BUCKETS - 1 - bucketOf(bounds[l] as number);
    const at = start[b] as number;
    start[b] = at + 1;
    sorted[at] = l;
  }
  list.set(sorted.subarray(0, count));
}

/** Adds `w` × each posting's weight to the learners' sums at `base + learner`. */
function addPostings(
  dots: Float32Array,
  base: number,
  members: Int32Array,
  weights: Float32Array,
  begin: number,
  end: number,
  w: number,
): void {
  for (let p = begin; p < end; p++) {
    const at = base + (members[p] as number);
    dots[at] = (dots[at] as number) + (weights[p] as number) * w;
  }
}

/**
 * Adds one requirement's importance × bound to the listed learners' sums (`slack` added to each
 * dot product); flags the learners for whom it is essential and cannot be met.
 */
function addBound(
  sums: Float64Array,
  missing: Uint8Array,
  dots: Float32Array,
  base: number,
  levelQuality: Float32Array,
  levelBase: number,
  list: Int32Array | null,
  count: number,
  slack: number,
  importance: number,
  essential: boolean,
): void {
  const met = SCORER.coveredThreshold - BOUND_SLACK;
  for (let i = 0; i < count; i++) {
    const l = list === null ? i : (list[i] as number);
    const dot = (dots[base + l] as number) + slack;
    let bound = 0;
    if (dot > 0) {
      bound = (dot + BOUND_SLACK) * PER_SATURATION;
      const most = levelQuality[levelBase + l] as number;
      if (most < bound) bound = most;
    }
    sums[l] = (sums[l] as number) + importance * bound;
    if (essential && bound < met) missing[l] = 1;
  }
}

/** Bucket of a bound (bounds are below 4: 2 for all essential met + a score ≤ 1 + slack). */
function bucketOf(bound: number): number {
  const b = Math.floor(bound * BUCKET_SCALE);
  return b < BUCKETS ? b : BUCKETS - 1;
}

function compareLearners(segment: LearnerSegment, a: number, b: number): number {
  // Ties: learner id, then input position (both deterministic).
  const idA = segment.learnerIds[a] ?? null;
  const idB = segment.learnerIds[b] ?? null;
  if (idA !== idB) {
    if (idA === null) return 1;
    if (idB === null) return -1;
    return idA < idB ? -1 : 1;
  }
  return a - b;
}

/** Full per-requirement outcome for one learner (only for the winners, so clarity beats speed). */
function describe(
  set: RequirementSet,
  segment: LearnerSegment,
  index: number,
  reader: MeaningReader | null,
): CandidateScore {
  const { termStart: offsets, terms: ids, weights: values, quality, level } = segment;
  const first = segment.itemStart[index] as number;
  const last = segment.itemStart[index + 1] as number;
  const r = set.requirements.length;
  const credits: number[][] = set.requirements.map(() => []);
  for (let e = first; e < last; e++) {
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
      const similarity = acc[k] as number;
      credits[k]?.push(
        reader
          ? reader.credit(index, e, k, similarity, quality[e] as number, level[e] as number)
          : credit(quality[e] as number, similarity, level[e] as number, set.minLevels[k] as number),
      );
    }
  }
  const best = Float64Array.from(credits.map((row) => Math.max(0, ...row)));
  const outcomes: RequirementOutcome[] = set.requirements.map((requirement, k) => {
    const row = credits[k] ?? [];
    const value = best[k] as number;
    const meeting = row
      .map((c, e) => ({ c, e }))
      .filter(({ c }) => isCovered(c))
      .sort((a, b) => b.c - a.c || a.e - b.e);
    const outcome: RequirementOutcome = {
      id: requirement.id,
      essential: requirement.essential,
      met: isCovered(value),
      score: round4(value),
      evidenceIds: meeting.map(({ e }) => segment.evidenceIds[first + e] ?? ''),
    };
    const evidence = reader && meeting[0] ? reader.explain(index, first + meeting[0].e, k) : undefined;
    if (evidence) outcome.evidence = evidence;
    return outcome;
  });
  const key = keyOf(set, best, totalImportance(set));
  const essential = outcomes.filter((o) => o.essential);
  const optional = outcomes.filter((o) => !o.essential);
  return {
    learnerId: segment.learnerIds[index] ?? null,
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

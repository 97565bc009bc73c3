/**
 * A pool of learners indexed once for employers' candidate ranking: an inverted index from term to
 * the learners whose evidence contains it, with the largest quality × weight any of their items
 * gives it. From it, one pass over a role's terms bounds every learner's score from above; only
 * learners whose bound can still reach the top are scored exactly. Keep the pool while the learners
 * stay the same (e.g. the consenting learners, rebuilt when they change).
 */
import type { LearnerVector } from '../profile/learner-vector.js';
import { type LearnerSegment, segmentOf } from './learner-segment.js';
import { levelFactor, MAX_LEVEL } from './level-factor.js';

export interface CandidatePool {
  readonly kind: 'candidate-pool';
  /** The learners, in typed arrays. */
  readonly segment: LearnerSegment;
  /**
   * Tombstones: learner l is never ranked while `removed[l]` is 1 (a withdrawal, or a learner
   * whose changed evidence now lives in another segment). Set with `removeFromPool`.
   */
  readonly removed: Uint8Array;
  /**
   * Per requirement level m (0 = none asked, 1 … 8) and learner l, `levelQuality[m * n + l]` is the
   * learner's largest item quality × level factor for m: it bounds every item's credit.
   */
  readonly levelQuality: Float32Array;
  /** Postings of term t are `offsets[t] … offsets[t + 1]` in `members` / `weights`, learners ascending. */
  readonly offsets: Int32Array;
  readonly members: Int32Array;
  /** Per posting, the largest quality × weight any of the learner's items gives the term. */
  readonly weights: Float32Array;
  /** Per term, the largest of its `weights` (bounds a skipped posting list). */
  readonly termMax: Float32Array;
  /** Reusable per-call buffers (scoring is synchronous), grown on demand. */
  scratch: PoolScratch;
}

export interface PoolScratch {
  /** Requirement-major bounds of dot products (cosine × quality): `dots[k * n + l]`. */
  dots: Float32Array;
  /** Per learner, a bound of its sort key. */
  bounds: Float64Array;
  /** Exact keys of the learners scored in the current call (others are stale). */
  keys: Float64Array;
  /** Learners in the order of their bounds, a chunk of them, and the bound buckets' starts. */
  order: Int32Array;
  chunk: Int32Array;
  bucketStart: Int32Array;
  /** Per learner: whether it misses an essential requirement (while bounding). */
  flags: Uint8Array;
}

export function isCandidatePool(
  value: readonly LearnerVector[] | CandidatePool | LearnerSegment,
): value is CandidatePool {
  return !Array.isArray(value) && (value as CandidatePool).kind === 'candidate-pool';
}

/** Tombstones learner `l`: from now on the pool never ranks it (until rebuilt without it). */
export function removeFromPool(pool: CandidatePool, l: number): void {
  if (l >= 0 && l < pool.removed.length) pool.removed[l] = 1;
}

/** Builds the pool; `dimension` is the index's id space (`vocabulary.dimension`). */
export function buildCandidatePool(segment: LearnerSegment, dimension: number): CandidatePool {
  const steps = candidatePoolSteps(segment, dimension, Number.POSITIVE_INFINITY);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Builds the pool in slices of `perSlice` learners, pausing (yielding) between them, so a caller
 * can build a large pool without holding the event loop for the whole of it.
 */
export function* candidatePoolSteps(
  segment: LearnerSegment,
  dimension: number,
  perSlice: number,
): Generator<void, CandidatePool> {
  const n = segment.count;
  const { itemStart, termStart, terms, weights: termWeights, quality, level } = segment;
  const counts = new Int32Array(dimension + 1);
  const levelQuality = new Float32Array((MAX_LEVEL + 1) * n);
  // Per learner, the largest quality × weight per term, gathered here and cleared after use.
  const most = new Float64Array(dimension);
  let touched = new Int32Array(1024);
  /** Gathers learner l's per-term maxima into `most`; returns how many distinct terms (listed in `touched`). */
  const gather = (l: number): number => {
    let distinct = 0;
    const last = itemStart[l + 1] as number;
    for (let e = itemStart[l] as number; e < last; e++) {
      const q = quality[e] as number;
      const end = termStart[e + 1] as number;
      for (let j = termStart[e] as number; j < end; j++) {
        const id = terms[j] as number;
        const value = q * (termWeights[j] as number);
        const before = most[id] as number;
        if (before === 0) {
          if (distinct === touched.length) {
            const wider = new Int32Array(touched.length * 2);
            wider.set(touched);
            touched = wider;
          }
          touched[distinct++] = id;
        }
        if (value > before) most[id] = value;
      }
    }
    return distinct;
  };
  let postings = 0;
  for (let l = 0; l < n; l++) {
    if (l > 0 && l % perSlice === 0) yield;
    const distinct = gather(l);
    for (let j = 0; j < distinct; j++) {
      const id = touched[j] as number;
      counts[id + 1] = (counts[id + 1] as number) + 1;
      most[id] = 0;
    }
    postings += distinct;
    const first = itemStart[l] as number;
    const last = itemStart[l + 1] as number;
    for (let m = 0; m <= MAX_LEVEL; m++) {
      let best = 0;
      for (let e = first; e < last; e++) {
        const q = (quality[e] as number) * levelFactor(level[e] as number, m);
        if (q > best) best = q;
      }
      levelQuality[m * n + l] = best;
    }
  }
  for (let t = 1; t <= dimension; t++) counts[t] = (counts[t] as number) + (counts[t - 1] as number);
  const cursor = counts.slice(0, dimension);
  const members = new Int32Array(postings);
  const weights = new Float32Array(postings);
  const termMax = new Float32Array(dimension);
  for (let l = 0; l < n; l++) {
    if (l > 0 && l % perSlice === 0) yield;
    const distinct = gather(l);
    for (let j = 0; j < distinct; j++) {
      const id = touched[j] as number;
      const value = Math.fround(most[id] as number);
      const at = cursor[id] as number;
      members[at] = l;
      weights[at] = value;
      cursor[id] = at + 1;
      if (value > (termMax[id] as number)) termMax[id] = value;
      most[id] = 0;
    }
  }
  return {
    kind: 'candidate-pool',
    segment,
    removed: new Uint8Array(n),
    levelQuality,
    offsets: counts,
    members,
    weights,
    termMax,
    scratch: poolScratch(n),
  };
}

/** Empty per-call buffers for a pool of n learners. */
export function poolScratch(n: number): PoolScratch {
  return {
    dots: new Float32Array(0),
    bounds: new Float64Array(n),
    keys: new Float64Array(n),
    order: new Int32Array(n),
    chunk: new Int32Array(n),
    bucketStart: new Int32Array(0),
    flags: new Uint8Array(n),
  };
}

/** The pool of vectorised learners, in order. */
export function poolOfVectors(learners: readonly LearnerVector[], dimension: number): CandidatePool {
  return buildCandidatePool(segmentOf(learners), dimension);
}

/**
 * A pool of learners indexed once for employers' candidate ranking: an inverted index from term to
 * the learners whose evidence contains it, with the largest quality × weight any of their items
 * gives it. From it, one pass over a role's terms bounds every learner's score from above; only
 * learners whose bound can still reach the top are scored exactly. Keep the pool while the learners
 * stay the same (e.g. the consenting learners, rebuilt when they change).
 */
import type { LearnerVector } from '../profile/learner-vector.js';
import { levelFactor, MAX_LEVEL } from './level-factor.js';

export interface CandidatePool {
  readonly kind: 'candidate-pool';
  readonly learners: readonly LearnerVector[];
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

export function isCandidatePool(value: readonly LearnerVector[] | CandidatePool): value is CandidatePool {
  return !Array.isArray(value) && (value as CandidatePool).kind === 'candidate-pool';
}

/** Builds the pool; `dimension` is the index's id space (`vocabulary.dimension`). */
export function buildCandidatePool(learners: readonly LearnerVector[], dimension: number): CandidatePool {
  const n = learners.length;
  const counts = new Int32Array(dimension + 1);
  let postings = 0;
  const levelQuality = new Float32Array((MAX_LEVEL + 1) * n);
  learners.forEach((learner, l) => {
    const ids = learner.termMax.ids;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as number;
      counts[id + 1] = (counts[id + 1] as number) + 1;
    }
    postings += ids.length;
    const { quality, level } = learner.packed;
    for (let m = 0; m <= MAX_LEVEL; m++) {
      let most = 0;
      for (let e = 0; e < quality.length; e++) {
        const q = (quality[e] as number) * levelFactor(level[e] as number, m);
        if (q > most) most = q;
      }
      levelQuality[m * n + l] = most;
    }
  });
  for (let t = 1; t <= dimension; t++) counts[t] = (counts[t] as number) + (counts[t - 1] as number);
  const cursor = counts.slice(0, dimension);
  const members = new Int32Array(postings);
  const weights = new Float32Array(postings);
  const termMax = new Float32Array(dimension);
  // Per learner, the largest quality × weight per term, gathered here and cleared after use.
  const most = new Float64Array(dimension);
  learners.forEach((learner, l) => {
    const { ids, values, offsets, quality } = learner.packed;
    for (let e = 0; e + 1 < offsets.length; e++) {
      const q = quality[e] as number;
      const end = offsets[e + 1] as number;
      for (let j = offsets[e] as number; j < end; j++) {
        const id = ids[j] as number;
        const value = q * (values[j] as number);
        if (value > (most[id] as number)) most[id] = value;
      }
    }
    const terms = learner.termMax.ids;
    for (let j = 0; j < terms.length; j++) {
      const id = terms[j] as number;
      const value = Math.fround(most[id] as number);
      const at = cursor[id] as number;
      members[at] = l;
      weights[at] = value;
      cursor[id] = at + 1;
      if (value > (termMax[id] as number)) termMax[id] = value;
    }
    for (let j = 0; j < ids.length; j++) most[ids[j] as number] = 0;
  });
  return {
    kind: 'candidate-pool',
    learners,
    levelQuality,
    offsets: counts,
    members,
    weights,
    termMax,
    scratch: {
      dots: new Float32Array(0),
      bounds: new Float64Array(n),
      keys: new Float64Array(n),
      order: new Int32Array(n),
      chunk: new Int32Array(n),
      bucketStart: new Int32Array(0),
      flags: new Uint8Array(n),
    },
  };
}

/**
 * A pool of learners indexed once for employers' candidate ranking: an inverted index from term to
 * the learners whose evidence contains it, with the largest weight any of their items gives it.
 * From it, one pass over a role's terms bounds every learner's score from above; only learners
 * whose bound can still reach the top are scored exactly. Keep the pool while the learners stay
 * the same (e.g. the consenting learners, rebuilt when they change).
 */
import type { LearnerVector } from '../profile/learner-vector.js';

export interface CandidatePool {
  readonly kind: 'candidate-pool';
  readonly learners: readonly LearnerVector[];
  /** Highest evidence quality per learner (bounds every item's quality). */
  readonly maxQuality: Float32Array;
  /** Postings of term t are `offsets[t] … offsets[t + 1]` in `members` / `weights`, learners ascending. */
  readonly offsets: Int32Array;
  readonly members: Int32Array;
  readonly weights: Float32Array;
  /** Per term, the largest weight any learner gives it (bounds a skipped posting list). */
  readonly termMax: Float32Array;
  /** Reusable per-call buffers (scoring is synchronous), grown on demand. */
  scratch: { dots: Float32Array; bounds: Float64Array; scored: Uint8Array };
}

export function isCandidatePool(value: readonly LearnerVector[] | CandidatePool): value is CandidatePool {
  return !Array.isArray(value) && (value as CandidatePool).kind === 'candidate-pool';
}

/** Builds the pool; `dimension` is the index's id space (`vocabulary.dimension`). */
export function buildCandidatePool(learners: readonly LearnerVector[], dimension: number): CandidatePool {
  const counts = new Int32Array(dimension + 1);
  let postings = 0;
  const maxQuality = new Float32Array(learners.length);
  learners.forEach((learner, l) => {
    const ids = learner.termMax.ids;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as number;
      counts[id + 1] = (counts[id + 1] as number) + 1;
    }
    postings += ids.length;
    maxQuality[l] = Math.max(0, ...learner.packed.quality);
  });
  for (let t = 1; t <= dimension; t++) counts[t] = (counts[t] as number) + (counts[t - 1] as number);
  const cursor = counts.slice(0, dimension);
  const members = new Int32Array(postings);
  const weights = new Float32Array(postings);
  const termMax = new Float32Array(dimension);
  learners.forEach((learner, l) => {
    const { ids, values } = learner.termMax;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as number;
      const value = values[j] as number;
      const at = cursor[id] as number;
      members[at] = l;
      weights[at] = value;
      cursor[id] = at + 1;
      if (value > (termMax[id] as number)) termMax[id] = value;
    }
  });
  return {
    kind: 'candidate-pool',
    learners,
    maxQuality,
    offsets: counts,
    members,
    weights,
    termMax,
    scratch: {
      dots: new Float32Array(0),
      bounds: new Float64Array(learners.length),
      scored: new Uint8Array(learners.length),
    },
  };
}

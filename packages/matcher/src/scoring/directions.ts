/**
 * Directions: a learner's evidence grouped by the part of the classification each piece points at.
 * Two pieces share a direction when the occupations they resemble overlap: each piece's
 * similarity to every occupation profile, kept for its `nearest` occupations only (the rest is a
 * baseline every piece shares), and the cosine of two such profiles reaches `sameDirection`.
 * Pieces are joined transitively (union–find).
 */
import type { IndexState } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';

export const DIRECTIONS = Object.freeze({
  /** Cosine of two pieces' occupation-similarity profiles at which they point the same way. */
  sameDirection: 0.45,
  /** Occupations kept in each piece's similarity profile. */
  nearest: 20,
  /** Matches shown per direction. */
  perDirection: 5,
  /**
   * In the overall ranking a direction's scores are × share^dominance, its share the evidence it
   * holds (Σ weight × words said: distinct clause words the classification knows) over the heaviest
   * direction's (`match.ts`).
   */
  dominance: 0.5,
});

/**
 * Evidence indices per direction, in evidence order. Pieces the taxonomy cannot read (no known
 * term) join the first direction: they change nothing either way.
 *
 * @example groupDirections(state, learner) // [[0, 2], [1]]
 */
export function groupDirections(state: IndexState, learner: LearnerVector): number[][] {
  const readable: number[] = [];
  const profiles: NearestOccupations[] = [];
  learner.evidence.forEach((item, k) => {
    if (item.summary.knownTerms === 0) return;
    readable.push(k);
    item.memo.nearest ??= nearestOccupations(state, item.vector);
    profiles.push(item.memo.nearest);
  });
  if (readable.length <= 1) return [learner.evidence.map((_, k) => k)];

  const parent = readable.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const norms = profiles.map((p) => {
    let sum = 0;
    for (const value of p.values) sum += value * value;
    return Math.sqrt(sum) || 1;
  });
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const dot = sortedDot(profiles[i] as NearestOccupations, profiles[j] as NearestOccupations);
      if (dot / ((norms[i] as number) * (norms[j] as number)) >= DIRECTIONS.sameDirection) {
        parent[find(j)] = find(i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  readable.forEach((k, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(k);
    groups.set(root, list);
  });
  const directions = [...groups.values()];
  const unreadable = learner.evidence.map((_, k) => k).filter((k) => !readable.includes(k));
  directions[0]?.push(...unreadable);
  return directions.map((d) => d.sort((a, b) => a - b)).sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** A piece's similarity to the occupations above its cut, by occupation index ascending. */
interface NearestOccupations {
  indices: number[];
  values: number[];
}

/**
 * The occupations a piece resembles most: its similarity to every occupation profile, kept above
 * the (nearest + 1)-th largest (the others' similarity counts as 0). Only the occupations sharing
 * a term with the piece are visited; the rest have similarity 0.
 */
function nearestOccupations(state: IndexState, vector: LearnerVector['profile']): NearestOccupations {
  const n = state.occupations.length;
  const { similarities, touched, largest } = directionScratchOf(state);
  const count = state.profileIndex.scoreTouched(vector, similarities, touched);
  // The cut is the (nearest + 1)-th largest of all n similarities, the untouched zeros included.
  const k = Math.min(n, DIRECTIONS.nearest + 1);
  let kept = 0;
  let negative = false;
  for (let i = 0; i < count; i++) {
    const value = similarities[touched[i] as number] as number;
    if (value < 0) negative = true;
    if (value <= 0 || (kept === k && value <= (largest[k - 1] as number))) continue;
    // Insertion into the k largest so far, descending.
    let at = kept < k ? kept++ : k - 1;
    while (at > 0 && value > (largest[at - 1] as number)) {
      largest[at] = largest[at - 1] as number;
      at--;
    }
    largest[at] = value;
  }
  let cut: number;
  if (negative) {
    // Never for TF-IDF vectors; the dense reading keeps it exact anyway.
    const dense = new Float64Array(n);
    for (let i = 0; i < count; i++)
      dense[touched[i] as number] = similarities[touched[i] as number] as number;
    cut = dense.sort()[Math.max(0, n - 1 - DIRECTIONS.nearest)] ?? 0;
  } else cut = kept === k ? (largest[k - 1] as number) : 0;
  const indices: number[] = [];
  for (let i = 0; i < count; i++) {
    const o = touched[i] as number;
    if ((similarities[o] as number) > cut) indices.push(o);
  }
  indices.sort((a, b) => a - b);
  const values = indices.map((o) => similarities[o] as number);
  for (let i = 0; i < count; i++) similarities[touched[i] as number] = 0;
  return { indices, values };
}

/** Σ a·b over the occupations both keep, in ascending index order (as a dense loop would add them). */
function sortedDot(a: NearestOccupations, b: NearestOccupations): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i] as number;
    const y = b.indices[j] as number;
    if (x === y) dot += (a.values[i++] as number) * (b.values[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

interface DirectionScratch {
  /** Zero between calls. */
  similarities: Float64Array;
  touched: Int32Array;
  largest: Float64Array;
}

const directionScratch = new WeakMap<IndexState, DirectionScratch>();
function directionScratchOf(state: IndexState): DirectionScratch {
  let scratch = directionScratch.get(state);
  if (!scratch) {
    const n = state.occupations.length;
    scratch = {
      similarities: new Float64Array(n),
      touched: new Int32Array(n),
      largest: new Float64Array(DIRECTIONS.nearest + 1),
    };
    directionScratch.set(state, scratch);
  }
  return scratch;
}

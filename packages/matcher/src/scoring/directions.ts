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
});

/**
 * Evidence indices per direction, in evidence order. Pieces the taxonomy cannot read (no known
 * term) join the first direction: they change nothing either way.
 *
 * @example groupDirections(state, learner) // [[0, 2], [1]]
 */
export function groupDirections(state: IndexState, learner: LearnerVector): number[][] {
  const n = state.occupations.length;
  const readable: number[] = [];
  const profiles: Float64Array[] = [];
  learner.evidence.forEach((item, k) => {
    if (item.summary.knownTerms === 0) return;
    const similarities = new Float64Array(n);
    state.profileIndex.scoreAll(item.vector, similarities);
    // Typed-array sort is numeric and ascending; the cut is the (nearest + 1)-th largest.
    const cut = similarities.slice().sort()[Math.max(0, n - 1 - DIRECTIONS.nearest)] ?? 0;
    for (let o = 0; o < n; o++) if ((similarities[o] as number) <= cut) similarities[o] = 0;
    readable.push(k);
    profiles.push(similarities);
  });
  if (readable.length <= 1) return [learner.evidence.map((_, k) => k)];

  const parent = readable.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const norms = profiles.map((p) => Math.sqrt(p.reduce((sum, v) => sum + v * v, 0)) || 1);
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i] as Float64Array;
      const b = profiles[j] as Float64Array;
      let dot = 0;
      for (let o = 0; o < n; o++) dot += (a[o] as number) * (b[o] as number);
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

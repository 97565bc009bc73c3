/** Sparse vectors over term ids: sorted ids with parallel float weights. */

export interface SparseVector {
  /** Term ids, strictly ascending. */
  readonly ids: Int32Array;
  /** Weights, one per id. */
  readonly values: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = Object.freeze({
  ids: new Int32Array(0),
  values: new Float32Array(0),
});

/** Builds a vector from id → weight pairs (ids in any order, zero weights dropped). */
export function sparseFromMap(weights: ReadonlyMap<number, number>): SparseVector {
  const all = new Int32Array(weights.size);
  let count = 0;
  for (const [id, weight] of weights) if (weight !== 0) all[count++] = id;
  // Typed-array sort is numeric and needs no comparator.
  const ids = all.slice(0, count).sort();
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = weights.get(ids[i] as number) ?? 0;
  return { ids, values };
}

/** Euclidean norm. */
export function norm(vector: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < vector.values.length; i++) {
    const v = vector.values[i] as number;
    sum += v * v;
  }
  return Math.sqrt(sum);
}

/** The vector scaled to unit length (the empty vector stays empty). */
export function normalize(vector: SparseVector): SparseVector {
  const length = norm(vector);
  if (length === 0) return EMPTY_VECTOR;
  const values = new Float32Array(vector.values.length);
  for (let i = 0; i < values.length; i++) values[i] = (vector.values[i] as number) / length;
  return { ids: vector.ids, values };
}

/** Dot product by merging the two sorted id lists. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      sum += (a.values[i] as number) * (b.values[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Σ weightᵢ · vectorᵢ. */
export function weightedSum(parts: readonly { vector: SparseVector; weight: number }[]): SparseVector {
  const acc = new Map<number, number>();
  for (const { vector, weight } of parts) {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] as number;
      acc.set(id, (acc.get(id) ?? 0) + weight * (vector.values[i] as number));
    }
  }
  return sparseFromMap(acc);
}

/** Products of the weights on shared ids, largest first: which terms make two vectors close. */
export function sharedContributions(a: SparseVector, b: SparseVector): { id: number; value: number }[] {
  const out: { id: number; value: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      out.push({ id: x, value: (a.values[i] as number) * (b.values[j] as number) });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.sort((p, q) => q.value - p.value || p.id - q.id);
}

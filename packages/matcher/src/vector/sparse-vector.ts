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
  if (parts.length <= MERGED_PARTS) return mergedSum(parts);
  // Sums per id in a dense scratch array (kept at 0 between calls), not a map of boxed numbers:
  // the same additions in the same order, so the same values as `sparseFromMap` of a map.
  let total = 0;
  let maxId = -1;
  for (const { vector } of parts) {
    total += vector.ids.length;
    const last = vector.ids[vector.ids.length - 1];
    if (last !== undefined && last > maxId) maxId = last;
  }
  if (maxId >= sumScratch.length) {
    sumScratch = new Float64Array(2 * (maxId + 1));
    seenScratch = new Uint8Array(2 * (maxId + 1));
  }
  const sums = sumScratch;
  const seen = seenScratch;
  const touched = new Int32Array(total);
  let count = 0;
  for (const { vector, weight } of parts) {
    const { ids, values } = vector;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (seen[id] === 0) {
        seen[id] = 1;
        touched[count++] = id;
      }
      sums[id] = (sums[id] as number) + weight * (values[i] as number);
    }
  }
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const id = touched[i] as number;
    seen[id] = 0;
    if (sums[id] !== 0) touched[kept++] = id;
    else sums[id] = 0;
  }
  const ids = touched.slice(0, kept).sort();
  const values = new Float32Array(kept);
  for (let i = 0; i < kept; i++) {
    const id = ids[i] as number;
    values[i] = sums[id] as number;
    sums[id] = 0;
  }
  return { ids, values };
}

/** Up to how many parts `weightedSum` merges their sorted ids rather than summing into a scratch array. */
const MERGED_PARTS = 4;

/**
 * `weightedSum` of a few parts by merging their ids (each vector's are sorted): per id, 0 plus each
 * part's weight × value in the parts' order — the same additions, in the same order, as the scratch
 * array's — and no sort of the ids.
 */
function mergedSum(parts: readonly { vector: SparseVector; weight: number }[]): SparseVector {
  let total = 0;
  for (const { vector } of parts) total += vector.ids.length;
  const ids = new Int32Array(total);
  const values = new Float32Array(total);
  const at = new Int32Array(parts.length);
  let kept = 0;
  for (;;) {
    // The smallest id not yet read of any part.
    let id = -1;
    for (let p = 0; p < parts.length; p++) {
      const vector = (parts[p] as { vector: SparseVector }).vector;
      const i = at[p] as number;
      if (i < vector.ids.length) {
        const next = vector.ids[i] as number;
        if (id === -1 || next < id) id = next;
      }
    }
    if (id === -1) break;
    let sum = 0;
    for (let p = 0; p < parts.length; p++) {
      const { vector, weight } = parts[p] as { vector: SparseVector; weight: number };
      const i = at[p] as number;
      if (i < vector.ids.length && vector.ids[i] === id) {
        sum = sum + weight * (vector.values[i] as number);
        at[p] = i + 1;
      }
    }
    if (sum !== 0) {
      ids[kept] = id;
      values[kept++] = sum;
    }
  }
  return { ids: ids.slice(0, kept), values: values.slice(0, kept) };
}

/** Scratch of `weightedSum`, all 0 between calls (one thread), grown to the largest id seen. */
let sumScratch = new Float64Array(1024);
let seenScratch = new Uint8Array(1024);

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

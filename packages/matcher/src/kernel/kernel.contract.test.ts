/** One contract, run against every similarity kernel. */
import { describe, expect, it } from 'vitest';
import { type SparseVector, sparseFromMap } from '../vector/sparse-vector.js';
import { invertedIndexKernel } from './inverted-index-kernel.js';
import { mlDistanceKernel } from './ml-distance-kernel.js';
import type { SimilarityKernel } from './similarity-kernel.js';

const KERNELS: readonly SimilarityKernel[] = [invertedIndexKernel, mlDistanceKernel];

/** Deterministic random sparse vectors over `dimension` ids. */
function randomVectors(count: number, dimension: number, seed: number): SparseVector[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const weights = new Map<number, number>();
    const terms = 1 + Math.floor(next() * 12);
    for (let i = 0; i < terms; i++) weights.set(Math.floor(next() * dimension), next() * 3);
    return sparseFromMap(weights);
  });
}

const v = (entries: [number, number][]) => sparseFromMap(new Map(entries));

describe.each(KERNELS)('similarity kernel: $name', (kernel) => {
  it('gives 1 for a vector with itself (at any scale) and 0 for disjoint vectors', () => {
    expect(
      kernel.cosine(
        v([
          [1, 1],
          [3, 2],
        ]),
        v([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBeCloseTo(1, 6);
    expect(kernel.cosine(v([[1, 1]]), v([[2, 1]]))).toBe(0);
  });

  it('gives 0, not NaN, when either vector is empty or all-zero', () => {
    const empty = v([]);
    expect(kernel.cosine(empty, v([[1, 1]]))).toBe(0);
    expect(kernel.cosine(empty, empty)).toBe(0);
    const index = kernel.index([empty, v([[1, 1]])], 4);
    const out = new Float64Array(2);
    index.scoreAll(v([[1, 1]]), out);
    expect([...out]).toEqual([0, 1]);
    index.scoreAll(empty, out);
    expect([...out]).toEqual([0, 0]);
  });

  it('is symmetric and agrees between cosine and scoreAll', () => {
    const corpus = randomVectors(60, 40, 7);
    const queries = randomVectors(10, 40, 99);
    const index = kernel.index(corpus, 40);
    const out = new Float64Array(corpus.length);
    for (const query of queries) {
      index.scoreAll(query, out);
      corpus.forEach((doc, i) => {
        expect(out[i]).toBeCloseTo(kernel.cosine(query, doc), 6);
        expect(kernel.cosine(doc, query)).toBeCloseTo(kernel.cosine(query, doc), 10);
      });
    }
  });

  it('scores only the vectors a query reaches, as scoreAll does, and leaves the rest alone', () => {
    const corpus = [...randomVectors(60, 200, 11), v([])];
    const index = kernel.index(corpus, 200);
    const all = new Float64Array(corpus.length);
    const out = new Float64Array(corpus.length);
    const touched = new Int32Array(corpus.length);
    for (const query of randomVectors(10, 200, 13)) {
      index.scoreAll(query, all);
      const count = index.scoreTouched(query, out, touched);
      const reached = new Set(touched.subarray(0, count));
      expect(reached.size).toBe(count);
      corpus.forEach((_, i) => {
        if (reached.has(i)) expect(out[i]).toBeCloseTo(all[i] as number, 6);
        else expect(all[i]).toBe(0);
      });
      for (const i of reached) out[i] = 0;
      expect(out.every((x) => x === 0)).toBe(true);
    }
    expect(index.scoreTouched(v([]), out, touched)).toBe(0);
  });

  it('scores in order the vectors scoreTouched reaches: the same ones, the same cosines, number for number', () => {
    const corpus = [...randomVectors(60, 200, 17), v([])];
    const index = kernel.index(corpus, 200);
    const out = new Float64Array(corpus.length);
    const touched = new Int32Array(corpus.length);
    const inOrder = new Int32Array(corpus.length);
    const values = new Float64Array(corpus.length);
    for (const query of [...randomVectors(10, 200, 19), v([])]) {
      const count = index.scoreTouched(query, out, touched);
      expect(index.scoreTouchedInOrder(query, values, inOrder)).toBe(count);
      expect(Array.from(inOrder.subarray(0, count))).toEqual(Array.from(touched.subarray(0, count)));
      for (let k = 0; k < count; k++) expect(values[k]).toBe(out[touched[k] as number]);
      for (let k = 0; k < count; k++) out[touched[k] as number] = 0;
    }
  });

  it('ignores query ids beyond the corpus dimension', () => {
    const index = kernel.index([v([[1, 1]])], 2);
    const out = new Float64Array(1);
    index.scoreAll(
      v([
        [1, 1],
        [50, 1],
      ]),
      out,
    );
    expect(out[0]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('matches the other kernels on the same data', () => {
    const corpus = randomVectors(40, 30, 3);
    const query = randomVectors(1, 30, 5)[0] as SparseVector;
    const results = KERNELS.map((other) => {
      const out = new Float64Array(corpus.length);
      other.index(corpus, 30).scoreAll(query, out);
      return [...out];
    });
    const mine = new Float64Array(corpus.length);
    kernel.index(corpus, 30).scoreAll(query, mine);
    for (const result of results) {
      result.forEach((value, i) => {
        expect(mine[i]).toBeCloseTo(value, 6);
      });
    }
  });
});

/**
 * Kernel on ml-distance: each pair of sparse vectors is laid out as two dense arrays over the union
 * of their ids and handed to `similarity.cosine`. Simple and obviously correct, but one-against-all
 * visits every document; the benchmark compares it with the inverted index.
 */
import { similarity } from 'ml-distance';
import type { SparseVector } from '../vector/sparse-vector.js';
import type { SimilarityKernel } from './similarity-kernel.js';

function aligned(a: SparseVector, b: SparseVector): [Float64Array, Float64Array] {
  const length = a.ids.length + b.ids.length;
  const x = new Float64Array(length);
  const y = new Float64Array(length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const ai = i < a.ids.length ? (a.ids[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < b.ids.length ? (b.ids[j] as number) : Number.POSITIVE_INFINITY;
    if (ai === bj) {
      x[k] = a.values[i++] as number;
      y[k] = b.values[j++] as number;
    } else if (ai < bj) x[k] = a.values[i++] as number;
    else y[k] = b.values[j++] as number;
    k++;
  }
  return [x.subarray(0, k), y.subarray(0, k)];
}

function cosine(a: SparseVector, b: SparseVector): number {
  if (a.ids.length === 0 || b.ids.length === 0) return 0;
  const [x, y] = aligned(a, b);
  const value = similarity.cosine(x, y);
  // ml-distance returns NaN for an all-zero vector; the contract says 0.
  return Number.isFinite(value) ? value : 0;
}

export const mlDistanceKernel: SimilarityKernel = {
  name: 'ml-distance',
  cosine,
  index(corpus) {
    return {
      size: corpus.length,
      scoreAll(query, out) {
        for (let doc = 0; doc < corpus.length; doc++) out[doc] = cosine(query, corpus[doc] as SparseVector);
      },
      scoreTouched(query, out, touched) {
        let count = 0;
        for (let doc = 0; doc < corpus.length; doc++) {
          const value = cosine(query, corpus[doc] as SparseVector);
          if (value === 0) continue;
          out[doc] = value;
          touched[count++] = doc;
        }
        return count;
      },
      scoreTouchedInOrder(query, values, touched) {
        let count = 0;
        for (let doc = 0; doc < corpus.length; doc++) {
          const value = cosine(query, corpus[doc] as SparseVector);
          if (value === 0) continue;
          values[count] = value;
          touched[count++] = doc;
        }
        return count;
      },
    };
  },
};

/**
 * Hand-written kernel: merge-join cosine over sorted typed arrays, and an inverted index (CSR
 * postings per term with precomputed document norms) so that one-against-all touches only the
 * documents that share a term with the query.
 */
import { dot, norm, type SparseVector } from '../vector/sparse-vector.js';
import type { CorpusIndex, SimilarityKernel } from './similarity-kernel.js';

export const invertedIndexKernel: SimilarityKernel = {
  name: 'inverted-index',
  cosine(a, b) {
    const denominator = norm(a) * norm(b);
    return denominator === 0 ? 0 : dot(a, b) / denominator;
  },
  index(corpus, dimension) {
    return new InvertedIndex(corpus, dimension);
  },
};

class InvertedIndex implements CorpusIndex {
  readonly size: number;
  readonly #offsets: Int32Array;
  readonly #docs: Int32Array;
  readonly #weights: Float32Array;
  readonly #inverseNorms: Float64Array;
  /** Scratch of `scoreTouched`, all zero between calls (the kernel runs on one thread). */
  readonly #sums: Float64Array;
  readonly #seen: Uint8Array;

  constructor(corpus: readonly SparseVector[], dimension: number) {
    this.size = corpus.length;
    const counts = new Int32Array(dimension + 1);
    let total = 0;
    for (const vector of corpus) {
      for (const id of vector.ids) counts[id + 1] = (counts[id + 1] as number) + 1;
      total += vector.ids.length;
    }
    for (let i = 1; i <= dimension; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
    this.#offsets = counts;
    this.#docs = new Int32Array(total);
    this.#weights = new Float32Array(total);
    this.#inverseNorms = new Float64Array(corpus.length);
    this.#sums = new Float64Array(corpus.length);
    this.#seen = new Uint8Array(corpus.length);
    const cursor = counts.slice(0, dimension);
    corpus.forEach((vector, doc) => {
      const length = norm(vector);
      this.#inverseNorms[doc] = length === 0 ? 0 : 1 / length;
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i] as number;
        const at = cursor[id] as number;
        this.#docs[at] = doc;
        this.#weights[at] = vector.values[i] as number;
        cursor[id] = at + 1;
      }
    });
  }

  scoreAll(query: SparseVector, out: Float64Array): void {
    out.fill(0, 0, this.size);
    const queryNorm = norm(query);
    if (queryNorm === 0) return;
    const offsets = this.#offsets;
    const docs = this.#docs;
    const weights = this.#weights;
    for (let i = 0; i < query.ids.length; i++) {
      const id = query.ids[i] as number;
      if (id + 1 >= offsets.length) continue;
      const q = query.values[i] as number;
      const end = offsets[id + 1] as number;
      for (let p = offsets[id] as number; p < end; p++) {
        const doc = docs[p] as number;
        out[doc] = (out[doc] as number) + q * (weights[p] as number);
      }
    }
    const inverseNorms = this.#inverseNorms;
    const scale = 1 / queryNorm;
    for (let doc = 0; doc < this.size; doc++)
      out[doc] = (out[doc] as number) * (inverseNorms[doc] as number) * scale;
  }

  scoreTouched(query: SparseVector, out: Float64Array, touched: Int32Array): number {
    const queryNorm = norm(query);
    if (queryNorm === 0) return 0;
    const count = this.#sumTouched(query, touched);
    const sums = this.#sums;
    const seen = this.#seen;
    const inverseNorms = this.#inverseNorms;
    const scale = 1 / queryNorm;
    for (let k = 0; k < count; k++) {
      const doc = touched[k] as number;
      out[doc] = (sums[doc] as number) * (inverseNorms[doc] as number) * scale;
      sums[doc] = 0;
      seen[doc] = 0;
    }
    return count;
  }

  scoreTouchedInOrder(query: SparseVector, values: Float64Array, touched: Int32Array): number {
    const queryNorm = norm(query);
    if (queryNorm === 0) return 0;
    const count = this.#sumTouched(query, touched);
    const sums = this.#sums;
    const seen = this.#seen;
    const inverseNorms = this.#inverseNorms;
    const scale = 1 / queryNorm;
    for (let k = 0; k < count; k++) {
      const doc = touched[k] as number;
      values[k] = (sums[doc] as number) * (inverseNorms[doc] as number) * scale;
      sums[doc] = 0;
      seen[doc] = 0;
    }
    return count;
  }

  scoreTouchedWithDots(
    query: SparseVector,
    values: Float64Array,
    dots: Float64Array,
    touched: Int32Array,
  ): number {
    const queryNorm = norm(query);
    if (queryNorm === 0) return 0;
    const count = this.#sumTouched(query, touched);
    const sums = this.#sums;
    const seen = this.#seen;
    const inverseNorms = this.#inverseNorms;
    const scale = 1 / queryNorm;
    for (let k = 0; k < count; k++) {
      const doc = touched[k] as number;
      // Σ q · w over the shared terms in ascending id order, from 0: what `dot` adds, in its order.
      const sum = sums[doc] as number;
      dots[k] = sum;
      values[k] = sum * (inverseNorms[doc] as number) * scale;
      sums[doc] = 0;
      seen[doc] = 0;
    }
    return count;
  }

  /**
   * The posting walk of `scoreTouched`: each reached vector's dot product with `query` into the
   * scratch sums (its index into `touched`, once); returns how many. The caller reads and clears them.
   */
  #sumTouched(query: SparseVector, touched: Int32Array): number {
    const offsets = this.#offsets;
    const docs = this.#docs;
    const weights = this.#weights;
    const sums = this.#sums;
    // Locals, not fields, in the loops over postings (a private field is read on every use).
    const seen = this.#seen;
    const ids = query.ids;
    const values = query.values;
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id + 1 >= offsets.length) continue;
      const q = values[i] as number;
      const end = offsets[id + 1] as number;
      for (let p = offsets[id] as number; p < end; p++) {
        const doc = docs[p] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[count++] = doc;
        }
        sums[doc] = (sums[doc] as number) + q * (weights[p] as number);
      }
    }
    return count;
  }
}

/** The one interface both similarity kernels implement: pairwise cosine and one-against-all scoring. */
import type { SparseVector } from '../vector/sparse-vector.js';

export interface CorpusIndex {
  /** Number of vectors in the corpus. */
  readonly size: number;
  /** Writes the cosine similarity of `query` with every corpus vector into `out` (length ≥ size). */
  scoreAll(query: SparseVector, out: Float64Array): void;
  /**
   * Scores only the corpus vectors that share a term with `query`: their indices go to `touched`
   * (length ≥ size, in no particular order) and their cosines to `out`; returns how many. Entries of `out` for
   * other vectors are left as they are, so a caller that keeps `out` at 0 between calls pays only
   * for the vectors the query reaches.
   */
  scoreTouched(query: SparseVector, out: Float64Array, touched: Int32Array): number;
  /**
   * `scoreTouched` with each cosine written beside its index: `values[k]` is the cosine of
   * `touched[k]` (the same numbers, the same order); nothing else is written. For a caller that reads
   * each reached vector once, in turn, so its cosines are read in order, not scattered over `size`.
   */
  scoreTouchedInOrder(query: SparseVector, values: Float64Array, touched: Int32Array): number;
  /**
   * `scoreTouchedInOrder`, and each reached vector's dot product with `query` beside it (`dots[k]`,
   * before the norms: number for number `dot(query, vector)`, the same products added in the same
   * order). Only a kernel whose cosine is that dot over the two norms has it (the inverted index).
   */
  scoreTouchedWithDots?(
    query: SparseVector,
    values: Float64Array,
    dots: Float64Array,
    touched: Int32Array,
  ): number;
}

export interface SimilarityKernel {
  readonly name: string;
  /** Cosine similarity; 0 when either vector is empty or all-zero. */
  cosine(a: SparseVector, b: SparseVector): number;
  /** Prepares a corpus for repeated one-against-all scoring. `dimension` bounds the ids. */
  index(corpus: readonly SparseVector[], dimension: number): CorpusIndex;
}

/**
 * Term weighting fitted on the taxonomy: classic TF-IDF (log term frequency × smoothed inverse
 * document frequency; the default, which measured better on the evaluation sets) or BM25
 * (saturating, length-normalised term frequency). Document frequencies count occupations: a term is
 * specific when few occupations use it.
 */
import type { TermBag } from '../text/analyzer.js';
import { normalize, type SparseVector, sparseFromMap } from './sparse-vector.js';
import type { Vocabulary } from './vocabulary.js';

export type WeightingScheme = 'bm25' | 'tfidf';

export interface WeightingOptions {
  scheme?: WeightingScheme;
  /** BM25 term-frequency saturation. */
  k1?: number;
  /** BM25 length normalisation (0 = none, 1 = full). */
  b?: number;
}

export interface Weighting {
  readonly scheme: WeightingScheme;
  /** What the weighting was fitted to: enough to rebuild it (`weightingFromFit`) without the documents. */
  readonly fit: WeightingFit;
  /** Inverse document frequency of a term id (unknown ids get the rarest-term value). */
  idf(id: number): number;
  /**
   * A unit-length vector for a bag of terms. `averageLength` is the mean bag length of the corpus
   * the bag belongs to (BM25 only); pass 0 for queries, which are not length-normalised.
   */
  vector(bag: TermBag, averageLength: number): SparseVector;
}

/** A fitted weighting's parameters: the scheme, BM25's constants, the corpus size, each term's idf. */
export interface WeightingFit {
  scheme: WeightingScheme;
  k1: number;
  b: number;
  documents: number;
  idf: Float64Array;
}

/** Fits document frequencies on `documents` (already added to `vocabulary`). */
export function fitWeighting(
  documents: readonly TermBag[],
  vocabulary: Vocabulary,
  { scheme = 'tfidf', k1 = 1.2, b = 0.75 }: WeightingOptions = {},
): Weighting {
  const n = documents.length;
  const df = new Float64Array(vocabulary.size);
  for (const bag of documents) {
    for (const term of bag.keys()) {
      const id = vocabulary.known(term);
      if (id !== undefined) df[id] = (df[id] as number) + 1;
    }
  }
  return weightingFromFit(
    { scheme, k1, b, documents: n, idf: df.map((d) => idfOf(scheme, n, d)) },
    vocabulary,
  );
}

const idfOf = (scheme: WeightingScheme, n: number, d: number) =>
  scheme === 'bm25' ? Math.log(1 + (n - d + 0.5) / (d + 0.5)) : Math.log((1 + n) / (1 + d)) + 1;

/** The weighting of a fit, over the vocabulary it was fitted with (a stored index restores it so). */
export function weightingFromFit(fit: WeightingFit, vocabulary: Vocabulary): Weighting {
  const { scheme, k1, b, idf } = fit;
  const unknownIdf = idfOf(scheme, fit.documents, 0);
  return {
    scheme,
    fit,
    idf: (id) => idf[id] ?? unknownIdf,
    vector(bag, averageLength) {
      let length = 0;
      for (const tf of bag.values()) length += tf;
      const norm = scheme === 'bm25' && averageLength > 0 ? 1 - b + (b * length) / averageLength : 1;
      const weights = new Map<number, number>();
      for (const [term, tf] of bag) {
        const id = vocabulary.id(term);
        const w = idf[id] ?? unknownIdf;
        const saturated = scheme === 'bm25' ? (tf * (k1 + 1)) / (tf + k1 * norm) : Math.log1p(tf);
        weights.set(id, (weights.get(id) ?? 0) + w * saturated);
      }
      return normalize(sparseFromMap(weights));
    },
  };
}

/** Mean total weight of a list of bags. */
export function averageBagLength(bags: readonly TermBag[]): number {
  if (bags.length === 0) return 0;
  let total = 0;
  for (const bag of bags) for (const tf of bag.values()) total += tf;
  return total / bags.length;
}

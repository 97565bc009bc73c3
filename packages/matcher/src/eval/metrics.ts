/** Retrieval metrics: hit at rank k, counted over a labelled set. */

export interface RankCounter {
  add(ranked: readonly string[], expected: string): void;
  readonly total: number;
  /** Share of items whose expected label is within the first k. */
  at(k: number): number;
  /** Mean reciprocal rank (0 when the label is not ranked at all). */
  mrr(): number;
}

export function rankCounter(): RankCounter {
  const ranks: number[] = [];
  return {
    add(ranked, expected) {
      ranks.push(ranked.indexOf(expected) + 1);
    },
    get total() {
      return ranks.length;
    },
    at(k) {
      return ranks.length === 0 ? 0 : ranks.filter((rank) => rank > 0 && rank <= k).length / ranks.length;
    },
    mrr() {
      return ranks.length === 0
        ? 0
        : ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / ranks.length;
    },
  };
}

/** `0.8123` → `81.2%`. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Distinct values in order of first appearance. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * `run.ts --hubness` (issue 9, hubness session; not in `npm test`): are the dev narratives' wrong
 * top-1 answers taken by a few occupations that sit near many queries (*hubs*, Radovanović et al.
 * 2010), and would a label-free hubness correction (CSLS, Conneau et al. 2018; a per-occupation
 * penalty from the classification alone) decide them? Tried and not kept (README, "Hubs of the
 * classification"); this prints the facts that decided it:
 *
 * - how the misses spread over wrong winners, against draws of as many winners from all occupations
 *   (uniform, and in proportion to their k-occurrence);
 * - the **k-occurrence** N_k of every occupation over pseudo-queries made from the classification
 *   itself — each task statement alone, analysed as evidence is (as (a′) does), its own occupation
 *   left out: how skewed it is, the largest hubs, and whether a miss's wrong winner is more of a hub
 *   than its label;
 * - the **corrections**, applied to each dev narrative's first 30 answers (their final scores):
 *   S − λ · r_k(o), r_k(o) the mean of the occupation's k best scores over the pseudo-queries
 *   (CSLS's penalty: 2 cos − r for a ranking over one query is cos − r / 2), and S − λ · ln(1 + N_k(o)),
 *   judged by leave-one-set-out over (b), (b2), (b3), (b6) as the siblings session did.
 */
import type { TaxonomyData } from '@skillbank/core';
import type { MatcherIndex } from '../matcher-index.js';
import type { Narrative } from './datasets.js';
import { seededRandom } from './random.js';

/** One ranking: the codes best first, with their scores; `from` is a pseudo-query's own occupation. */
export interface Listing {
  ranked: readonly string[];
  scores: readonly number[];
  from?: string;
}

/** A dev narrative's ranking, with its set and label. */
export interface DevListing extends Listing {
  set: string;
  label: string;
}

/** Each task statement alone as the evidence (title empty, like (a′)), ranked by `rankProfile`. */
export function taskQueries(matcher: MatcherIndex, taxonomy: TaxonomyData, limit = 100): Listing[] {
  const listings: Listing[] = [];
  for (const occupation of taxonomy.occupations)
    for (const task of occupation.tasks) {
      const ranked = matcher.rankProfile(
        matcher.profileVector([{ id: 'q', kind: 'work_project', title: '', description: task.text }]),
        { limit },
      );
      listings.push({
        from: occupation.code,
        ranked: ranked.map((r) => r.code),
        scores: ranked.map((r) => r.score),
      });
    }
  return listings;
}

/** The dev narratives' first `limit` answers, as `match` gives them. */
export function devListings(
  matcher: MatcherIndex,
  sets: readonly (readonly [string, readonly Narrative[]])[],
  limit = 30,
): DevListing[] {
  return sets.flatMap(([set, items]) =>
    items.map((item): DevListing => {
      const matches = matcher.match(item.evidence, { limit }).matches;
      return {
        set,
        label: item.code,
        ranked: matches.map((m) => m.code),
        scores: matches.map((m) => m.score),
      };
    }),
  );
}

/** N_k: how often each occupation is among the first k of a pseudo-query of another occupation. */
export function kOccurrence(queries: readonly Listing[], k: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const query of queries) {
    let taken = 0;
    for (const code of query.ranked) {
      if (taken >= k) break;
      if (code === query.from) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      taken++;
    }
  }
  return counts;
}

/**
 * r_k: the mean of each occupation's k best scores over the pseudo-queries of other occupations
 * (`spread`: their standard deviation, for the z-normalisation).
 */
export function backgroundScores(
  queries: readonly Listing[],
  k: number,
  spread?: Map<string, number>,
): Map<string, number> {
  const scores = new Map<string, number[]>();
  for (const query of queries)
    query.ranked.forEach((code, i) => {
      if (code === query.from) return;
      const list = scores.get(code);
      const score = query.scores[i] as number;
      if (list) list.push(score);
      else scores.set(code, [score]);
    });
  const means = new Map<string, number>();
  for (const [code, list] of scores) {
    list.sort((a, b) => b - a);
    let sum = 0;
    for (let i = 0; i < Math.min(k, list.length); i++) sum += list[i] as number;
    const mean = sum / k;
    means.set(code, mean);
    if (spread) {
      let squares = 0;
      for (let i = 0; i < k; i++) squares += ((list[i] ?? 0) - mean) ** 2;
      spread.set(code, Math.sqrt(squares / k));
    }
  }
  return means;
}

/** Sample skewness (the third standardised moment; 0 for a symmetric distribution). */
export function skewness(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let m2 = 0;
  let m3 = 0;
  for (const v of values) {
    m2 += (v - mean) ** 2;
    m3 += (v - mean) ** 3;
  }
  m2 /= n;
  m3 /= n;
  return m2 === 0 ? 0 : m3 / m2 ** 1.5;
}

/** A listing's codes re-ordered by adjusted scores (ties by code, as the scorer breaks them). */
export function reorder(listing: Listing, adjust: Correction['adjust']): string[] {
  return listing.ranked
    .map((code, i) => ({ code, value: adjust(code, listing.scores[i] as number) }))
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((entry) => entry.code);
}

/** How the misses spread over wrong winners: misses, distinct winners, the most frequent. */
export function missSpread(listings: readonly DevListing[]): {
  misses: number;
  distinct: number;
  most: [string, number][];
} {
  const winners = new Map<string, number>();
  let misses = 0;
  for (const listing of listings) {
    const top = listing.ranked[0];
    if (top === undefined || top === listing.label) continue;
    misses++;
    winners.set(top, (winners.get(top) ?? 0) + 1);
  }
  const most = [...winners].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  return { misses, distinct: winners.size, most };
}

/**
 * Distinct winners among `draws` drawn with replacement in proportion to `weights` (all 1: uniform),
 * over `trials` seeded runs: the 5th percentile, median and 95th percentile.
 */
export function distinctUnderDraws(
  weights: readonly number[],
  draws: number,
  trials = 2000,
  seed = 9,
): { p5: number; median: number; p95: number } {
  const random = seededRandom(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  const counts: number[] = [];
  for (let t = 0; t < trials; t++) {
    const seen = new Set<number>();
    for (let d = 0; d < draws; d++) {
      const x = random() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > x) hi = mid;
        else lo = mid + 1;
      }
      seen.add(lo);
    }
    counts.push(seen.size);
  }
  counts.sort((a, b) => a - b);
  const at = (q: number) => counts[Math.min(counts.length - 1, Math.floor(q * counts.length))] as number;
  return { p5: at(0.05), median: at(0.5), p95: at(0.95) };
}

/** Top-1 and top-5 items of the listings of `sets` under a re-ordering. */
export function tally(
  listings: readonly DevListing[],
  order: (listing: Listing) => readonly string[],
  sets: readonly string[],
): { top1: number; top5: number } {
  let top1 = 0;
  let top5 = 0;
  for (const listing of listings) {
    if (!sets.includes(listing.set)) continue;
    const rank = order(listing).indexOf(listing.label) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 5) top5++;
  }
  return { top1, top5 };
}

/** A correction tried: its name and an occupation's score after it. */
export interface Correction {
  name: string;
  adjust: (code: string, score: number) => number;
}

/**
 * Leave-one-set-out: for each set, the correction with the most top-1 (then top-5) items over the
 * other sets — the first one (no correction) on a tie — judged on that set.
 */
export function leaveOneSetOut(
  listings: readonly DevListing[],
  corrections: readonly Correction[],
  sets: readonly string[],
): { set: string; chosen: string; top1: number; top5: number }[] {
  const orders = corrections.map((c) => (listing: Listing) => reorder(listing, c.adjust));
  return sets.map((held) => {
    const others = sets.filter((s) => s !== held);
    let best = 0;
    let bestFigures = tally(listings, orders[0] as (l: Listing) => readonly string[], others);
    orders.forEach((order, i) => {
      const f = tally(listings, order, others);
      if (f.top1 > bestFigures.top1 || (f.top1 === bestFigures.top1 && f.top5 > bestFigures.top5)) {
        best = i;
        bestFigures = f;
      }
    });
    const judged = tally(listings, orders[best] as (l: Listing) => readonly string[], [held]);
    return { set: held, chosen: (corrections[best] as Correction).name, ...judged };
  });
}

/**
 * The corrections of the grid: none; CSLS's r_k at λ, S − λ · r_k; the z-normalisation over the same
 * background mixed in at a, (1 − a) · S + a · (S − r_k) / (σ_k + 0.05); and S − λ · ln(1 + N_k).
 */
export function correctionGrid(queries: readonly Listing[]): Correction[] {
  const corrections: Correction[] = [{ name: 'none (shipped)', adjust: (_, score) => score }];
  for (const k of [1, 3, 10, 30, 100]) {
    const spread = new Map<string, number>();
    const r = backgroundScores(queries, k, spread);
    for (const lambda of [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1])
      corrections.push({
        name: `S − ${lambda} · r_${k}`,
        adjust: (code, score) => score - lambda * (r.get(code) ?? 0),
      });
    if (k < 10) continue;
    for (const a of [0.02, 0.1, 0.3, 1])
      corrections.push({
        name: `z-normalised over the ${k} best, a ${a}`,
        adjust: (code, score) =>
          (1 - a) * score + (a * (score - (r.get(code) ?? 0))) / ((spread.get(code) ?? 0) + 0.05),
      });
  }
  for (const k of [1, 10]) {
    const n = kOccurrence(queries, k);
    for (const lambda of [0.002, 0.005, 0.01, 0.02])
      corrections.push({
        name: `S − ${lambda} · ln(1 + N_${k})`,
        adjust: (code, score) => score - lambda * Math.log1p(n.get(code) ?? 0),
      });
  }
  return corrections;
}

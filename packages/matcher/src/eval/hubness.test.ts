/**
 * The hubness diagnosis of `run.ts --hubness` (`hubness.ts`): its figures are only as good as the
 * k-occurrence, the background scores, the re-ordering and the leave-one-set-out choice, so each is
 * checked on small hand-made rankings.
 */
import { describe, expect, it } from 'vitest';
import {
  backgroundScores,
  type Correction,
  type DevListing,
  distinctUnderDraws,
  kOccurrence,
  type Listing,
  leaveOneSetOut,
  missSpread,
  reorder,
  skewness,
} from './hubness.js';

const queries: Listing[] = [
  { from: 'a', ranked: ['a', 'h', 'b'], scores: [0.9, 0.8, 0.1] },
  { from: 'b', ranked: ['h', 'b', 'c'], scores: [0.7, 0.6, 0.2] },
  { from: 'c', ranked: ['c', 'h', 'a'], scores: [0.9, 0.5, 0.3] },
];

describe('k-occurrence and background scores', () => {
  it('counts the first k of each pseudo-query, its own occupation left out', () => {
    expect(Object.fromEntries(kOccurrence(queries, 1))).toEqual({ h: 3 });
    expect(Object.fromEntries(kOccurrence(queries, 2))).toEqual({ h: 3, b: 1, c: 1, a: 1 });
  });

  it('averages the k best scores from other occupations, missing ones as 0', () => {
    const spread = new Map<string, number>();
    const r = backgroundScores(queries, 2, spread);
    expect(r.get('h')).toBeCloseTo(0.75, 9);
    expect(r.get('b')).toBeCloseTo(0.05, 9);
    expect(r.get('a')).toBeCloseTo(0.15, 9);
    expect(spread.get('h')).toBeCloseTo(0.05, 9);
  });

  it('measures skew: 0 when symmetric, positive with one hub', () => {
    expect(skewness([1, 2, 3])).toBeCloseTo(0, 9);
    expect(skewness([0, 0, 0, 0, 10])).toBeGreaterThan(1);
  });
});

describe('re-ordering and the spread of misses', () => {
  it('re-orders by the adjusted score, ties by code', () => {
    const listing: Listing = { ranked: ['h', 'b', 'a'], scores: [0.8, 0.7, 0.7] };
    expect(reorder(listing, (_, s) => s)).toEqual(['h', 'a', 'b']);
    expect(reorder(listing, (code, s) => s - (code === 'h' ? 0.2 : 0))).toEqual(['a', 'b', 'h']);
  });

  it('counts misses and their distinct wrong winners', () => {
    const dev: DevListing[] = [
      { set: 'x', label: 'a', ranked: ['h', 'a'], scores: [1, 0.9] },
      { set: 'x', label: 'b', ranked: ['h', 'b'], scores: [1, 0.9] },
      { set: 'y', label: 'c', ranked: ['c'], scores: [1] },
      { set: 'y', label: 'a', ranked: ['b', 'a'], scores: [1, 0.9] },
    ];
    expect(missSpread(dev)).toEqual({
      misses: 3,
      distinct: 2,
      most: [
        ['h', 2],
        ['b', 1],
      ],
    });
  });

  it('draws fewer distinct winners when one weighs most', () => {
    const uniform = distinctUnderDraws(new Array(1000).fill(1), 20, 200);
    const hub = distinctUnderDraws([1000, ...new Array(999).fill(1)], 20, 200);
    expect(uniform.median).toBeGreaterThanOrEqual(19);
    expect(hub.median).toBeLessThan(uniform.median);
    expect(distinctUnderDraws([1, 1, 1], 20, 50)).toEqual({ p5: 3, median: 3, p95: 3 });
  });
});

describe('leave-one-set-out', () => {
  // The hub h wins wrongly in sets x and y; in z it is the label.
  const dev: DevListing[] = [
    { set: 'x', label: 'a', ranked: ['h', 'a'], scores: [0.8, 0.75] },
    { set: 'y', label: 'b', ranked: ['h', 'b'], scores: [0.8, 0.75] },
    { set: 'z', label: 'h', ranked: ['h', 'c'], scores: [0.8, 0.7] },
  ];
  const none: Correction = { name: 'none', adjust: (_, s) => s };
  const hubPenalty: Correction = { name: 'hub', adjust: (code, s) => s - (code === 'h' ? 0.2 : 0) };
  it('chooses on the other sets and judges on the held-out one', () => {
    const rows = leaveOneSetOut(dev, [none, hubPenalty], ['x', 'y', 'z']);
    // x held out: the penalty wins y and loses z (a tie: none); z held out: it wins x and y, and loses z.
    expect(rows.map((r) => [r.set, r.chosen, r.top1])).toEqual([
      ['x', 'none', 0],
      ['y', 'none', 0],
      ['z', 'hub', 0],
    ]);
  });

  it('keeps no correction on a tie', () => {
    const rows = leaveOneSetOut(dev.slice(0, 1), [none, { name: 'same', adjust: (_, s) => s }], ['x']);
    expect(rows[0]?.chosen).toBe('none');
  });
});

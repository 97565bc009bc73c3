import { describe, expect, it } from 'vitest';
import {
  dot,
  EMPTY_VECTOR,
  norm,
  normalize,
  sharedContributions,
  sparseFromMap,
  weightedSum,
} from './sparse-vector.js';

describe('sparse vectors', () => {
  const a = sparseFromMap(
    new Map([
      [5, 1],
      [1, 2],
      [9, 0],
    ]),
  );
  const b = sparseFromMap(
    new Map([
      [1, 3],
      [7, 4],
    ]),
  );

  it('sorts ids and drops zero weights', () => {
    expect([...a.ids]).toEqual([1, 5]);
    expect([...a.values]).toEqual([2, 1]);
  });

  it('computes norms, dot products and weighted sums', () => {
    expect(norm(a)).toBeCloseTo(Math.sqrt(5));
    expect(dot(a, b)).toBe(6);
    expect(norm(normalize(b))).toBeCloseTo(1);
    const sum = weightedSum([
      { vector: a, weight: 1 },
      { vector: b, weight: 2 },
    ]);
    expect([...sum.ids]).toEqual([1, 5, 7]);
    expect([...sum.values]).toEqual([8, 1, 8]);
  });

  it('keeps the empty vector empty', () => {
    expect(normalize(EMPTY_VECTOR)).toBe(EMPTY_VECTOR);
    expect(dot(EMPTY_VECTOR, a)).toBe(0);
  });

  it('sums a few parts by merging their ids exactly as many parts are summed, number for number', () => {
    // Up to four parts are merged; a fifth with weight 0 sends the same sum down the other path.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const vector = (n: number) =>
      sparseFromMap(new Map(Array.from({ length: n }, () => [Math.floor(random() * 300), random() - 0.2])));
    for (let round = 0; round < 200; round++) {
      const parts = Array.from({ length: 1 + (round % 4) }, () => ({
        vector: vector(Math.floor(random() * 60)),
        weight: round % 7 === 0 ? 0 : random() * 1.5,
      }));
      // Opposite parts cancel out on some ids (those are dropped, as zero sums are).
      if (round % 5 === 0 && parts[0]) parts.push({ vector: parts[0].vector, weight: -parts[0].weight });
      const merged = weightedSum(parts);
      const summed = weightedSum([
        ...parts,
        ...Array.from({ length: 5 }, () => ({ vector: vector(30), weight: 0 })),
      ]);
      expect(Array.from(merged.ids)).toEqual(Array.from(summed.ids));
      expect(Array.from(merged.values)).toEqual(Array.from(summed.values));
    }
  });

  it('lists shared contributions, largest first', () => {
    expect(sharedContributions(a, b)).toEqual([{ id: 1, value: 6 }]);
  });
});

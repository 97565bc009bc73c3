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

  it('lists shared contributions, largest first', () => {
    expect(sharedContributions(a, b)).toEqual([{ id: 1, value: 6 }]);
  });
});

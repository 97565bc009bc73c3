import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the k highest keys, ties by the comparator, best first', () => {
    const keys = Float64Array.from([0.5, 0.9, 0.1, 0.9, 0.7, 0.3]);
    const top = new TopK(3, (a, b) => a - b);
    for (let i = 0; i < keys.length; i++) top.push(i, keys);
    expect(top.sorted(keys)).toEqual([1, 3, 4]);
    expect(top.full).toBe(true);
    expect(top.worst()).toBe(4);
  });

  it('returns fewer items when fewer were offered', () => {
    const keys = Float64Array.from([1]);
    const top = new TopK(5, (a, b) => a - b);
    top.push(0, keys);
    expect(top.sorted(keys)).toEqual([0]);
    expect(top.full).toBe(false);
  });
});

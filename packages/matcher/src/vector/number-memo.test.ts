import { describe, expect, it } from 'vitest';
import { NumberMemo } from './number-memo.js';

describe('NumberMemo', () => {
  it('keeps what a Map<number, number> keeps, through growth', () => {
    const memo = new NumberMemo(4);
    const map = new Map<number, number>();
    // Neighbouring and far-apart task indices, some written twice.
    for (let i = 0; i < 5_000; i++) {
      const key = (i * 7919) % 12_007;
      const value = i % 3 === 0 ? 0 : Math.sin(i);
      memo.set(key, value);
      map.set(key, value);
    }
    expect(memo.size).toBe(map.size);
    for (const [key, value] of map) expect(memo.get(key)).toBe(value);
    for (const key of [12_007, 12_008, 2 ** 31 - 1]) expect(memo.get(key)).toBeUndefined();
  });

  it('answers undefined for a key never set, and keeps 0 and -0 apart from it', () => {
    const memo = new NumberMemo();
    expect(memo.get(0)).toBeUndefined();
    memo.set(0, 0);
    memo.set(1, -0);
    expect(memo.get(0)).toBe(0);
    expect(Object.is(memo.get(1), -0)).toBe(true);
    expect(memo.get(2)).toBeUndefined();
  });

  it('refuses a key that is not a task index', () => {
    const memo = new NumberMemo();
    for (const key of [-1, 1.5, 2 ** 31, Number.NaN]) expect(() => memo.set(key, 1)).toThrow(RangeError);
  });
});

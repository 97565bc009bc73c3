import { describe, expect, it } from 'vitest';
import { ancestorCodes, codeLevel, parentCode } from '../src/index.js';

describe('classification codes', () => {
  it('knows the level of each code form and rejects malformed ones', () => {
    expect(['2', '2-02', '2-02-38', '2-02-38-01'].map(codeLevel)).toEqual([1, 2, 3, 4]);
    expect(['', '22', '2-2', '2-02-38-01-01', '2_02', 'a-02'].map(codeLevel)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('walks up the hierarchy', () => {
    expect(parentCode('2-02-38-01')).toBe('2-02-38');
    expect(parentCode('2')).toBeNull();
    expect(ancestorCodes('2-02-38-01')).toEqual(['2', '2-02', '2-02-38']);
  });
});

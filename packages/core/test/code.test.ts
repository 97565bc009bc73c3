import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../src/index.js';

describe('CN-2022 codes (the default scheme)', () => {
  const scheme = DEFAULT_SCHEME;
  it('knows the level of a well-formed code and rejects malformed ones', () => {
    expect(['2', '2-02', '2-02-38', '2-02-38-01'].map((c) => scheme.levelOf(c))).toEqual([1, 2, 3, 4]);
    expect(['', '22', '2-2', '2-02-38-01-01', '2_02', 'a-02'].map((c) => scheme.levelOf(c))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('walks up the hierarchy', () => {
    expect(scheme.parentOf('2-02-38-01')).toBe('2-02-38');
    expect(scheme.parentOf('2')).toBeNull();
    expect(scheme.ancestorsOf('2-02-38-01')).toEqual(['2', '2-02', '2-02-38']);
  });
});

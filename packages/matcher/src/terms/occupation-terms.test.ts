import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';

describe('occupation terms', () => {
  it('names what an occupation works with, without segmenter fragments or job words', async () => {
    const matcher = await bundledMatcher();
    const welder = matcher.terms('6-18-02-04', { limit: 8 }) ?? [];
    expect(welder).toContain('焊接设备');
    expect(welder).not.toContain('接设备');
    const data = matcher.terms('2-02-30-09', { limit: 8 }) ?? [];
    expect(data).toContain('数据挖掘');
    expect(data).not.toContain('据库');
    expect(data.some((w) => w.endsWith('人员'))).toBe(false);
    expect(welder.length).toBeLessThanOrEqual(8);
    expect(matcher.terms('9-99-99-99')).toBeNull();
  });
});

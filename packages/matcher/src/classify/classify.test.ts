import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';

const matcher = await bundledMatcher();

describe('classify', () => {
  it('codes a clean title to its occupation', () => {
    const result = matcher.classify({ title: '物联网安装调试员' });
    expect(result.candidates[0]).toMatchObject({ code: '6-25-04-09', level: 'occupation' });
    expect(result.fallback).toBeUndefined();
  });

  it('sees through posting noise', () => {
    const result = matcher.classify({ title: '急招 焊工 氩弧焊 月薪8k-12k 包吃住' });
    expect(result.candidates.find((c) => c.level === 'occupation')?.code).toBe('6-18-02-04');
  });

  it('lands a messy title in the right area, falling back to a group and saying why', () => {
    const result = matcher.classify({ title: '招聘保安 包吃住' }, { limit: 5 });
    const codes = result.candidates.map((c) => c.code);
    expect(codes.some((code) => code.startsWith('4-07-05') || code.startsWith('3-02-02'))).toBe(true);
    if (result.fallback) {
      expect(result.candidates[0]?.level).toBe(result.fallback.level);
      expect(result.fallback.reason.length).toBeGreaterThan(0);
    }
  });

  it('uses the description too', () => {
    const result = matcher.classify({
      title: '专员',
      description: '负责抖音和小红书账号的内容运营与粉丝增长',
    });
    expect(result.candidates.map((c) => c.code)).toContain('4-13-01-05');
  });

  it('returns no candidates for text without content', () => {
    expect(matcher.classify({ title: '急招 包吃住 月薪5000' }).candidates).toEqual([]);
    expect(matcher.classify({ title: '' }).candidates).toEqual([]);
  });
});

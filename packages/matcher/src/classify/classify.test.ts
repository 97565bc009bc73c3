import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';

const matcher = await bundledMatcher();
const codes = (title: string) => matcher.classify({ title }, { limit: 5 }).candidates.map((c) => c.code);

describe('classify', () => {
  it('codes a clean title to its occupation', () => {
    expect(codes('物联网安装调试员')[0]).toBe('6-25-04-09');
  });

  it('sees through posting noise: employer, pay, perks, 急招', () => {
    expect(codes('急招 焊工 氩弧焊 月薪8k-12k 包吃住')[0]).toBe('6-18-02-04');
    expect(codes('晋城市城区赞挺餐饮店招聘咖啡师（五险一金）')[0]).toBe('4-03-02-08');
  });

  it('returns occupations only, never a group code in a candidate’s place', () => {
    for (const title of ['保安', '文案编辑', '招聘保安 包吃住', '护理主管', '普工']) {
      const result = matcher.classify({ title }, { limit: 10 });
      expect(result.candidates.length).toBeGreaterThan(0);
      for (const candidate of result.candidates) {
        expect(matcher.occupation(candidate.code)).not.toBeNull();
        expect(Object.keys(candidate).sort()).toEqual(['code', 'name', 'score']);
      }
    }
  });

  it('codes English titles by their words, not by letters shared with labelled titles', () => {
    expect(codes('welder')[0]).toBe('6-18-02-04');
    expect(codes('accountant')[0]).toMatch(/^2-06-/);
    expect(codes('delivery rider')[0]).toBe(matcher.classify({ title: '外卖骑手' }).candidates[0]?.code);
    for (const title of ['welder', 'chef', 'truck driver', 'security guard', 'delivery rider']) {
      // 数据分析处理工程技术人员 led or followed these on letters shared with "data analyst" titles.
      expect(codes(title)).not.toContain('2-02-30-09');
    }
  });

  it('puts the obvious occupation first for plain titles', () => {
    expect(codes('保安')[0]).toBe('4-07-05-01');
    expect(codes('文案编辑')[0]).toMatch(/^2-10-02-/);
  });

  it('names the shared group separately when the leading candidates are too close to call', () => {
    const results = ['护理主管', '普工', '教育老师', '销售', '工程师'].map((title) =>
      matcher.classify({ title }, { limit: 10 }),
    );
    const withGroup = results.filter((r) => r.group);
    expect(withGroup.length).toBeGreaterThan(0);
    for (const result of withGroup) {
      const group = result.group;
      if (!group) continue;
      expect(['minor', 'middle']).toContain(group.level);
      expect(result.candidates[0]?.code.startsWith(`${group.code}-`)).toBe(true);
      expect(group.name.length).toBeGreaterThan(0);
      expect(group.reason).toContain(group.code);
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
    expect(matcher.classify({ title: '' }).candidates).toEqual([]);
    expect(matcher.classify({ title: '   ' }).candidates).toEqual([]);
  });

  it('is deterministic', () => {
    const a = matcher.classify({ title: '抖音运营专员 底薪5k' }, { limit: 10 });
    const b = matcher.classify({ title: '抖音运营专员 底薪5k' }, { limit: 10 });
    expect(a).toEqual(b);
  });
});

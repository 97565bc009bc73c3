import { describe, expect, it } from 'vitest';
import { NEAR, NEAR_SYNONYMS, withPairs } from '../text/near-synonyms.js';
import { ALIKE_SETTINGS, learnAlike, learnSubstitutes, type VerbObjectClause } from './learned-alike.js';

/** Clauses where 组装 and 装配 take the same objects, 清洗 others, and 安装 is always said with 调试. */
function clauses(): VerbObjectClause[] {
  const out: VerbObjectClause[] = [];
  const things = ['电脑', '家具', '机柜', '底盘', '玩具', '车身'];
  for (const thing of things) {
    out.push({ text: `组装${thing}`, actions: ['组装'], objects: [thing] });
    out.push({ text: `装配${thing}`, actions: ['装配'], objects: [thing] });
    out.push({ text: `安装调试${thing}`, actions: ['安装', '调试'], objects: [thing] });
  }
  for (const thing of ['餐具', '衣物', '地毯', '车辆', '玻璃', '管道'])
    out.push({ text: `清洗${thing}`, actions: ['清洗'], objects: [thing] });
  return out;
}

const loose = { ...ALIKE_SETTINGS, minSupport: 3, minCount: 3 };

describe('words alike by how the classification uses them (tried, not kept)', () => {
  it('finds verbs that take the same objects, with the cosine and support that made each pair', () => {
    const pairs = learnAlike(clauses(), loose);
    const assembled = pairs.find((p) => p.a === '组装' && p.b === '装配');
    expect(assembled).toMatchObject({ part: 'verb', support: 6 });
    expect(assembled?.cosine).toBeGreaterThan(0.5);
    // 清洗 takes none of their objects.
    expect(pairs.some((p) => p.a === '清洗' || p.b === '清洗')).toBe(false);
  });

  it('does not make alike the steps the text says together (安装、调试)', () => {
    const pairs = learnAlike(clauses(), loose);
    expect(pairs.some((p) => p.a === '安装' && p.b === '调试')).toBe(false);
    const allowed = learnAlike(clauses(), { ...loose, maxTogether: 1, mutualTop: 0 });
    expect(allowed.some((p) => p.a === '安装' && p.b === '调试')).toBe(true);
  });

  it('never joins a verb of professional work with one of hands-on work, nor a word with one inside it', () => {
    const text: VerbObjectClause[] = [];
    for (const thing of ['厂房', '管网', '桥梁', '道路'])
      for (const verb of ['设计', '安装', '安装好'])
        text.push({ text: `${verb}${thing}`, actions: [verb], objects: [thing] });
    const pairs = learnAlike(text, { ...loose, minSupport: 2, maxTogether: 1, mutualTop: 0 });
    expect(pairs.map((p) => `${p.a} ${p.b}`)).toEqual([]);
  });

  it('finds substitutes in frames of otherwise equal clauses, and drops those said together', () => {
    const found = learnSubstitutes(clauses(), { minFrames: 2, neverTogether: false });
    expect(found).toContainEqual({ a: '组装', b: '装配', part: 'verb', cosine: 1, support: 6 });
    const apart = learnSubstitutes(
      [...clauses(), { text: '组装和装配零件', actions: ['组装', '装配'], objects: ['零件'] }],
      { minFrames: 2, neverTogether: true },
    );
    expect(apart.some((p) => p.a === '组装' && p.b === '装配')).toBe(false);
  });

  it('adds learned pairs below the hand-written near-synonyms, which keep their credit', () => {
    const lexicon = withPairs(
      NEAR_SYNONYMS,
      [
        ['浇注', '浇铸'],
        ['维修', '修理'],
      ],
      0.5,
    );
    expect(NEAR_SYNONYMS.get('浇注')?.some(([word]) => word === '浇铸') ?? false).toBe(false);
    expect(lexicon.get('浇注')).toContainEqual(['浇铸', 0.5]);
    expect(lexicon.get('浇铸')).toContainEqual(['浇注', 0.5]);
    expect(lexicon.get('维修')).toContainEqual(['修理', NEAR.close]);
  });
});

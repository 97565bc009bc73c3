import { describe, expect, it } from 'vitest';
import { buildAliasIndex, taxonomyVariants } from './alias-index.js';
import { normalizeTitle } from './normalize-title.js';
import { isUnder, resolveCode } from './title-label.js';
import { buildTitleNeighbours } from './title-neighbours.js';

describe('normalizeTitle', () => {
  it('sets the employer, places, pay, perks and asides apart', () => {
    expect(normalizeTitle('晋城市城区赞挺餐饮店招聘咖啡师（五险一金）')).toMatchObject({ core: '咖啡师' });
    expect(normalizeTitle('美智空调设备有限公司招聘生产安全员').core).toBe('生产安全员');
    expect(normalizeTitle('无责底薪4000+提成，广告业务经理 月入1万+').core).toBe('广告业务经理');
    expect(normalizeTitle('西安快递员8千有车住').core).toContain('快递员');
    expect(normalizeTitle('急招 焊工 包吃住 月薪8k-12k').core).toBe('焊工');
  });

  it('keeps a recruiter’s own title and words that only look like hiring', () => {
    expect(normalizeTitle('招聘专员/助理').core).toBe('招聘专员 助理');
    expect(normalizeTitle('招生老师').core).toBe('招生老师');
    expect(normalizeTitle('教育市场主管/经理').core).toBe('教育市场主管 经理');
    expect(normalizeTitle('社区网格资深专员').core).toBe('社区网格资深专员');
  });

  it('reports seniority words as a signal and keeps them in the text', () => {
    expect(normalizeTitle('行政人事经理')).toMatchObject({ core: '行政人事经理', seniority: ['manager'] });
    expect(normalizeTitle('电商专员/助理').seniority).toEqual(['assistant']);
    expect(normalizeTitle('法务实习生').seniority).toEqual(['trainee']);
  });

  it('keeps an aside when it is all there is', () => {
    expect(normalizeTitle('（急招）电工').core).toBe('电工');
    expect(normalizeTitle('（普工）').core).toBe('普工');
  });
});

describe('aliases', () => {
  const occupations = [
    { code: '2-02-07-01', name: '机械设计工程技术人员' },
    { code: '4-07-05-01', name: '保安员' },
  ];
  const groups = [{ code: '2-05-08', name: '护理人员', level: 3 }];
  const index = buildAliasIndex(occupations, groups, [
    { code: '4-07-05-01', alias: '门卫', source: 'general' },
  ]);

  it('derives the variants people write from the taxonomy’s names', () => {
    expect(taxonomyVariants('机械设计工程技术人员')).toEqual([
      '机械设计工程技术人员',
      '机械设计工程师',
      '机械设计',
    ]);
    expect(taxonomyVariants('保安员')).toEqual(['保安员', '保安']);
  });

  it('finds every alias inside a title, with its source and target', () => {
    const hits = index.find('小区门卫保安');
    expect(hits.map((h) => [h.alias, h.target.target, h.source])).toEqual([
      ['门卫', '4-07-05-01', 'general'],
      ['保安', '4-07-05-01', 'taxonomy'],
    ]);
    expect(index.find('护理人员主管')[0]?.target).toEqual({ level: 'minor', target: '2-05-08' });
  });
});

describe('labels and neighbours', () => {
  const occupations = new Set(['2-05-08-01', '4-07-05-01']);
  const groups = new Set(['2', '2-05', '2-05-08']);

  it('resolves group labels to the group they name', () => {
    expect(resolveCode('2-05-08-00', occupations, groups)).toEqual({ level: 'minor', target: '2-05-08' });
    expect(resolveCode('2-05-00-00', occupations, groups)).toEqual({ level: 'middle', target: '2-05' });
    expect(resolveCode('2-00-00-00', occupations, groups)).toEqual({ level: 'major', target: '2' });
    expect(resolveCode('9-99-99-99', occupations, groups)).toBeNull();
    expect(isUnder({ level: 'minor', target: '2-05-08' }, '2-05-08-01')).toBe(true);
    expect(isUnder({ level: 'occupation', target: '2-05-08-01' }, '2-05-08-02')).toBe(false);
  });

  it('lets the nearest labelled titles vote, and can leave one out', () => {
    const neighbours = buildTitleNeighbours([
      { title: '小区保安', target: { level: 'occupation', target: '4-07-05-01' } },
      { title: '护理主管', target: { level: 'minor', target: '2-05-08' } },
    ]);
    expect(neighbours.votes('物业保安 包吃住').votes[0]?.target.target).toBe('4-07-05-01');
    expect(neighbours.votes('小区保安', { exclude: 0 }).votes.map((v) => v.target.target)).not.toContain(
      '4-07-05-01',
    );
  });

  it('compares Latin words as words, not letters', () => {
    const neighbours = buildTitleNeighbours([
      { title: '数据分析师 data analyst', target: { level: 'occupation', target: '2-02-30-09' } },
      { title: 'Java开发工程师', target: { level: 'occupation', target: '2-02-10-03' } },
      { title: '焊工 welder', target: { level: 'occupation', target: '6-18-02-04' } },
    ]);
    // "driver" shares letters and letter pairs (r, e, er, …) with every title above, no word.
    expect(neighbours.votes('truck driver').votes).toEqual([]);
    expect(neighbours.votes('welder').votes.map((v) => v.target.target)).toEqual(['6-18-02-04']);
    expect(neighbours.votes('java后端').votes[0]?.target.target).toBe('2-02-10-03');
    // A Latin word breaks the characters around it: 师 and 工 still count, 师d does not exist.
    expect(neighbours.votes('data工程师').votes.map((v) => v.target.target)).toContain('2-02-10-03');
  });
});

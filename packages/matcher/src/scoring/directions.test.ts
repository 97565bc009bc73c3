import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();

/** The graduate of issue 9: a data internship, a welding course, a live-streaming project. */
const threeDirections: EvidenceInput[] = [
  {
    id: 'data',
    kind: 'work_project',
    title: '电商公司数据分析实习',
    description:
      '实习期间用 Excel 和 Python 清洗、分析店铺订单和流量数据，做周报和可视化看板，给运营提选品建议',
  },
  {
    id: 'weld',
    kind: 'learning',
    title: '焊接实训课程',
    description: '学校实训课学习手工电弧焊和二氧化碳气体保护焊，完成平焊、立焊练习件，考了焊工证',
    skills: [{ name: '焊接', level: 2 }],
  },
  {
    id: 'live',
    kind: 'work_project',
    title: '助农直播带货项目',
    description: '和同学做助农直播，负责选品、写直播脚本、在抖音直播间讲解商品，三场卖出两千多单',
  },
];

describe('directions', () => {
  const result = matcher.match(threeDirections, { limit: 10 });

  it('groups the evidence into its three directions, each led by its occupation', () => {
    expect(result.directions?.map((d) => d.evidenceIds)).toEqual([['data'], ['weld'], ['live']]);
    expect(result.directions?.map((d) => d.matches[0]?.code)).toEqual([
      '4-07-02-05',
      '6-18-02-04',
      '4-01-06-02',
    ]);
    for (const direction of result.directions ?? []) expect(direction.label.length).toBeGreaterThan(0);
  });

  it('keeps each strong direction in the overall ranking, and form words out of it', () => {
    const codes = result.matches.map((m) => m.code);
    for (const code of ['4-07-02-05', '6-18-02-04', '4-01-06-02']) expect(codes).toContain(code);
    expect(codes).not.toContain('2-09-03-05'); // 电视导播
    expect(codes).not.toContain('2-06-08-04'); // 职业技术实训指导专业人员
    expect(codes[0]).toBe('6-18-02-04');
  });

  it('explains an overall match by the direction it comes from', () => {
    const welder = result.matches.find((m) => m.code === '6-18-02-04');
    for (const task of welder?.coveredTasks ?? []) expect(task.evidenceIds).toEqual(['weld']);
  });

  it('gives one list, without directions, when the evidence points one way', () => {
    const one = matcher.match([threeDirections[1] as EvidenceInput], { limit: 5 });
    expect(one.directions).toBeUndefined();
    expect(one.matches[0]?.code).toBe('6-18-02-04');
  });
});

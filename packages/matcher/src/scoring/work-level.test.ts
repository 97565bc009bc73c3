import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { evidenceWorkCounts, learnerWorkLevel, occupationWorkShare, workLevelFactor } from './work-level.js';

describe('level of work', () => {
  it('reads professional and hands-on work from the verbs, the 新八级 level and the steps', () => {
    const design = evidenceWorkCounts(['负责机器人机械结构设计和控制算法研究'], null);
    const install = evidenceWorkCounts(['安装和调试物联网设备，日常维护和维修'], null);
    expect(design.professional).toBeGreaterThan(design.operational);
    expect(install.operational).toBeGreaterThan(install.professional);
    expect(evidenceWorkCounts([''], 3).operational).toBe(1);
    expect(evidenceWorkCounts([''], null, ['制订计划', '做出决定']).professional).toBe(1);
  });

  it('places occupations by their own text and major group', () => {
    expect(occupationWorkShare('2', ['研究、设计和开发控制系统'])).toBeGreaterThan(0.8);
    expect(occupationWorkShare('6', ['安装、调试和维修设备'])).toBeLessThan(0.2);
  });

  it('raises agreeing and lowers disagreeing occupations, and leaves silent evidence alone', () => {
    const operator = learnerWorkLevel([{ counts: { professional: 0, operational: 4 }, weight: 1 }]);
    expect(workLevelFactor(operator, 0)).toBeGreaterThan(1);
    expect(workLevelFactor(operator, 1)).toBeLessThan(1);
    expect(workLevelFactor(null, 1)).toBe(1);
    expect(learnerWorkLevel([{ counts: { professional: 0, operational: 0 }, weight: 1 }])).toBeNull();
  });

  it('tells the operator from the engineer for the same subject', async () => {
    const matcher = await bundledMatcher();
    const rank = (description: string, code: string) =>
      matcher
        .match([{ id: 'e', kind: 'work_project', title: '工业机器人', description }], { limit: 20 })
        .matches.findIndex((m) => m.code === code);
    const operatorText = '在产线上安装、调试和操作工业机器人，日常维护保养，排除故障';
    const engineerText = '研究和设计工业机器人控制算法，制定技术方案，建模仿真和优化系统架构';
    // 6-31-07-01 工业机器人系统运维员 vs 2-02-38-10 机器人工程技术人员
    expect(rank(operatorText, '6-31-07-01')).toBeLessThan(rank(operatorText, '2-02-38-10'));
    expect(rank(engineerText, '2-02-38-10')).toBeLessThan(rank(engineerText, '6-31-07-01'));
  });
});

import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { bandOf } from './band.js';
import { wordMatch } from './task-meaning.js';

describe('coverage by meaning', () => {
  it('matches words by meaning, with partial credit', () => {
    expect(wordMatch('焊接', '焊接')).toBe(1);
    expect(wordMatch('焊接设备', '焊接')).toBe(1);
    expect(wordMatch('电焊', '电弧焊')).toBeGreaterThan(0.5);
    // A character in common and nothing more is a weak sign, often chance (制作 ↔ 操作); 操控 ↔
    // 操作 earns more through the near-synonym lexicon.
    expect(wordMatch('操控', '操作')).toBe(0.25);
    expect(wordMatch('制作', '操作')).toBe(0.25);
    expect(wordMatch('数据', '焊接')).toBe(0);
    expect(wordMatch('构件', '件')).toBe(0.5);
    expect(wordMatch('数据', '焊接')).toBe(0);
  });

  it('explains a covered task in words: the evidence sentence and the task words it matches', async () => {
    const matcher = await bundledMatcher();
    const result = matcher.match(
      [
        {
          id: 'a',
          kind: 'work_project',
          title: '电商数据分析',
          description: '采集、清洗店铺的商务数据，分析、挖掘订单数据，撰写可视化分析报告',
          attested: true,
        },
      ],
      { limit: 3 },
    );
    const analyst = result.matches.find((m) => m.code === '4-07-02-05');
    expect(analyst?.coveredTasks.length).toBeGreaterThan(0);
    for (const task of analyst?.coveredTasks ?? []) {
      expect(task.evidence?.id).toBe('a');
      expect(task.evidence?.sentence.length).toBeGreaterThan(0);
      for (const word of task.evidence?.words ?? []) {
        expect(task.text).toContain(word);
        expect(word.length).toBeGreaterThanOrEqual(2);
        expect(['企业', '基于', '技术人员']).not.toContain(word);
      }
    }
    // Coverage counts agree with themselves.
    expect(analyst?.breakdown.coveredTaskCount).toBe(analyst?.coveredTasks.length);
  });

  it('reads a task against one sentence of the evidence at a time', async () => {
    const matcher = await bundledMatcher();
    const gapsOf = (description: string) =>
      matcher
        .gaps(
          [{ id: 'a', kind: 'work_project', title: '故障预测模型', description, attested: true }],
          '2-02-38-01',
        )
        ?.gaps.map((g) => g.taskId);
    // 设计 in one sentence and 人工智能 in another do not make "设计、开发人工智能系统解决方案".
    expect(gapsOf('清洗传感器数据，设计特征，部署人工智能算法并评估模型效果。')).toContain('2-02-38-01#6');
    expect(gapsOf('为工厂设计、开发人工智能系统解决方案，并评估模型效果。')).not.toContain('2-02-38-01#6');
  });

  it('puts every score in one calibrated band', () => {
    expect(bandOf(0.8)).toBe('strong');
    expect(bandOf(0.5)).toBe('moderate');
    expect(bandOf(0.2)).toBe('weak');
  });
});

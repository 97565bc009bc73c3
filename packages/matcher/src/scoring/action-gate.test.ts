import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();
const ungated = await bundledMatcher({ scoring: { actionGate: false } });

/** Flies drones; never repairs one. */
const pilot: EvidenceInput[] = [
  {
    id: 'p',
    kind: 'work_project',
    title: '无人机航拍',
    description: '操控无人机航拍楼盘和婚礼现场',
  },
];
const REPAIRER = '6-23-03-15'; // 无人机装调检修工

function coveredTexts(result: ReturnType<typeof matcher.match>): string[] {
  return result.matches.find((m) => m.code === REPAIRER)?.coveredTasks.map((t) => t.text) ?? [];
}

describe('a task is an action on an object', () => {
  it('does not cover a task by its object alone (flying a drone is not repairing one)', () => {
    const gated = coveredTexts(matcher.match(pilot, { limit: 15 }));
    const plain = coveredTexts(ungated.match(pilot, { limit: 15 }));
    const repairs = (texts: string[]) => texts.filter((t) => /维修|检修|检测/.test(t));
    expect(repairs(plain).length).toBeGreaterThan(0);
    expect(repairs(gated)).toEqual([]);
  });

  it('still covers the task whose action the evidence says', () => {
    const pilotMatch = matcher.match(pilot, { limit: 15 }).matches.find((m) => m.code === '4-02-04-06'); // 无人机驾驶员
    expect(pilotMatch?.coveredTasks.map((t) => t.text)).toContain('操控无人机执行飞行任务');
  });

  it('agrees with gaps: a task listed as covered is not a gap, and back', () => {
    const match = matcher.match(pilot, { limit: 15 }).matches.find((m) => m.code === REPAIRER);
    const report = matcher.gaps(pilot, REPAIRER);
    expect(match && report).toBeTruthy();
    const gapIds = new Set(report?.gaps.map((g) => g.taskId));
    for (const task of match?.coveredTasks ?? []) expect(gapIds.has(task.taskId)).toBe(false);
    for (const task of match?.missingTasks ?? []) expect(gapIds.has(task.taskId)).toBe(true);
  });
});

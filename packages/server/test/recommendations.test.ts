/** The recommendation ranking as a pure function over the real matcher: explained, deterministic, honest. */
import type { ActiveEvidence, CoveredTask, Offering } from '@skillbank/core';
import { type TestDatabase, testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imaginedEvidence,
  RECOMMENDER_VERSION,
  recommendOfferings,
} from '../src/learning/recommendations.js';
import { toMatcherEvidence } from '../src/matching/matcher-evidence.js';
import { openTestApp, type TestApp } from './test-app.js';

const AI = '2-02-38-01';
const TASKS: Record<string, string> = {
  '2-02-38-01#1': '分析、研究人工智能算法、深度学习及神经网络等技术',
  '2-02-38-01#2': '研究、开发、应用人工智能指令、算法及技术',
  '2-02-38-01#3': '规划、设计、开发基于人工智能算法的芯片',
  '2-02-38-01#4': '研发、应用、优化语言识别、语义识别、图像识别、生物特征识别等人工智能技术',
  '2-02-38-01#5': '设计、集成、管理、部署人工智能软硬件系统',
  '2-02-38-01#6': '设计、开发人工智能系统解决方案',
  '2-02-38-01#7': '提供人工智能相关技术咨询和技术服务',
};

const learnerEvidence: ActiveEvidence[] = [
  {
    id: 'ev_1',
    kind: 'work_project',
    title: '深度学习算法研究',
    description: '分析、研究深度学习及神经网络算法，复现了三篇论文的实验',
    occurredOn: '2026-06-01',
    endedOn: null,
    skills: [{ name: '深度学习', level: 3 }],
    steps: [],
    occupationCodes: [],
    attested: false,
    attestedLevel: null,
  },
];

function offering(id: string, taskIds: string[], overrides: Partial<Offering> = {}): Offering {
  return {
    id,
    provider: { id: 'ac_p', name: '教务处', organisation: '某职业学院' },
    kind: 'course',
    title: `课程 ${id}`,
    description: '',
    mode: 'online',
    city: null,
    hours: 40,
    costYuan: 1000,
    startsOn: null,
    endsOn: null,
    level: 3,
    language: 'zh',
    taxonomyId: 'cn2022',
    taskIds,
    occupationCodes: [AI],
    skills: [],
    status: 'published',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const tasksOf = (offerings: Offering[]) =>
  new Map<string, CoveredTask[]>(
    offerings.map((o) => [
      o.id,
      o.taskIds.map((id) => ({ id, occupationCode: AI, text: TASKS[id] as string })),
    ]),
  );

describe('recommendations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(testDatabases()[0] as TestDatabase);
  });
  afterAll(() => t.destroy());

  const catalogue = [
    offering('of_systems', ['2-02-38-01#5', '2-02-38-01#6'], { title: '人工智能系统集成与部署实战' }),
    offering('of_cheap', ['2-02-38-01#6'], { title: '人工智能解决方案设计', hours: 8, costYuan: 0 }),
    offering('of_covered', ['2-02-38-01#1'], { title: '神经网络算法研究' }),
    offering('of_pricey', ['2-02-38-01#5', '2-02-38-01#6'], {
      title: '人工智能系统集成与部署实战（高级班）',
      costYuan: 20000,
    }),
  ];
  const run = () =>
    recommendOfferings(t.deps.served.current.matcher, {
      learnerId: 'ac_l',
      evidence: learnerEvidence,
      occupationCode: AI,
      offerings: catalogue,
      tasks: tasksOf(catalogue),
      asOf: '2026-11-30',
    });

  it('ranks offerings that close the gap by gain per hour and yuan, each explained with the matcher’s figures', () => {
    const result = run();
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.recommender).toEqual({ version: RECOMMENDER_VERSION });
    expect(result.target).toEqual({ kind: 'occupation', code: AI, name: expect.any(String) });
    const ids = result.items.map((i) => i.offering.id);
    expect(ids).not.toContain('of_covered');
    expect(ids.indexOf('of_systems')).toBeLessThan(ids.indexOf('of_pricey'));
    for (const item of result.items) {
      expect(item.scoreNow).toBe(result.scoreNow);
      expect(item.scoreAfter).toBeGreaterThan(item.scoreNow);
      expect(item.gain).toBeCloseTo(item.scoreAfter - item.scoreNow, 4);
      expect(item.coversTaskIds.length).toBeGreaterThan(0);
      expect(item.coversTasks.map((c) => c.taskId)).toEqual(item.coversTaskIds);
      expect(item.value).toBeCloseTo(item.gain / (item.effort.hours + item.effort.costYuan / 25), 5);
    }
    const values = result.items.map((i) => i.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // The prediction is the matcher's score with exactly the evidence the result would add.
    const first = result.items[0];
    if (!first) throw new Error('expected a recommendation');
    const imagined = imaginedEvidence(
      first.offering,
      tasksOf(catalogue).get(first.offering.id) ?? [],
      'ac_l',
      '2026-11-30',
    );
    const after = t.deps.served.current.matcher.gaps(toMatcherEvidence([...learnerEvidence, imagined]), AI, {
      asOf: '2026-11-30',
    });
    expect(after?.score).toBe(first.scoreAfter);
  });

  it('names the missing tasks nothing covers, with the matcher’s next step, and invents nothing', () => {
    const result = run();
    if (!result) throw new Error('expected a result');
    const gaps = t.deps.served.current.matcher.gaps(toMatcherEvidence(learnerEvidence), AI, {
      asOf: '2026-11-30',
    });
    const missing = (gaps?.gaps ?? []).map((g) => g.taskId).sort();
    const covered = new Set(result.items.flatMap((i) => i.coversTaskIds));
    expect([...covered, ...result.uncovered.map((u) => u.taskId)].sort()).toEqual(missing);
    for (const u of result.uncovered) expect(covered.has(u.taskId)).toBe(false);
    for (const item of result.items) {
      // What the provider declared is marked; the rest is what the matcher finds the record covers.
      for (const c of item.coversTasks) expect(c.declared).toBe(item.offering.taskIds.includes(c.taskId));
    }

    const empty = recommendOfferings(t.deps.served.current.matcher, {
      learnerId: 'ac_l',
      evidence: learnerEvidence,
      occupationCode: AI,
      offerings: [],
      tasks: new Map(),
      asOf: '2026-11-30',
    });
    expect(empty?.items).toEqual([]);
    expect(empty?.uncovered).toEqual(
      (gaps?.gaps ?? []).map((g) => ({ taskId: g.taskId, text: g.text, gain: g.gain, nextStep: g.nextStep })),
    );
    for (const u of empty?.uncovered ?? []) expect(u.text).toBe(TASKS[u.taskId]);
  });

  it('gives the same answer every time, and null for an occupation the matcher does not know', () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
    expect(
      recommendOfferings(t.deps.served.current.matcher, {
        learnerId: 'ac_l',
        evidence: learnerEvidence,
        occupationCode: '9-99-99-99',
        offerings: catalogue,
        tasks: tasksOf(catalogue),
        asOf: '2026-11-30',
      }),
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { LearnerVector } from '../profile/learner-vector.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();
const taxonomy = await bundledTaxonomy();

const requirements = [
  { id: 'weld', text: '使用焊接设备进行钢结构焊接', essential: true },
  { id: 'drawings', text: '识读焊接图纸和工艺文件', essential: true, minLevel: 3 },
  { id: 'english', text: '英语口语交流', essential: false },
];

function learner(id: string, items: Omit<EvidenceInput, 'id'>[]): LearnerVector {
  return matcher.profileVector(
    items.map((item, i) => ({ ...item, id: `${id}-${i + 1}` })),
    { id },
  );
}

describe('scoreCandidates', () => {
  const set = matcher.requirementSet(requirements);
  const complete = learner('complete', [
    {
      kind: 'work_project',
      title: '钢结构焊接',
      description: '在车间使用焊接设备焊接钢结构',
      attested: true,
      skills: [{ name: '焊接', level: 4 }],
    },
    {
      kind: 'learning',
      title: '识图课程',
      description: '学会识读焊接图纸和工艺文件',
      skills: [{ name: '识图', level: 3 }],
    },
  ]);
  const partial = learner('partial', [
    {
      kind: 'work_project',
      title: '钢结构焊接',
      description: '在车间使用焊接设备焊接钢结构，焊了很多钢结构',
      attested: true,
    },
    { kind: 'learning', title: '英语', description: '英语口语交流很流利' },
  ]);
  const unrelated = learner('unrelated', [
    { kind: 'work_project', title: '做蛋糕', description: '在面包房烘焙蛋糕' },
  ]);

  it('ranks anyone missing an essential requirement below everyone who meets them all', () => {
    const ranked = matcher.scoreCandidates(set, [unrelated, partial, complete]);
    expect(ranked.map((c) => c.learnerId)).toEqual(['complete', 'partial', 'unrelated']);
    const [first, second] = ranked;
    expect(first?.allEssentialMet).toBe(true);
    expect(second?.allEssentialMet).toBe(false);
    expect(second?.missingRequirements).toContain('drawings');
    // The welding project first; the drawings course (识读焊接图纸) says part of welding too, below it.
    expect(first?.requirements.find((r) => r.id === 'weld')?.evidenceIds[0]).toBe('complete-1');
    expect(first?.breakdown).toMatchObject({ essentialMet: 2, essentialTotal: 2, optionalTotal: 1 });
  });

  it('gives the same ranking from a candidate pool as from the array read by its vectors, at any limit', async () => {
    const texts = taxonomy.occupations
      .flatMap((o) => o.tasks.map((t) => t.text))
      .filter((_, i) => i % 37 === 0);
    const many = texts.map((text, i) =>
      learner(`g${String(i).padStart(3, '0')}`, [
        { kind: 'work_project', title: '', description: text },
        {
          kind: 'learning',
          title: '',
          description: texts[(i * 7) % texts.length] ?? '',
          skills: [{ name: 'x', level: 1 + (i % 8) }],
        },
      ]),
    );
    const everyone = [...many, complete, partial, unrelated, partial];
    const pool = matcher.candidatePool(everyone);
    for (const role of [
      set,
      matcher.requirementSet([{ id: 'a', text: '操作数控机床加工零件', essential: false }]),
    ]) {
      for (const limit of [1, 5, 50, 1000]) {
        expect(JSON.stringify(matcher.scoreCandidates(role, pool, { limit }))).toBe(
          JSON.stringify(matcher.scoreCandidates(role, everyone, { limit, meaning: false })),
        );
      }
    }
  });

  it('gives the same ranking from a large pool (long posting lists bounded, then looked up), at any limit', () => {
    // Enough learners that common terms' posting lists are bounded instead of walked, and levels
    // that make the per-level quality bound matter.
    const tasks = taxonomy.occupations.flatMap((o) => o.tasks.map((t) => t.text));
    const kinds = ['work_project', 'learning', 'assessment', 'competition', 'credential'] as const;
    const many = Array.from({ length: 1200 }, (_, i) =>
      learner(
        `p${String(i % 700).padStart(4, '0')}`,
        Array.from({ length: 2 + (i % 3) }, (_, k) => ({
          kind: kinds[(i + k) % kinds.length] ?? 'learning',
          title: '',
          description: `${tasks[(i * 131 + k * 977) % tasks.length]}，${tasks[(i * 17 + k * 3001) % tasks.length]}`,
          attested: (i + k) % 4 === 0,
          skills: (i + k) % 3 === 0 ? [] : [{ name: '技能', level: 1 + ((i * 7 + k) % 8) }],
        })),
      ),
    );
    const pool = matcher.candidatePool(many);
    const roles = ['6-31-07-03', '2-02-10-03', '4-04-05-05'].map((code, j) => {
      const occupation = taxonomy.occupations.find((o) => o.code === code);
      return matcher.requirementSet(
        (occupation?.tasks ?? []).slice(0, 7).map((task, i) => ({
          id: `r${i + 1}`,
          text: task.text,
          essential: i < j + 1,
          ...(i === 1 ? { minLevel: 3 } : i === 4 ? { minLevel: 6 } : {}),
        })),
      );
    });
    for (const role of roles) {
      for (const limit of [1, 3, 20, 150]) {
        expect(JSON.stringify(matcher.scoreCandidates(role, pool, { limit }))).toBe(
          JSON.stringify(matcher.scoreCandidates(role, many, { limit, meaning: false })),
        );
      }
    }
  });

  it('reads a requirement by meaning: said in other words it is met with partial credit and the sentence that says it', () => {
    const role = matcher.requirementSet([
      { id: 'data', text: '用 Python 清洗、分析销售数据', essential: true },
    ]);
    const analyst = learner('analyst', [
      {
        kind: 'work_project',
        title: '电商订单周报',
        description: '用 pandas 清洗、分析订单数据。每周写报表',
      },
    ]);
    const [read] = matcher.scoreCandidates(role, [analyst]);
    const [byVectors] = matcher.scoreCandidates(role, [analyst], { meaning: false });
    // Read by meaning it is met with more credit than the vectors give (0.55 against 0.31; the
    // vectors alone reach the covered threshold too since match-2026.11-23 put it at 0.25).
    expect(read?.allEssentialMet).toBe(true);
    expect(read?.requirements[0]?.score).toBeGreaterThan((byVectors?.requirements[0]?.score ?? 1) + 0.1);
    expect(read?.score).toBeGreaterThan(byVectors?.score ?? 1);
    expect(read?.score).toBeLessThan(1);
    const [outcome] = read?.requirements ?? [];
    expect(outcome?.evidenceIds).toEqual(['analyst-1']);
    expect(outcome?.evidence).toMatchObject({ id: 'analyst-1', sentence: '用 pandas 清洗、分析订单数据' });
    expect(outcome?.evidence?.words).toEqual(expect.arrayContaining(['清洗', '分析', '数据']));
    // A pool holds no text: it ranks by the vectors, and its shortlist is read again from vectors.
    const pool = matcher.candidatePool([unrelated, analyst]);
    const shortlist = matcher.scoreCandidates(role, pool, { limit: 2 });
    expect(shortlist[0]?.requirements[0]?.evidence).toBeUndefined();
    const reread = matcher.scoreCandidates(
      role,
      shortlist.map((c) => [unrelated, analyst][c.index] as LearnerVector),
    );
    expect(reread[0]).toMatchObject({ learnerId: 'analyst', allEssentialMet: true });
  });

  it("reads a requirement's action as a task's: naming its object is not doing it", async () => {
    const ungated = await bundledMatcher({ scoring: { actionGate: false } });
    const requirementsOf = (m: typeof matcher, items: Omit<EvidenceInput, 'id'>[]) => {
      const role = m.requirementSet([
        { id: 'repair', text: '进行无人机维修', essential: true },
        { id: 'drawings', text: '识读焊接图纸和工艺文件', essential: false },
      ]);
      const vector = m.profileVector(
        items.map((item, i) => ({ ...item, id: `x-${i + 1}` })),
        { id: 'x' },
      );
      const [full] = m.scoreCandidates(role, [vector]);
      const [byVectors] = m.scoreCandidates(role, [vector], { meaning: false });
      return { full: full?.requirements ?? [], byVectors: byVectors?.requirements ?? [] };
    };
    // Flies drones and welds: never repairs a drone, never reads a drawing.
    const flierWelder = [
      { kind: 'work_project' as const, title: '无人机航拍', description: '操控无人机航拍楼盘和婚礼现场' },
      { kind: 'work_project' as const, title: '钢结构焊接', description: '在车间使用焊接设备焊接钢结构' },
    ];
    const read = requirementsOf(matcher, flierWelder);
    const plain = requirementsOf(ungated, flierWelder);
    for (const id of ['repair', 'drawings']) {
      const score = (list: typeof read.full) => list.find((o) => o.id === id)?.score ?? 0;
      // The whole text names the object; read without the action it would count in full.
      expect(score(plain.full)).toBe(score(read.byVectors));
      expect(score(read.full)).toBeLessThan(score(read.byVectors));
      expect(read.full.find((o) => o.id === id)?.met).toBe(false);
    }
    expect(plain.full.find((o) => o.id === 'repair')?.met).toBe(true);
    // Saying the action meets it.
    const repairer = requirementsOf(matcher, [
      { kind: 'work_project', title: '无人机维修', description: '维修无人机，更换电机和桨叶' },
    ]);
    expect(repairer.full.find((o) => o.id === 'repair')).toMatchObject({ met: true, evidenceIds: ['x-1'] });
  });

  it('breaks ties by learner id, then input position', () => {
    const ranked = matcher.scoreCandidates(set, [partial, partial]);
    expect(ranked.map((c) => c.index)).toEqual([0, 1]);
  });

  it('handles empty input', () => {
    expect(matcher.scoreCandidates(set, [])).toEqual([]);
    expect(matcher.scoreCandidates(set, [complete], { limit: 0 })).toEqual([]);
    const empty = learner('empty', []);
    expect(matcher.scoreCandidates(set, [empty])[0]?.score).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput, RequirementInput } from '../types.js';

const matcher = await bundledMatcher();
const taxonomy = await bundledTaxonomy();

/** Roles from every 7th occupation's tasks, some essential, some with a minimum level. */
const roles: RequirementInput[][] = [
  [
    { id: 'pv', text: '巡检光伏组件和逆变器，排查故障', essential: true },
    { id: 'safety', text: '遵守低压电气安全规程', essential: false },
  ],
  ...taxonomy.occupations
    .filter((_, i) => i % 7 === 0)
    .map((o, i) =>
      o.tasks.slice(0, 8).map((t, k) => ({
        id: `r${k + 1}`,
        text: t.text,
        essential: (i + k) % 3 === 0,
        ...(k % 4 === 1 ? { minLevel: 1 + ((i + k) % 6) } : {}),
      })),
    ),
];

const learners: EvidenceInput[][] = [
  [
    {
      id: 'a1',
      kind: 'work_project',
      title: '光伏电站运维',
      description: '巡检光伏组件，排查逆变器故障，记录发电数据',
      attested: true,
      skills: [{ name: '光伏运维', level: 4 }],
    },
    { id: 'a2', kind: 'learning', title: '电工基础', description: '学习低压电气安装和安全规程' },
  ],
  [
    {
      id: 'b1',
      kind: 'work_project',
      title: '电商直播',
      description: '策划直播带货，运营短视频账号，分析销售数据',
      skills: [{ name: '数据分析', level: 3 }],
    },
  ],
  [
    {
      id: 'c1',
      kind: 'competition',
      title: '焊接大赛',
      description: '钢结构焊接，识读焊接图纸',
      attested: true,
    },
  ],
];

describe('rankRoles', () => {
  const compact = roles.map((r) => matcher.roleRequirements(r));

  it.each(learners.map((items, i) => [i, items] as const))(
    'ranks learner %i against every role with the vector score of its employer pool, and describes the full reading',
    (_i, items) => {
      const learner = matcher.profileVector(items, { asOf: '2026-11-30', id: 'me' });
      const ranked = matcher.rankRoles(learner, compact, { limit: compact.length });
      expect(ranked).toHaveLength(compact.length);
      const described = matcher.describeRoles(learner, compact);
      for (const r of ranked) {
        const set = matcher.requirementSet(roles[r.index] ?? []);
        const [seen] = matcher.scoreCandidates(set, [learner]);
        const [byVectors] = matcher.scoreCandidates(set, [learner], { meaning: false });
        expect(described[r.index]).toEqual({ ...seen, index: r.index });
        expect({ index: r.index, score: r.score, allEssentialMet: r.allEssentialMet }).toEqual({
          index: r.index,
          score: byVectors?.score,
          allEssentialMet: byVectors?.allEssentialMet,
        });
      }
      // Best first: everyone meeting every essential requirement, then by score, ties in input order.
      const keys = ranked.map((r) => (r.allEssentialMet ? 2 : 0) + r.score);
      for (let i = 1; i < keys.length; i++) {
        const [before, after] = [keys[i - 1] as number, keys[i] as number];
        expect(
          before > after || (before === after && (ranked[i - 1]?.index ?? 0) < (ranked[i]?.index ?? 0)),
        ).toBe(true);
      }
    },
  );

  it('puts the role the evidence fits first, and keeps the top of the full ranking when limited', () => {
    const learner = matcher.profileVector(learners[0] ?? [], { asOf: '2026-11-30' });
    const all = matcher.rankRoles(learner, compact, { limit: compact.length });
    expect(matcher.rankRoles(learner, compact, { limit: 5 })).toEqual(all.slice(0, 5));
    expect(all[0]).toMatchObject({ index: 0, allEssentialMet: true });
    expect(matcher.rankRoles(learner, compact, { limit: 0 })).toEqual([]);
    expect(matcher.rankRoles(learner, [], { limit: 5 })).toEqual([]);
  });

  it('scores a learner without evidence 0 everywhere', () => {
    const nobody = matcher.profileVector([], {});
    const ranked = matcher.rankRoles(nobody, compact, { limit: compact.length });
    expect(ranked.every((r) => r.score === 0)).toBe(true);
    expect(ranked[0]?.index).not.toBe(0); // the essential requirement is missed: below roles with none
  });
});

import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';
import { SCORER_VERSION } from './scorer.js';

const matcher = await bundledMatcher();

const welder: EvidenceInput[] = [
  {
    id: 'w1',
    kind: 'credential',
    title: '焊工证',
    description: '考了焊工证，会电焊和氩弧焊，在车间焊接钢结构',
    occurredOn: '2026-06-01',
    attested: true,
    skills: [{ name: '焊接', level: 3 }],
  },
];

describe('match', () => {
  it('ranks the occupation the evidence describes first, with versions and a breakdown', () => {
    const result = matcher.match(welder, { limit: 5 });
    expect(result.scorer.version).toBe(SCORER_VERSION);
    expect(result.taxonomy).toEqual({ id: 'cn2022', version: '2022.1' });
    const [first] = result.matches;
    expect(first?.code).toBe('6-18-02-04');
    expect(first?.name).toBe('焊工');
    expect(first?.breakdown.taskCount).toBe(
      (first?.coveredTasks.length ?? 0) + (first?.missingTasks.length ?? 0),
    );
    expect(first?.breakdown.sharedTerms).toContain('焊接');
    expect(first?.breakdown.weights).toEqual({ profile: 0.4, coverage: 0.6, role: 0.15 });
    for (const covered of first?.coveredTasks ?? []) expect(covered.evidenceIds).toEqual(['w1']);
  });

  it('sorts by score, descending, ties by code', () => {
    const { matches } = matcher.match(welder, { limit: 20 });
    for (let i = 1; i < matches.length; i++) {
      const [prev, cur] = [matches[i - 1], matches[i]];
      if (!prev || !cur) continue;
      expect(prev.score > cur.score || (prev.score === cur.score && prev.code < cur.code)).toBe(true);
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    expect(JSON.stringify(matcher.match(welder))).toBe(JSON.stringify(matcher.match(welder)));
  });

  it('returns nothing for empty or meaningless evidence instead of noise', () => {
    expect(matcher.match([]).matches).toEqual([]);
    const nonsense = matcher.match([
      { id: 'x', kind: 'learning', title: 'asdfgh', description: '我今天很开心。' },
    ]);
    expect(nonsense.matches).toEqual([]);
    expect(nonsense.evidence[0]?.knownTerms).toBe(0);
  });

  it('filters digital and green occupations', () => {
    const evidence: EvidenceInput[] = [
      { id: 'd', kind: 'work_project', title: '数据分析', description: '用Python清洗数据，做可视化报表' },
    ];
    const digital = matcher.match(evidence, { digital: true, limit: 10 }).matches;
    expect(digital.length).toBeGreaterThan(0);
    for (const match of digital) expect(match.digital).toBe(true);
    for (const match of matcher.match(welder, { green: true }).matches) expect(match.green).toBe(true);
  });

  it('weighs attested, levelled, recent evidence more', () => {
    const weak = matcher.match(
      [{ ...welder[0], attested: false, skills: [], occurredOn: '2010-01-01' } as EvidenceInput],
      {
        asOf: '2026-06-01',
      },
    );
    const strong = matcher.match(welder, { asOf: '2026-06-01' });
    expect(strong.evidence[0]?.weight).toBeGreaterThan(weak.evidence[0]?.weight ?? 1);
    expect(strong.matches[0]?.score).toBeGreaterThan(weak.matches[0]?.score ?? 1);
  });

  it('adds the declared bonus when evidence names the occupation', () => {
    const declared = matcher.match([{ ...(welder[0] as EvidenceInput), occupationCodes: ['6-18-02-04'] }]);
    expect(declared.matches[0]?.breakdown.declaredBonus).toBe(0.05);
  });

  it('clamps the limit', () => {
    expect(matcher.match(welder, { limit: 0 }).matches).toEqual([]);
    expect(matcher.match(welder, { limit: 1000 }).matches.length).toBeLessThanOrEqual(100);
  });
});

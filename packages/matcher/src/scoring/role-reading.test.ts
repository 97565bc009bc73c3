import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { EvidenceInput, OccupationMatch } from '../types.js';
import { levelled } from './occupation-score.js';

const matcher = await bundledMatcher();
const withoutRole = await bundledMatcher({ scoring: { role: false } });

/** B recomputed from a match's breakdown, then S (the README's formula). */
function recomputed(match: OccupationMatch): number {
  const b = match.breakdown;
  const text =
    b.taskCoverage === null
      ? b.profileScore
      : b.weights.profile * b.profileScore + b.weights.coverage * b.taskCoverage;
  const base =
    (b.explained?.factor ?? 1) * ((1 - b.weights.role) * text + b.weights.role * (b.roleScore ?? 0));
  return Math.min(1, levelled(base, b.workLevel.factor) + b.declaredBonus);
}

const barista: EvidenceInput = {
  id: 'b',
  kind: 'work_project',
  title: '咖啡店咖啡师',
  description: '在咖啡店做了一年，每天做意式浓缩、打奶泡、拉花，也负责咖啡豆的保存',
};

describe('role read from evidence titles', () => {
  it('reads the job the title names with the job-title classifier, best candidate at 1', () => {
    const classified = matcher.classify({ title: barista.title, description: barista.description });
    const best = classified.candidates[0]?.code;
    const match = matcher.match([barista], { limit: 20 }).matches.find((m) => m.code === best);
    expect(match?.breakdown.roleScore).toBe(1);
    expect(match?.breakdown.weights.role).toBeGreaterThan(0);
  });

  it('keeps every score recomputable from its breakdown', () => {
    for (const match of matcher.match([barista], { limit: 20 }).matches)
      expect(match.score).toBeCloseTo(recomputed(match), 3);
  });

  it('leaves evidence without a title to profile and coverage', () => {
    const untitled = { ...barista, title: '' };
    const [first] = matcher.match([untitled]).matches;
    expect(first?.breakdown.roleScore).toBeNull();
    expect(first?.breakdown.weights.role).toBe(0);
    expect(JSON.stringify(matcher.match([untitled]).matches.map((m) => [m.code, m.score]))).toBe(
      JSON.stringify(withoutRole.match([untitled]).matches.map((m) => [m.code, m.score])),
    );
  });

  it('does not read form-of-evidence words in a title as a role (实训 is no 实训指导)', () => {
    const course: EvidenceInput = {
      id: 'c',
      kind: 'learning',
      title: '焊接实训课程',
      description: '学校实训课学习手工电弧焊和二氧化碳气体保护焊，完成平焊、立焊练习件',
    };
    const matches = matcher.match([course], { limit: 50 }).matches;
    expect(matches[0]?.code).toBe('6-18-02-04');
    const trainer = matches.find((m) => m.code === '2-06-08-04'); // 职业技术实训指导专业人员
    expect(trainer?.breakdown.roleScore ?? 0).toBe(0);
  });

  it('can be switched off for the ablation', () => {
    const [first] = withoutRole.match([barista]).matches;
    expect(first?.breakdown.roleScore).toBeNull();
  });
});

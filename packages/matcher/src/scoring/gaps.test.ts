import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';
import { GENERIC_WORDS } from './generic-words.js';

const matcher = await bundledMatcher();
const evidence: EvidenceInput[] = [
  {
    id: 'e1',
    kind: 'work_project',
    title: '数字农业',
    description: '在合作社装了土壤传感器，教农户用手机看数据，按数据浇水施肥',
  },
];

describe('gaps', () => {
  it('returns null for an unknown occupation', () => {
    expect(matcher.gaps(evidence, '9-99-99-99')).toBeNull();
  });

  it('ranks uncovered tasks by gain, each with a next step', () => {
    const report = matcher.gaps(evidence, '5-05-01-03');
    expect(report?.occupation).toEqual({ code: '5-05-01-03', name: '农业数字化技术员' });
    const gaps = report?.gaps ?? [];
    expect(gaps.length + (report?.coveredTasks.length ?? 0)).toBe(7);
    for (let i = 1; i < gaps.length; i++)
      expect(gaps[i - 1]?.gain).toBeGreaterThanOrEqual(gaps[i]?.gain ?? 0);
    for (const gap of gaps) {
      expect(gap.gain).toBeGreaterThan(0);
      expect(gap.nextStep.params.task).toBe(gap.text);
      expect(['learn', 'practise', 'assess', 'attest', 'detail']).toContain(gap.nextStep.action);
    }
    expect(report?.missingTerms.length).toBeGreaterThan(0);
  });

  it('names as missing only words a reader takes for a skill: no generic word, job word or fragment', () => {
    for (const code of ['6-28-01-10', '2-02-38-01', '2-02-38-05']) {
      const terms = matcher.gaps([], code)?.missingTerms ?? [];
      expect(terms.length).toBe(10);
      for (const term of terms) {
        expect(GENERIC_WORDS.has(term), term).toBe(false);
        expect(term, code).not.toMatch(/人员$|员$/);
      }
    }
    // 基于 and 技术人员 were the cohort report's most common missing terms; 电设备 is a piece of 发电设备.
    expect(matcher.gaps([], '2-02-38-01')?.missingTerms).not.toContain('基于');
    expect(matcher.gaps([], '6-28-01-10')?.missingTerms).not.toContain('电设备');
  });

  it('gives the same gaps without explanations, and the same twice (kept imagined coverage)', () => {
    const learner = matcher.profileVector(
      [
        ...evidence,
        {
          id: 'e2',
          kind: 'learning',
          title: '农业物联网课程',
          // Two of the occupation's own tasks: covered.
          description: (matcher.gaps([], '5-05-01-03')?.gaps ?? [])
            .slice(0, 2)
            .map((gap) => gap.text)
            .join('；'),
          occupationCodes: ['5-05-01-03'],
        },
      ],
      { asOf: '2026-06-01' },
    );
    const full = matcher.gapsForProfile(learner, '5-05-01-03');
    const brief = matcher.gapsForProfile(learner, '5-05-01-03', { explain: false });
    expect(full?.coveredTasks.length).toBeGreaterThan(0);
    // Batch work shows no steps: its tasks are not read for one (the step keeps the statement).
    const unread = (report: typeof full) => report?.gaps.map(({ nextStep: _step, ...gap }) => gap);
    expect({ ...brief, gaps: unread(brief) }).toEqual({
      ...full,
      gaps: unread(full),
      coveredTasks: [],
      breakdown: { ...full?.breakdown, sharedTerms: [] },
    });
    for (const gap of brief?.gaps ?? []) expect(gap.nextStep.params).toEqual({ task: gap.text });
    expect(matcher.gapsForProfile(learner, '5-05-01-03')).toEqual(full);
  });

  it('treats every task as a gap when there is no evidence', () => {
    const report = matcher.gaps([], '6-18-02-04');
    expect(report?.score).toBe(0);
    expect(report?.coveredTasks).toEqual([]);
    expect(report?.gaps.length).toBeGreaterThan(0);
  });
});

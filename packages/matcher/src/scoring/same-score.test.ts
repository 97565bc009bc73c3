import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { THREE_DIRECTIONS } from '../testing/three-directions.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();

/** The graduate of QA's item 2: two pieces pointing in two directions (qa.md, 1 December). */
const twoPieces: EvidenceInput[] = [
  {
    id: 'factory',
    kind: 'work_project',
    title: '电子厂工作',
    description: '在电子厂做了两年手机主板的焊接和检测',
    occurredOn: '2024-06-01',
  },
  {
    id: 'data',
    kind: 'work_project',
    title: '订单数据分析',
    description: '用 Python 清洗、分析订单数据',
    occurredOn: '2025-03-01',
  },
];

describe('one score per occupation: gaps score what the match list shows', () => {
  for (const [name, evidence] of [
    ['two pieces in two directions', twoPieces],
    ['three directions', [...THREE_DIRECTIONS]],
  ] as const) {
    it(`${name}: gaps(evidence, code).score is each listed occupation's score`, () => {
      const result = matcher.match(evidence, { limit: 20 });
      expect(result.directions?.length ?? 1).toBeGreaterThan(1);
      for (const match of result.matches) {
        const report = matcher.gaps(evidence, match.code);
        expect({ code: match.code, score: report?.score }).toEqual({ code: match.code, score: match.score });
        expect(report?.breakdown.direction).toEqual(match.breakdown.direction);
      }
    });

    it(`${name}: the same through gapsForProfile after rankProfile (as a cohort report does)`, () => {
      const vector = matcher.profileVector(evidence);
      const ranked = matcher.rankProfile(vector, { limit: 10 });
      expect(ranked.length).toBeGreaterThan(0);
      for (const rank of ranked)
        expect({
          code: rank.code,
          score: matcher.gapsForProfile(vector, rank.code, { explain: false })?.score,
        }).toEqual({ code: rank.code, score: rank.score });
      // A fresh vector (no ranking kept for it) ranks its directions again: the same scores.
      const fresh = matcher.profileVector(evidence);
      for (const rank of ranked) expect(matcher.gapsForProfile(fresh, rank.code)?.score).toBe(rank.score);
    });
  }

  it('the report reads the direction it scores: covered tasks and gaps name only its pieces', () => {
    const result = matcher.match(twoPieces);
    const analyst = result.matches.find((m) => m.code === '4-07-02-05');
    expect(analyst).toBeDefined();
    const report = matcher.gaps(twoPieces, '4-07-02-05');
    expect(report?.score).toBe(analyst?.score);
    for (const task of report?.coveredTasks ?? []) expect(task.evidenceIds).toEqual(['data']);
    for (const gap of report?.gaps ?? []) for (const id of gap.evidenceIds) expect(id).toBe('data');
    expect(report?.coveredTasks.map((t) => t.taskId)).toEqual(analyst?.coveredTasks.map((t) => t.taskId));
  });

  it('an occupation no direction ranks is scored by its best direction, weighed', () => {
    const result = matcher.match(twoPieces, { limit: 100 });
    const listed = new Set(result.matches.map((m) => m.code));
    const unlisted = ['2-09-03-05', '4-01-06-02', '6-18-02-04'].filter((code) => !listed.has(code));
    for (const code of unlisted) {
      const report = matcher.gaps(twoPieces, code);
      const byDirection = (result.directions ?? []).map((d) => {
        const own = matcher.gaps(
          twoPieces.filter((item) => d.evidenceIds.includes(item.id ?? '')),
          code,
        );
        return own?.score ?? 0;
      });
      expect(report?.score ?? 0).toBeLessThanOrEqual(Math.max(...byDirection));
    }
  });
});

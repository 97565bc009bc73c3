import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { THREE_DIRECTIONS } from '../testing/three-directions.js';
import type { EvidenceInput } from '../types.js';

const matcher = await bundledMatcher();

const threeDirections: EvidenceInput[] = [...THREE_DIRECTIONS];

describe('directions', () => {
  const result = matcher.match(threeDirections, { limit: 10 });

  it('groups the evidence into its three directions, each led by its occupation', () => {
    expect(result.directions?.map((d) => d.evidenceIds)).toEqual([['data'], ['weld'], ['live']]);
    expect(result.directions?.map((d) => d.matches[0]?.code)).toEqual([
      '4-07-02-05',
      '6-18-02-04',
      '4-01-06-02',
    ]);
    for (const direction of result.directions ?? []) expect(direction.label.length).toBeGreaterThan(0);
  });

  it('keeps each strong direction in the overall ranking, and form words out of it', () => {
    const codes = result.matches.map((m) => m.code);
    for (const code of ['4-07-02-05', '6-18-02-04', '4-01-06-02']) expect(codes).toContain(code);
    expect(codes).not.toContain('2-09-03-05'); // 电视导播
    expect(codes).not.toContain('2-06-08-04'); // 职业技术实训指导专业人员
    expect(codes[0]).toBe('6-18-02-04');
  });

  it('explains an overall match by the direction it comes from', () => {
    const welder = result.matches.find((m) => m.code === '6-18-02-04');
    for (const task of welder?.coveredTasks ?? []) expect(task.evidenceIds).toEqual(['weld']);
  });

  it('gives one list, without directions, when the evidence points one way', () => {
    const one = matcher.match([threeDirections[1] as EvidenceInput], { limit: 5 });
    expect(one.directions).toBeUndefined();
    expect(one.matches[0]?.code).toBe('6-18-02-04');
  });
});

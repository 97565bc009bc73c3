import { describe, expect, it } from 'vitest';
import type { EvidenceInput } from '../types.js';
import { evidenceFactors, evidenceLevel, parseDay, referenceDay } from './evidence-weight.js';

const base: EvidenceInput = { id: 'e', kind: 'work_project', title: 't', description: 'd' };

describe('evidence weights', () => {
  it('weighs kinds, attestation and levels', () => {
    const today = parseDay('2026-01-01');
    const project = evidenceFactors({ ...base, attested: true, skills: [{ name: 'x', level: 8 }] }, today);
    expect(project).toEqual({ kind: 1, attestation: 1, level: 1, recency: 0.85 });
    const course = evidenceFactors({ ...base, kind: 'learning', skills: [{ name: 'x', level: 1 }] }, today);
    expect(course.kind).toBe(0.7);
    expect(course.attestation).toBe(0.8);
    expect(course.level).toBeCloseTo(0.7);
  });

  it('halves recency every five years, with a floor', () => {
    const today = parseDay('2026-01-01');
    expect(evidenceFactors({ ...base, occurredOn: '2026-01-01' }, today).recency).toBe(1);
    expect(evidenceFactors({ ...base, occurredOn: '2021-01-01' }, today).recency).toBeCloseTo(0.5, 2);
    expect(evidenceFactors({ ...base, occurredOn: '1990-01-01' }, today).recency).toBe(0.4);
    expect(evidenceFactors({ ...base, occurredOn: '2030-01-01' }, today).recency).toBe(1);
  });

  it('ignores invalid dates and levels', () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
    expect(
      evidenceLevel({
        ...base,
        skills: [
          { name: 'x', level: 9 },
          { name: 'y', level: 2.5 },
        ],
      }),
    ).toBeNull();
  });

  it('measures recency from asOf, else from the latest evidence date', () => {
    const items = [
      { ...base, occurredOn: '2024-03-01' },
      { ...base, occurredOn: '2025-06-01' },
    ];
    expect(referenceDay(items, '2026-01-01')).toBe(parseDay('2026-01-01'));
    expect(referenceDay(items)).toBe(parseDay('2025-06-01'));
    expect(referenceDay([base])).toBeNull();
  });
});

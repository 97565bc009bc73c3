import { evidenceWeight } from '@skillbank/core';
import { describe, expect, it } from 'vitest';
import type { EvidenceInput } from '../types.js';
import { evidenceFactors, evidenceLevel, parseDay, referenceDay } from './evidence-weight.js';

const base: EvidenceInput = { id: 'e', kind: 'work_project', title: 't', description: 'd' };

describe('evidence weights', () => {
  it('weighs kinds and attestation with the formula of core, not the level', () => {
    const today = parseDay('2026-01-01');
    const project = evidenceFactors({ ...base, attested: true, skills: [{ name: 'x', level: 8 }] }, today);
    expect(project).toEqual({ kind: 0.8, attestation: 1, recency: 1 });
    const course = evidenceFactors({ ...base, kind: 'learning', skills: [{ name: 'x', level: 1 }] }, today);
    expect(course).toEqual({ kind: 0.6, attestation: 0.4, recency: 1 });
    // The same numbers as the skill profile gives the same piece.
    const dated = { ...base, kind: 'assessment' as const, occurredOn: '2021-01-01' };
    const f = evidenceFactors(dated, today);
    expect(f.kind * f.attestation * f.recency).toBe(
      evidenceWeight({ kind: 'assessment', attested: false, occurredOn: '2021-01-01' }, '2026-01-01'),
    );
  });

  it('halves recency every five years, counts future dates as new and undated ones as current', () => {
    const today = parseDay('2026-01-01');
    expect(evidenceFactors({ ...base, occurredOn: '2026-01-01' }, today).recency).toBe(1);
    expect(evidenceFactors({ ...base, occurredOn: '2021-01-01' }, today).recency).toBeCloseTo(0.5, 2);
    expect(evidenceFactors({ ...base, occurredOn: '2011-01-01' }, today).recency).toBeCloseTo(0.125, 2);
    expect(evidenceFactors({ ...base, occurredOn: '2030-01-01' }, today).recency).toBe(1);
    expect(evidenceFactors(base, today).recency).toBe(1);
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

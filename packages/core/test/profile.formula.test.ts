/** The skill profile formula: pinned behaviour, so a change to it is a deliberate, versioned change. */
import { describe, expect, it } from 'vitest';
import {
  deriveProfile,
  evidenceWeight,
  evidenceWeightParts,
  PROFILE_FORMULA_VERSION,
  type ProfileEvidence,
} from '../src/profile/profile.formula.js';

const AS_OF = '2026-06-01';
const piece = (overrides: Partial<ProfileEvidence> & { id: string }): ProfileEvidence => ({
  kind: 'work_project',
  attested: false,
  occurredOn: '2026-05-01',
  skills: [{ name: 'PLC编程', level: 3 }],
  ...overrides,
});
const skill = (evidence: ProfileEvidence[], key = 'plc编程') =>
  deriveProfile(evidence, AS_OF).skills.find((s) => s.key === key);

describe('evidenceWeight', () => {
  it('is kind × attestation × recency, at most 1', () => {
    expect(evidenceWeight({ kind: 'assessment', attested: true, occurredOn: AS_OF }, AS_OF)).toBe(1);
    expect(evidenceWeightParts({ kind: 'learning', attested: false, occurredOn: AS_OF }, AS_OF)).toEqual({
      kind: 0.6,
      attestation: 0.4,
      recency: 1,
      weight: 0.6 * 0.4,
    });
  });

  it('attested evidence outweighs the same self-claim', () => {
    const base = { kind: 'work_project' as const, occurredOn: '2025-01-01' };
    expect(evidenceWeight({ ...base, attested: true }, AS_OF)).toBeGreaterThan(
      2 * evidenceWeight({ ...base, attested: false }, AS_OF),
    );
  });

  it('halves every five years from when the evidence ended', () => {
    const fresh = evidenceWeight({ kind: 'credential', attested: true, occurredOn: '2026-06-01' }, AS_OF);
    const old = evidenceWeight({ kind: 'credential', attested: true, occurredOn: '2021-06-01' }, AS_OF);
    expect(old / fresh).toBeCloseTo(0.5, 2);
    const ongoing = evidenceWeight(
      { kind: 'credential', attested: true, occurredOn: '2016-06-01', endedOn: '2026-06-01' },
      AS_OF,
    );
    expect(ongoing).toBe(fresh);
    expect(evidenceWeight({ kind: 'credential', attested: true, occurredOn: '2027-01-01' }, AS_OF)).toBe(
      fresh,
    );
  });

  it('ranks kinds: assessment > credential > competition > work project > learning', () => {
    const w = (kind: ProfileEvidence['kind']) =>
      evidenceWeight({ kind, attested: true, occurredOn: AS_OF }, AS_OF);
    expect(w('assessment')).toBeGreaterThan(w('credential'));
    expect(w('credential')).toBeGreaterThan(w('competition'));
    expect(w('competition')).toBeGreaterThan(w('work_project'));
    expect(w('work_project')).toBeGreaterThan(w('learning'));
  });
});

describe('deriveProfile', () => {
  it('names its version and date, and gives level, label, confidence and provenance per skill', () => {
    const profile = deriveProfile([piece({ id: 'e1' })], AS_OF);
    expect(profile.formula).toEqual({ version: PROFILE_FORMULA_VERSION });
    expect(profile.asOf).toBe(AS_OF);
    expect(profile.skills).toEqual([
      {
        name: 'PLC编程',
        key: 'plc编程',
        core: null,
        level: 3,
        levelLabel: { zh: '中级工', en: 'intermediate worker' },
        levelScore: 3,
        confidence: expect.any(Number),
        evidenceIds: ['e1'],
        contributions: [{ evidenceId: 'e1', weight: expect.any(Number), level: 3, attested: false }],
      },
    ]);
  });

  it('an attested claim outweighs a conflicting self-claim, in level and in confidence', () => {
    const self = piece({ id: 'self', skills: [{ name: 'PLC编程', level: 6 }] });
    const vouched = piece({ id: 'vouched', attested: true, skills: [{ name: 'PLC编程', level: 2 }] });
    expect(skill([self, vouched])?.level).toBe(3);
    expect(skill([vouched])?.confidence).toBeGreaterThan(skill([self])?.confidence ?? 1);
  });

  it('an attester’s level replaces the claimed one (the lowest when several attested)', () => {
    const e = piece({ id: 'e', attested: true, attestedLevel: 4, skills: [{ name: 'PLC编程', level: 7 }] });
    expect(skill([e])?.level).toBe(4);
  });

  it('old evidence decays: the same piece five years older counts half and gives less confidence', () => {
    const recent = skill([piece({ id: 'r', occurredOn: '2026-05-01' })]);
    const old = skill([piece({ id: 'o', occurredOn: '2021-05-01' })]);
    expect(old?.contributions[0]?.weight).toBeCloseTo((recent?.contributions[0]?.weight ?? 0) / 2, 2);
    expect(old?.confidence).toBeLessThan(recent?.confidence ?? 0);
    // And recent evidence pulls the level towards itself.
    const mixed = skill([
      piece({ id: 'a', occurredOn: '2011-01-01', skills: [{ name: 'PLC编程', level: 8 }] }),
      piece({ id: 'b', occurredOn: '2026-01-01', skills: [{ name: 'PLC编程', level: 2 }] }),
    ]);
    expect(mixed?.level).toBe(3);
  });

  it('more agreeing evidence raises confidence; disagreeing evidence lowers it', () => {
    const one = skill([piece({ id: 'a' })])?.confidence ?? 0;
    const two = skill([piece({ id: 'a' }), piece({ id: 'b' })])?.confidence ?? 0;
    const split =
      skill([
        piece({ id: 'a', skills: [{ name: 'PLC编程', level: 1 }] }),
        piece({ id: 'b', skills: [{ name: 'PLC编程', level: 7 }] }),
      ])?.confidence ?? 1;
    expect(two).toBeGreaterThan(one);
    expect(split).toBeLessThan(two);
    expect(Math.max(one, two, split)).toBeLessThanOrEqual(1);
  });

  it('evidence that is not passed in (revoked or superseded) does not count', () => {
    const kept = piece({ id: 'kept', skills: [{ name: '焊接', level: 2 }] });
    const revoked = piece({
      id: 'revoked',
      skills: [
        { name: '焊接', level: 8 },
        { name: '无人机驾驶', level: 5 },
      ],
    });
    const before = deriveProfile([kept, revoked], AS_OF);
    const after = deriveProfile([kept], AS_OF);
    expect(before.skills.map((s) => s.name)).toContain('无人机驾驶');
    expect(after.skills.map((s) => s.name)).toEqual(['焊接']);
    expect(after.skills[0]?.level).toBe(2);
  });

  it('normalises core transferable skills, with English aliases, and counts a skill once per piece', () => {
    const profile = deriveProfile(
      [
        piece({
          id: 'a',
          skills: [
            { name: 'Digital skills', level: 3 },
            { name: '数字技能', level: 4 },
          ],
        }),
        piece({ id: 'b', skills: [{ name: ' TEAMWORK ' }, { name: '团队协作' }] }),
        piece({ id: 'c', skills: [{ name: '创新' }] }),
      ],
      AS_OF,
    );
    const digital = profile.skills.find((s) => s.core === 'digital');
    expect(digital).toMatchObject({ name: '数字技能', level: 4, evidenceIds: ['a'] });
    expect(profile.skills.find((s) => s.core === 'teamwork')).toMatchObject({
      name: '团队合作',
      level: null,
      evidenceIds: ['b'],
    });
    expect(profile.skills.find((s) => s.core === 'innovation')?.name).toBe('创新创造');
  });

  it('is deterministic: the same evidence in any order gives the same profile', () => {
    const evidence = [
      piece({ id: 'x1', kind: 'assessment', attested: true, skills: [{ name: 'CAD 制图', level: 4 }] }),
      piece({
        id: 'x2',
        kind: 'learning',
        occurredOn: '2019-03-01',
        skills: [{ name: 'cad 制图', level: 2 }, { name: '沟通' }],
      }),
      piece({
        id: 'x3',
        kind: 'competition',
        occurredOn: '2024-09-09',
        skills: [{ name: 'CAD  制图', level: 5 }],
      }),
    ];
    const a = deriveProfile(evidence, AS_OF);
    const b = deriveProfile([...evidence].reverse(), AS_OF);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.skills.find((s) => s.key === 'cad 制图')?.name).toBe('CAD 制图');
  });

  it('pins the numbers of formula 1.0.0', () => {
    const profile = deriveProfile(
      [
        piece({
          id: 'p1',
          kind: 'assessment',
          attested: true,
          occurredOn: '2026-06-01',
          skills: [{ name: 'PLC编程', level: 4 }],
        }),
        piece({
          id: 'p2',
          kind: 'work_project',
          attested: false,
          occurredOn: '2021-06-01',
          skills: [{ name: 'PLC编程', level: 2 }],
        }),
      ],
      AS_OF,
    );
    expect(profile.skills[0]).toMatchObject({ level: 4, levelScore: 3.72, confidence: 0.627 });
    expect(profile.skills[0]?.contributions.map((c) => c.weight)).toEqual([1, 0.16]);
  });
});

/**
 * The sibling contrast of `run.ts --siblings` (`sibling-contrast.ts`): its figures are only as good
 * as the contrast profiles and the kinds of miss, so both are checked on what they must say.
 */
import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import type { IndexState } from '../index-state.js';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { contrastProfiles, contrastSimilarity, missKind } from './sibling-contrast.js';

const state = indexStateOf(await bundledMatcher()) as IndexState;
const contrasts = contrastProfiles(state);

describe('contrast profiles within the minor group', () => {
  const code = (c: string) => state.occupationByCode.get(c) ?? -1;
  // 4-03-02: 咖啡师, 调饮师, 调酒师, 茶艺师 … (one minor group of the classification).
  const group = state.occupations.flatMap((o, i) => (o.minorCode === '4-03-02' ? [i] : []));

  it('weighs a term every sibling uses 0 and a term only one uses as in its profile', () => {
    const groups = new Map<string, number[]>();
    state.occupations.forEach((o, i) => {
      if (o.minorCode) groups.set(o.minorCode, [...(groups.get(o.minorCode) ?? []), i]);
    });
    let checked = 0;
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const shared = [...(state.profiles[members[0] as number]?.ids ?? [])].filter((id) =>
        members.every((o) => state.profiles[o]?.ids.includes(id)),
      );
      for (const o of members) for (const id of shared) expect(contrasts[o]?.ids.includes(id)).toBe(false);
      checked += shared.length;
    }
    expect(checked).toBeGreaterThan(100);
    expect(group.length).toBeGreaterThan(2);
    const coffee = code('4-03-02-08');
    const id = state.vocabulary.known('咖啡') ?? -1;
    const owners = group.filter((o) => state.profiles[o]?.ids.includes(id));
    expect(owners).toEqual([coffee]);
    const profile = state.profiles[coffee];
    const at = (ids: Int32Array | undefined) => ids?.indexOf(id) ?? -1;
    expect(contrasts[coffee]?.values[at(contrasts[coffee]?.ids)]).toBeCloseTo(
      profile?.values[at(profile?.ids)] ?? Number.NaN,
      6,
    );
  });

  it('reads the barista profile closer to the barista contrast than to the tea master contrast', () => {
    const evidence = state.profiles[code('4-03-02-08')];
    if (!evidence) throw new Error('no profile');
    const barista = contrastSimilarity(evidence, contrasts[code('4-03-02-08')] ?? null);
    const tea = contrastSimilarity(evidence, contrasts[code('4-03-02-07')] ?? null);
    expect(barista).toBeGreaterThan(tea);
    expect(barista).toBeLessThanOrEqual(1 + 1e-6);
    expect(contrastSimilarity(evidence, null)).toBe(0);
  });
});

describe('kinds of miss', () => {
  const occupation = (code: string) => {
    const entry = state.occupations[state.occupationByCode.get(code) ?? -1];
    if (!entry) throw new Error(code);
    return entry;
  };
  it('names a sibling by its minor group, then its middle group, then the level of work', () => {
    expect(missKind(occupation('4-03-02-08'), occupation('4-03-02-10'))).toBe('minor');
    expect(missKind(occupation('2-02-18-03'), occupation('2-02-20-03'))).toBe('middle');
    expect(missKind(occupation('2-02-12-03'), occupation('4-11-01-01'))).toBe('level');
    expect(missKind(occupation('4-03-02-08'), occupation('4-02-02-05'))).toBe('other');
  });
});

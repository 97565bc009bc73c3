/**
 * `run.ts --siblings` (issue 9, siblings session; not in `npm test`): what the narrative misses are,
 * and whether reading the evidence against what tells neighbouring occupations apart would decide
 * them. Tried in the scorer and not kept (README, "Telling neighbouring occupations apart"); this
 * prints the two facts that explain why:
 *
 * - the misses by kind: the top 1 in the label's minor group, in its middle group (a sibling), at
 *   the other level of work (2 vs 4–6), or elsewhere; where the label stands then;
 * - the **contrast reading** against the current order: each occupation's profile weighed by an idf
 *   within its minor group (a term every sibling uses weighs 0, one only it uses 1; from the
 *   classification, no item lists), and the evidence's cosine with it. For every narrative whose
 *   label and a sibling of it are both in the first 5, does the contrast rank the label above that
 *   sibling — where the label is first already, and where the sibling is?
 */
import type { IndexState } from '../index-state.js';
import type { MatcherIndex } from '../matcher-index.js';
import type { SparseVector } from '../vector/sparse-vector.js';
import type { Narrative } from './datasets.js';

/** An occupation's profile against its group: ids, weights p_t × idf_t within the group, and the norm. */
export interface Contrast {
  ids: Int32Array;
  values: Float32Array;
  norm: number;
}

/**
 * The contrast profile of every occupation against the other occupations of its group
 * (`groupOf`: its minor group by default): each term of its profile × ln(n / df) / ln(n), n the
 * group's occupations, df those whose profile has the term. Null for an occupation alone in its group.
 */
export function contrastProfiles(
  state: IndexState,
  groupOf: (o: number) => string | null = (o) => state.occupations[o]?.minorCode ?? null,
  vectors: readonly SparseVector[] = state.profiles,
): (Contrast | null)[] {
  const members = new Map<string, number[]>();
  state.occupations.forEach((_, o) => {
    const group = groupOf(o);
    if (group === null) return;
    const list = members.get(group);
    if (list) list.push(o);
    else members.set(group, [o]);
  });
  const result: (Contrast | null)[] = new Array(state.occupations.length).fill(null);
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const df = new Map<number, number>();
    for (const o of list) {
      const vector = vectors[o];
      if (!vector) continue;
      for (const id of vector.ids) df.set(id, (df.get(id) ?? 0) + 1);
    }
    const n = list.length;
    for (const o of list) {
      const vector = vectors[o];
      if (!vector) continue;
      const ids: number[] = [];
      const values: number[] = [];
      let sum = 0;
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i] as number;
        const weight = Math.log(n / (df.get(id) ?? n)) / Math.log(n);
        if (weight <= 0) continue;
        const value = (vector.values[i] as number) * weight;
        ids.push(id);
        values.push(value);
        sum += value * value;
      }
      result[o] = { ids: Int32Array.from(ids), values: Float32Array.from(values), norm: Math.sqrt(sum) };
    }
  }
  return result;
}

/** Cosine of a (unit) evidence profile with a contrast profile; 0 for none. */
export function contrastSimilarity(evidence: SparseVector, contrast: Contrast | null): number {
  if (!contrast || contrast.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < evidence.ids.length && j < contrast.ids.length) {
    const a = evidence.ids[i] as number;
    const b = contrast.ids[j] as number;
    if (a === b) {
      sum += (evidence.values[i] as number) * (contrast.values[j] as number);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return sum / contrast.norm;
}

export type MissKind = 'minor' | 'middle' | 'level' | 'other';

/** Professional (major group 2), worker (4, 5, 6) or neither, for the kind of a miss. */
function levelOf(majorCode: string): string {
  if (majorCode === '2') return 'professional';
  return ['4', '5', '6'].includes(majorCode) ? 'worker' : majorCode;
}

/**
 * The kind of a top-1 miss: the top 1 shares the label's minor group, else its middle group (both:
 * a sibling), else it is at the other level of work (2 vs 4–6), else elsewhere.
 */
export function missKind(
  label: { minorCode: string | null; middleCode: string | null; majorCode: string },
  top: { minorCode: string | null; middleCode: string | null; majorCode: string },
): MissKind {
  if (label.minorCode !== null && top.minorCode === label.minorCode) return 'minor';
  if (label.middleCode !== null && top.middleCode === label.middleCode) return 'middle';
  return levelOf(top.majorCode) !== levelOf(label.majorCode) ? 'level' : 'other';
}

export interface SiblingFigures {
  items: number;
  misses: Record<MissKind, number>;
  /** Where the label stands when the top 1 is wrong (0: not in the first 15). */
  labelRank: { second: number; thirdToFifth: number; sixthTo15th: number; beyond: number };
  /** Sibling misses (minor or middle) with the label 2nd–5th. */
  siblingAt2to5: number;
  /**
   * Per reading (`SIBLING_READINGS`), between the label and its strongest sibling (same minor group)
   * in the first 5: where the label is first, does the reading put it above the sibling (agrees) or
   * not; where that sibling is first, does the reading pick the label or the sibling. Ties apart.
   */
  readings: Record<
    SiblingReading,
    { agrees: number; disagrees: number; label: number; sibling: number; ties: number }
  >;
}

/**
 * The readings compared: the contrast of the whole evidence with the occupations' profiles, and of
 * the evidence titles alone with their names (each weighed by the idf within the minor group), and
 * the role the titles name as the scorer reads it (`breakdown.roleScore`, R).
 */
export const SIBLING_READINGS = [
  'profile contrast',
  'name contrast of the titles',
  'role read (R, shipped)',
] as const;
export type SiblingReading = (typeof SIBLING_READINGS)[number];

/** The figures of one narrative set (`limit` 15: the occupations read by meaning). */
export function siblingFigures(
  matcher: MatcherIndex,
  state: IndexState,
  contrasts: { profiles: readonly (Contrast | null)[]; names: readonly (Contrast | null)[] },
  narratives: readonly Narrative[],
): SiblingFigures {
  const figures: SiblingFigures = {
    items: narratives.length,
    misses: { minor: 0, middle: 0, level: 0, other: 0 },
    labelRank: { second: 0, thirdToFifth: 0, sixthTo15th: 0, beyond: 0 },
    siblingAt2to5: 0,
    readings: Object.fromEntries(
      SIBLING_READINGS.map((r) => [r, { agrees: 0, disagrees: 0, label: 0, sibling: 0, ties: 0 }]),
    ) as SiblingFigures['readings'],
  };
  const entry = (code: string) => state.occupations[state.occupationByCode.get(code) ?? -1];
  for (const narrative of narratives) {
    const matches = matcher.match(narrative.evidence, { limit: 15 }).matches;
    const codes = matches.map((m) => m.code);
    const label = entry(narrative.code);
    const top = codes[0] === undefined ? undefined : entry(codes[0]);
    if (!label) continue;
    const rank = codes.indexOf(narrative.code) + 1;
    if (rank !== 1 && top) {
      const kind = missKind(label, top);
      figures.misses[kind]++;
      if (rank === 2) figures.labelRank.second++;
      else if (rank >= 3 && rank <= 5) figures.labelRank.thirdToFifth++;
      else if (rank >= 6) figures.labelRank.sixthTo15th++;
      else figures.labelRank.beyond++;
      if ((kind === 'minor' || kind === 'middle') && rank >= 2 && rank <= 5) figures.siblingAt2to5++;
    }
    if (rank < 1 || rank > 5 || !label.minorCode) continue;
    // The strongest sibling of the label (same minor group) in the first 5.
    const rival = codes
      .slice(0, 5)
      .find((c) => c !== narrative.code && entry(c)?.minorCode === label.minorCode);
    if (rival === undefined) continue;
    if (rank !== 1 && codes[0] !== rival) continue;
    const profile = matcher.profileVector(narrative.evidence).profile;
    const titles = matcher.profileVector(
      narrative.evidence.map((item) => ({ ...item, description: '' })),
    ).profile;
    const index = (code: string) => state.occupationByCode.get(code) ?? -1;
    const read: Record<SiblingReading, (code: string) => number> = {
      'profile contrast': (code) => contrastSimilarity(profile, contrasts.profiles[index(code)] ?? null),
      'name contrast of the titles': (code) =>
        contrastSimilarity(titles, contrasts.names[index(code)] ?? null),
      'role read (R, shipped)': (code) => matches.find((m) => m.code === code)?.breakdown.roleScore ?? 0,
    };
    for (const reading of SIBLING_READINGS) {
      const tally = figures.readings[reading];
      const a = read[reading](narrative.code);
      const b = read[reading](rival);
      if (a === b) tally.ties++;
      else if (rank === 1) tally[a > b ? 'agrees' : 'disagrees']++;
      else tally[a > b ? 'label' : 'sibling']++;
    }
  }
  return figures;
}

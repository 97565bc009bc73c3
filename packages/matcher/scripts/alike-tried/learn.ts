import type { TaxonomyData } from '@skillbank/core';
import { buildIndexState } from '../../src/build-matcher-index.js';
import {
  ALIKE_SETTINGS,
  type AlikePair,
  type AlikeSettings,
  learnAlike,
  learnSubstitutes,
} from '../../src/eval/learned-alike.js';
import { type Clause, parseClauses } from '../../src/scoring/task-meaning.js';

/** The clauses of the task statements and definitions, as the index reads them. */
export function classificationClauses(data: TaxonomyData): Clause[] {
  const state = buildIndexState(data);
  const clauses: Clause[] = state.taskClauses.flat();
  for (const occ of data.occupations)
    if (occ.definition) clauses.push(...parseClauses(state.analyzer, occ.definition));
  return clauses;
}

export interface Learned {
  name: string;
  pairs: AlikePair[];
}

export function learnedSets(clauses: Clause[]): Learned[] {
  const out: Learned[] = [];
  for (const [name, s, parts] of [
    ['verbs, mutual top 3, cos ≥ 0.1, support ≥ 10', {}, ['verb']],
    ['verbs+objects, mutual top 3, cos ≥ 0.1, support ≥ 10', {}, ['verb', 'object']],
    ['verbs, mutual top 1, cos ≥ 0.1, support ≥ 10', { mutualTop: 1 }, ['verb']],
    ['verbs, mutual top 3, cos ≥ 0.15, support ≥ 10', { minCosine: 0.15 }, ['verb']],
    ['objects, mutual top 3, cos ≥ 0.1, support ≥ 10', {}, ['object']],
    ['verbs, mutual top 3, cos ≥ 0.1, support ≥ 10, never in one clause', { maxTogether: 0 }, ['verb']],
    [
      'verbs+objects, mutual top 3, cos ≥ 0.1, support ≥ 10, never in one clause',
      { maxTogether: 0 },
      ['verb', 'object'],
    ],
  ] as [string, Partial<AlikeSettings>, string[]][]) {
    const pairs = learnAlike(clauses, { ...ALIKE_SETTINGS, ...s }).filter((p) => parts.includes(p.part));
    out.push({ name: `${name} (${pairs.length} pairs)`, pairs });
  }
  for (const [name, min, parts] of [
    ['substitutes, verbs, ≥ 2 frames', 2, ['verb']],
    ['substitutes, verbs and objects, ≥ 2 frames', 2, ['verb', 'object']],
    ['substitutes, verbs, ≥ 3 frames', 3, ['verb']],
    ['substitutes, verbs, ≥ 2 frames, never in one clause', -2, ['verb']],
    ['substitutes, verbs and objects, ≥ 2 frames, never in one clause', -2, ['verb', 'object']],
  ] as [string, number, string[]][]) {
    const pairs = learnSubstitutes(clauses, { minFrames: Math.abs(min), neverTogether: min < 0 }).filter(
      (p) => parts.includes(p.part),
    );
    out.push({ name: `${name} (${pairs.length} pairs)`, pairs });
  }
  return out;
}

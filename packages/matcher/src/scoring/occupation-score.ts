/** The formula of `scorer.ts` applied to one occupation, with its breakdown. */
import type { IndexState, OccupationEntry } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { NGRAM_PREFIX } from '../text/analyzer.js';
import type { MatchBreakdown } from '../types.js';
import { sharedContributions } from '../vector/sparse-vector.js';
import { learnerRoleOf, type RoleReading } from './role-reading.js';
import { round4, SCORER, saturate } from './scorer.js';
import { workLevelFactor } from './work-level.js';

export interface OccupationScore {
  score: number;
  breakdown: Omit<MatchBreakdown, 'sharedTerms'>;
}

/**
 * Score from the profile similarity, the coverage of each of the occupation's tasks and, when the
 * evidence's titles name a role, how strongly they name this occupation (`role`: null when none do).
 */
export function scoreOccupation(
  profileSimilarity: number,
  taskCoverage: ArrayLike<number>,
  declaredBonus: number,
  workLevel: { evidence: number | null; occupation: number; factor: number } = NEUTRAL_WORK_LEVEL,
  role: { score: number; share: number } | null = null,
  /** How much of the evidence the occupation explains, and the factor B takes (null: not read, 1). */
  explained: { share: number; factor: number } | null = null,
): OccupationScore {
  const profileScore = saturate(profileSimilarity, SCORER.profileSaturation);
  const taskCount = taskCoverage.length;
  let sum = 0;
  let covered = 0;
  for (let i = 0; i < taskCount; i++) {
    const value = taskCoverage[i] as number;
    sum += value;
    if (value >= SCORER.coveredThreshold) covered++;
  }
  const coverage = taskCount === 0 ? null : sum / taskCount;
  const raw =
    (explained?.factor ?? 1) *
    withRole(
      coverage === null
        ? profileScore
        : SCORER.profileWeight * profileScore + SCORER.coverageWeight * coverage,
      role,
    );
  return {
    score: round4(Math.min(1, levelled(raw, workLevel.factor) + declaredBonus)),
    breakdown: {
      profileSimilarity: round4(profileSimilarity),
      profileScore: round4(profileScore),
      taskCoverage: coverage === null ? null : round4(coverage),
      coveredTaskCount: covered,
      taskCount,
      declaredBonus,
      roleScore: role === null ? null : round4(role.score),
      weights: {
        profile: SCORER.profileWeight,
        coverage: SCORER.coverageWeight,
        role: role === null ? 0 : role.share,
      },
      workLevel: {
        evidence: workLevel.evidence === null ? null : round4(workLevel.evidence),
        occupation: round4(workLevel.occupation),
        factor: round4(workLevel.factor),
      },
      explained: explained === null ? null : { share: explained.share, factor: round4(explained.factor) },
    },
  };
}

/**
 * The level of work applied to a score B in [0, 1]: 1 − (1 − B)^F. The factor scales the shortfall
 * from a perfect score rather than the score, so agreeing levels (F > 1) raise B and disagreeing ones
 * (F < 1) lower it without ever pushing it past 1 — two near-perfect occupations keep their order
 * instead of tying at the cap.
 */
export function levelled(score: number, factor: number): number {
  if (factor === 1 || score <= 0) return score;
  return 1 - (1 - Math.min(1, score)) ** factor;
}

const NEUTRAL_WORK_LEVEL = Object.freeze({ evidence: null, occupation: 0.5, factor: 1 });

/** The level-of-work part of a learner's score for one occupation. */
export function workLevelOf(
  state: IndexState,
  learner: LearnerVector,
  index: number,
): { evidence: number | null; occupation: number; factor: number } {
  const occupation = state.workShares[index] ?? 0.5;
  return {
    evidence: learner.workLevel?.share ?? null,
    occupation,
    factor: state.scoring.workLevel ? workLevelFactor(learner.workLevel, occupation) : 1,
  };
}

/**
 * B of the formula: profile and task coverage and the role reading `role` at its `share` (0 when
 * no evidence title names a role); before the level of work and the declared bonus.
 */
export function baseScore(
  profileSimilarity: number,
  coverage: Float64Array,
  start: number,
  end: number,
  role = 0,
  share = 0,
): number {
  const profileScore = saturate(profileSimilarity, SCORER.profileSaturation);
  let text = profileScore;
  if (end > start) {
    let sum = 0;
    for (let t = start; t < end; t++) sum += coverage[t] as number;
    text = SCORER.profileWeight * profileScore + SCORER.coverageWeight * (sum / (end - start));
  }
  return share === 0 ? text : (1 - share) * text + share * role;
}

/** (1 − share) · text part + share · role reading; the text part alone when no title names a role. */
function withRole(text: number, role: { score: number; share: number } | null): number {
  return role === null ? text : (1 - role.share) * text + role.share * role.score;
}

/** The role reading of occupation `index` for a learner: null when no item's title names a role. */
export function roleOf(
  state: IndexState,
  learner: LearnerVector,
  index: number,
): { score: number; share: number } | null {
  const role = learnerRoleOf(state, learner);
  if (!role) return null;
  return { score: roleValue(role, index), share: role.share };
}

/** The reading's value for occupation `index` (0 when the titles do not name it). */
function roleValue(role: RoleReading, index: number): number {
  // Binary search: the reading keeps its occupations in ascending order.
  let lo = 0;
  let hi = role.indices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = role.indices[mid] as number;
    if (at === index) return role.values[mid] as number;
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** S of the formula from B: 1 − (1 − B)^F + declared bonus, capped at 1, rounded for output. */
export function finalScore(base: number, declaredBonus: number, workFactor: number): number {
  return round4(Math.min(1, levelled(base, workFactor) + declaredBonus));
}

/** Bonus for evidence that names the occupation (or another in its group: the minor group in CN-2022). */
export function declaredBonus(
  state: IndexState,
  learner: LearnerVector,
  occupation: OccupationEntry,
): number {
  let bonus = 0;
  for (const item of learner.evidence) {
    for (const code of item.occupationCodes) {
      if (code === occupation.code) return SCORER.declaredOccupationBonus;
      if (state.scheme.parentOf(code) === occupation.groupCode) bonus = SCORER.declaredGroupBonus;
    }
  }
  return bonus;
}

/**
 * `declaredBonus` of every occupation for one learner, worked out once (a ranking asks it of
 * hundreds of occupations) into `into` (per occupation index, all 0 before): the occupations of
 * the groups the evidence's codes belong to, then those it names.
 */
export function declaredBonuses(state: IndexState, learner: LearnerVector, into: Float64Array): void {
  const codes: string[] = [];
  for (const item of learner.evidence) for (const code of item.occupationCodes) codes.push(code);
  if (codes.length === 0) return;
  const byGroup = occupationsByGroup(state);
  for (const code of codes)
    for (const o of byGroup.get(state.scheme.parentOf(code)) ?? []) into[o] = SCORER.declaredGroupBonus;
  for (const code of codes) {
    const o = state.occupationByCode.get(code);
    if (o !== undefined) into[o] = SCORER.declaredOccupationBonus;
  }
}

/** Occupation indices by group code (what `declaredBonus` compares a declared code's parent with), per index. */
const groupMembers = new WeakMap<IndexState, Map<string | null | undefined, number[]>>();
function occupationsByGroup(state: IndexState): Map<string | null | undefined, number[]> {
  let members = groupMembers.get(state);
  if (!members) {
    members = new Map();
    state.occupations.forEach((occupation, o) => {
      const list = members?.get(occupation.groupCode);
      if (list) list.push(o);
      else members?.set(occupation.groupCode, [o]);
    });
    groupMembers.set(state, members);
  }
  return members;
}

/** Words two vectors share, strongest contribution first (bigrams and unknown terms left out). */
export function sharedWords(
  state: IndexState,
  a: LearnerVector['profile'],
  b: LearnerVector['profile'],
  limit = 8,
): string[] {
  const words: string[] = [];
  for (const { id } of sharedContributions(a, b)) {
    const term = state.vocabulary.term(id);
    if (term === null || term.startsWith(NGRAM_PREFIX)) continue;
    words.push(term);
    if (words.length >= limit) break;
  }
  return words;
}

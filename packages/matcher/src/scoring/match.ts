/**
 * Ranks all occupations against a learner's evidence, with per-task explanations for the top ones.
 * Evidence that points in several directions (a data internship, a welding course, a live-streaming
 * project) is ranked per direction too, and the overall ranking takes each occupation's best
 * direction, so one strong direction is not drowned by two unrelated ones.
 */
import type { IndexState } from '../index-state.js';
import { clampLimit } from '../limit.js';
import { type LearnerVector, subsetLearner } from '../profile/learner-vector.js';
import type { MatchDirection, MatchOptions, MatchResult, OccupationMatch, OccupationRank } from '../types.js';
import { bandOf } from './band.js';
import { DIRECTIONS, groupDirections } from './directions.js';
import {
  declaredBonus,
  occupationScoreOnly,
  scoreOccupation,
  sharedWords,
  workLevelOf,
} from './occupation-score.js';
import { SCORER, SCORER_VERSION } from './scorer.js';
import { coverAllTasks, describeTask, refineCoverage } from './task-coverage.js';
import { workLevelFactor } from './work-level.js';

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 100;

/** One learner (or one direction of their evidence) scored against every occupation. */
interface Ranking {
  learner: LearnerVector;
  similarities: Float64Array;
  coverage: Float64Array;
  /** Score per occupation index; -1 where filtered out or below the minimum. */
  scores: Float64Array;
}

/**
 * The same ranking as `matchLearner`, names and scores only: no explanations are worked out (for
 * batch work that shows names and scores, such as cohort reports).
 */
export function rankLearner(
  state: IndexState,
  learner: LearnerVector,
  options: Omit<MatchOptions, 'asOf'> = {},
): OccupationRank[] {
  return matchLearner(state, learner, options, { explain: false }).matches.map(
    ({ code, name, score, digital, green }) => ({ code, name, score, digital, green }),
  );
}

export function matchLearner(
  state: IndexState,
  learner: LearnerVector,
  { limit = DEFAULT_MATCH_LIMIT, digital, green }: Omit<MatchOptions, 'asOf'> = {},
  /** `explain: false` leaves out shared terms and covered and missing tasks (see `rankLearner`). */
  { explain = true }: { explain?: boolean } = {},
): MatchResult {
  const result: MatchResult = {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    matches: [],
    evidence: learner.evidence.map((item) => item.summary),
  };
  const count = clampLimit(limit, MAX_MATCH_LIMIT);
  if (!learner.matchable || count === 0) return result;
  const filter = { digital, green };

  const { groups, learners } = directionsOf(state, learner);
  if (groups.length <= 1) {
    const ranking = rankAll(state, learner, filter);
    result.matches = top(ranking.scores, count).map((index) => describe(state, ranking, index, explain));
    return result;
  }

  const rankings = learners.map((one) => rankAll(state, one, filter));
  const described = new Map<string, OccupationMatch>();
  const describeOnce = (d: number, index: number): OccupationMatch => {
    const key = `${d}:${index}`;
    let match = described.get(key);
    if (!match) {
      match = describe(state, rankings[d] as Ranking, index, explain);
      described.set(key, match);
    }
    return match;
  };
  // Overall: each occupation at its best direction, explained by that direction.
  const n = state.occupations.length;
  const overall = new Float64Array(n).fill(-1);
  const from = new Int32Array(n);
  rankings.forEach((ranking, d) => {
    for (let o = 0; o < n; o++) {
      const score = ranking.scores[o] as number;
      if (score > (overall[o] as number)) {
        overall[o] = score;
        from[o] = d;
      }
    }
  });
  result.matches = top(overall, count).map((index) => describeOnce(from[index] as number, index));
  result.directions = rankings.map((ranking, d): MatchDirection => {
    const matches = top(ranking.scores, Math.min(count, DIRECTIONS.perDirection)).map((index) =>
      describeOnce(d, index),
    );
    const lead = matches[0]
      ? state.occupations[state.occupationByCode.get(matches[0].code) ?? -1]
      : undefined;
    return {
      label: lead ? (state.groups.get(lead.minorCode ?? '')?.name ?? lead.name) : '',
      evidenceIds: (groups[d] ?? []).map((k) => learner.evidence[k]?.id ?? ''),
      matches,
    };
  });
  return result;
}

/** The learner's directions, worked out once per learner vector. */
function directionsOf(state: IndexState, learner: LearnerVector): NonNullable<LearnerVector['directions']> {
  if (!state.scoring.directions) return { groups: [learner.evidence.map((_, k) => k)], learners: [learner] };
  if (!learner.directions) {
    const groups = groupDirections(state, learner);
    learner.directions = {
      groups,
      learners: groups.length <= 1 ? [learner] : groups.map((indices) => subsetLearner(learner, indices)),
    };
  }
  return learner.directions;
}

function rankAll(
  state: IndexState,
  learner: LearnerVector,
  { digital, green }: { digital?: boolean | undefined; green?: boolean | undefined },
): Ranking {
  const occupations = state.occupations;
  const similarities = new Float64Array(occupations.length);
  const reached = new Int32Array(occupations.length);
  // Only occupations sharing a term with the learner can score (the others' similarity is 0).
  const count = state.profileIndex.scoreTouched(learner.profile, similarities, reached);
  const table = coverAllTasks(state, learner);
  const { coverage } = table;
  const scores = new Float64Array(occupations.length).fill(-1);
  const hasDeclarations = learner.evidence.some((item) => item.occupationCodes.length > 0);
  const score = (o: number) => {
    const occupation = occupations[o];
    const similarity = similarities[o] as number;
    if (!occupation || similarity <= 0) return;
    if (digital === true && !occupation.digital) return;
    if (green === true && !occupation.green) return;
    const bonus = hasDeclarations ? declaredBonus(state, learner, occupation) : 0;
    const factor = state.scoring.workLevel
      ? workLevelFactor(learner.workLevel, state.workShares[o] ?? 0.5)
      : 1;
    const value = occupationScoreOnly(
      similarity,
      coverage,
      occupation.taskStart,
      occupation.taskEnd,
      bonus,
      factor,
    );
    scores[o] = value >= SCORER.minScore ? value : -1;
  };
  for (let i = 0; i < count; i++) score(reached[i] as number);
  // Coverage by meaning for the occupations that can rank, then their scores again.
  const leading = state.scoring.meaning ? top(scores, REFINED) : [];
  refineCoverage(state, learner, table, leading);
  for (const o of leading) score(o);
  return { learner, similarities, coverage, scores };
}

/** Occupations whose tasks are read by meaning after the first, whole-text pass. */
export const REFINED = 15;

/** The `count` best occupation indices by score; ties by code (occupations are sorted by code). */
function top(scores: Float64Array, count: number): number[] {
  // Insertion into a short sorted list: count is small, the scores many.
  const best: number[] = [];
  for (let o = 0; o < scores.length; o++) {
    const score = scores[o] as number;
    if (score < 0) continue;
    if (best.length === count && score <= (scores[best[count - 1] as number] as number)) continue;
    let at = best.length;
    while (at > 0 && score > (scores[best[at - 1] as number] as number)) at--;
    best.splice(at, 0, o);
    if (best.length > count) best.pop();
  }
  return best;
}

function describe(state: IndexState, ranking: Ranking, index: number, explain = true): OccupationMatch {
  const { learner, similarities, coverage } = ranking;
  const occupation = state.occupations[index];
  if (!occupation) throw new Error('unreachable: ranked index out of range');
  const scored = scoreOccupation(
    similarities[index] as number,
    coverage.subarray(occupation.taskStart, occupation.taskEnd),
    declaredBonus(state, learner, occupation),
    workLevelOf(state, learner, index),
  );
  const match: OccupationMatch = {
    code: occupation.code,
    name: occupation.name,
    score: scored.score,
    band: bandOf(scored.score),
    digital: occupation.digital,
    green: occupation.green,
    breakdown: {
      ...scored.breakdown,
      sharedTerms: explain
        ? sharedWords(state, learner.profile, state.profiles[index] ?? learner.profile)
        : [],
    },
    coveredTasks: [],
    missingTasks: [],
  };
  if (!explain) return match;
  for (let t = occupation.taskStart; t < occupation.taskEnd; t++) {
    const task = state.tasks[t];
    if (!task) continue;
    if ((coverage[t] as number) >= SCORER.coveredThreshold)
      match.coveredTasks.push(describeTask(state, learner, t));
    else match.missingTasks.push({ taskId: task.id, text: task.text });
  }
  return match;
}

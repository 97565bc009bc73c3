/** Ranks all occupations against a learner's evidence, with per-task explanations for the top ones. */

import type { IndexState } from '../index-state.js';
import { clampLimit } from '../limit.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import type { MatchOptions, MatchResult, OccupationMatch } from '../types.js';
import { declaredBonus, occupationScoreOnly, scoreOccupation, sharedWords } from './occupation-score.js';
import { SCORER, SCORER_VERSION } from './scorer.js';
import { coverAllTasks, describeTask } from './task-coverage.js';

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 100;

export function matchLearner(
  state: IndexState,
  learner: LearnerVector,
  { limit = DEFAULT_MATCH_LIMIT, digital, green }: Omit<MatchOptions, 'asOf'> = {},
): MatchResult {
  const result: MatchResult = {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    matches: [],
    evidence: learner.evidence.map((item) => item.summary),
  };
  const count = clampLimit(limit, MAX_MATCH_LIMIT);
  if (!learner.matchable || count === 0) return result;

  const occupations = state.occupations;
  const similarities = new Float64Array(occupations.length);
  state.profileIndex.scoreAll(learner.profile, similarities);
  const { coverage } = coverAllTasks(state, learner);

  const hasDeclarations = learner.evidence.some((item) => item.occupationCodes.length > 0);
  const ranked: { index: number; score: number }[] = [];
  for (let o = 0; o < occupations.length; o++) {
    const occupation = occupations[o];
    const similarity = similarities[o] as number;
    if (!occupation || similarity <= 0) continue;
    if (digital === true && !occupation.digital) continue;
    if (green === true && !occupation.green) continue;
    const bonus = hasDeclarations ? declaredBonus(state, learner, occupation) : 0;
    const score = occupationScoreOnly(similarity, coverage, occupation.taskStart, occupation.taskEnd, bonus);
    if (score >= SCORER.minScore) ranked.push({ index: o, score });
  }
  // Occupations are sorted by code, so a stable sort on score alone breaks ties by code.
  ranked.sort((a, b) => b.score - a.score);

  result.matches = ranked.slice(0, count).map(({ index }) => {
    const occupation = occupations[index];
    if (!occupation) throw new Error('unreachable: ranked index out of range');
    const scored = scoreOccupation(
      similarities[index] as number,
      coverage.subarray(occupation.taskStart, occupation.taskEnd),
      declaredBonus(state, learner, occupation),
    );
    const match: OccupationMatch = {
      code: occupation.code,
      name: occupation.name,
      score: scored.score,
      digital: occupation.digital,
      green: occupation.green,
      breakdown: {
        ...scored.breakdown,
        sharedTerms: sharedWords(state, learner.profile, state.profiles[index] ?? learner.profile),
      },
      coveredTasks: [],
      missingTasks: [],
    };
    for (let t = occupation.taskStart; t < occupation.taskEnd; t++) {
      const task = state.tasks[t];
      if (!task) continue;
      if ((coverage[t] as number) >= SCORER.coveredThreshold)
        match.coveredTasks.push(describeTask(state, learner, t));
      else match.missingTasks.push({ taskId: task.id, text: task.text });
    }
    return match;
  });
  return result;
}

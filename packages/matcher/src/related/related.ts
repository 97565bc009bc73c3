/**
 * Related occupations (career moves, in the spirit of O*NET's Career Changers): occupations whose
 * task profiles are closest, with the words and the pairs of tasks that make them close.
 */

import type { IndexState } from '../index-state.js';
import { clampLimit } from '../limit.js';
import { sharedWords } from '../scoring/occupation-score.js';
import { round4, SCORER_VERSION } from '../scoring/scorer.js';
import type { RelatedOccupation, RelatedResult } from '../types.js';

export const DEFAULT_RELATED_LIMIT = 10;
/** Two tasks count as shared when their vectors are at least this similar. */
export const SHARED_TASK_THRESHOLD = 0.3;

export function relatedOccupations(
  state: IndexState,
  code: string,
  { limit = DEFAULT_RELATED_LIMIT }: { limit?: number } = {},
): RelatedResult | null {
  const index = state.occupationByCode.get(code);
  const occupation = index === undefined ? undefined : state.occupations[index];
  const profile = index === undefined ? undefined : state.profiles[index];
  if (index === undefined || !occupation || !profile) return null;
  const count = clampLimit(limit, 100);

  const similarities = new Float64Array(state.occupations.length);
  state.profileIndex.scoreAll(profile, similarities);
  const ranked: { index: number; score: number }[] = [];
  similarities.forEach((similarity, other) => {
    if (other !== index && similarity > 0) ranked.push({ index: other, score: round4(similarity) });
  });
  ranked.sort((a, b) => b.score - a.score);

  const related = ranked.slice(0, count).map(({ index: other, score }): RelatedOccupation => {
    const target = state.occupations[other];
    const targetProfile = state.profiles[other];
    if (!target || !targetProfile) throw new Error('unreachable: related index out of range');
    return {
      code: target.code,
      name: target.name,
      score,
      digital: target.digital,
      green: target.green,
      sharedTerms: sharedWords(state, profile, targetProfile),
      sharedTasks: sharedTasks(
        state,
        occupation.taskStart,
        occupation.taskEnd,
        target.taskStart,
        target.taskEnd,
      ),
    };
  });
  return {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    occupation: { code: occupation.code, name: occupation.name },
    related,
  };
}

/** For each task of the source, its closest task in the target; the strongest pairs first. */
function sharedTasks(
  state: IndexState,
  fromStart: number,
  fromEnd: number,
  toStart: number,
  toEnd: number,
  limit = 3,
): RelatedOccupation['sharedTasks'] {
  const pairs: RelatedOccupation['sharedTasks'] = [];
  for (let a = fromStart; a < fromEnd; a++) {
    const va = state.taskVectors[a];
    if (!va) continue;
    let best = -1;
    let bestScore = 0;
    for (let b = toStart; b < toEnd; b++) {
      const vb = state.taskVectors[b];
      const score = vb ? state.kernel.cosine(va, vb) : 0;
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    const from = state.tasks[a];
    const to = state.tasks[best];
    if (from && to && bestScore >= SHARED_TASK_THRESHOLD) {
      pairs.push({
        taskId: from.id,
        text: from.text,
        relatedTaskId: to.id,
        relatedText: to.text,
        score: round4(bestScore),
      });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || (x.taskId < y.taskId ? -1 : 1)).slice(0, limit);
}

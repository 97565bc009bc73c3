/** Per-task coverage: for each task statement, the best-covering evidence item and how well it covers it. */
import type { IndexState } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import type { TaskCoverage } from '../types.js';
import { round4, SCORER, saturate } from './scorer.js';

export interface CoverageTable {
  /** Coverage of every task in [0, 1]. */
  coverage: Float64Array;
  /** Index of the evidence item giving that coverage, -1 when none. */
  best: Int32Array;
}

/** Coverage of every task of the taxonomy, one inverted-index pass per evidence item. */
export function coverAllTasks(state: IndexState, learner: LearnerVector): CoverageTable {
  const n = state.tasks.length;
  const coverage = new Float64Array(n);
  const best = new Int32Array(n).fill(-1);
  const similarities = new Float64Array(n);
  learner.evidence.forEach((item, k) => {
    if (item.summary.knownTerms === 0) return;
    state.taskIndex.scoreAll(item.vector, similarities);
    for (let t = 0; t < n; t++) {
      const similarity = similarities[t] as number;
      if (similarity <= 0) continue;
      const credit = item.quality * saturate(similarity, SCORER.taskSaturation);
      if (credit > (coverage[t] as number)) {
        coverage[t] = credit;
        best[t] = k;
      }
    }
  });
  return { coverage, best };
}

/** Credit each evidence item gives one task, in evidence order. */
export function taskCredits(state: IndexState, learner: LearnerVector, task: number): number[] {
  const taskVector = state.taskVectors[task];
  if (!taskVector) return [];
  return learner.evidence.map((item) =>
    item.summary.knownTerms === 0
      ? 0
      : item.quality * saturate(state.kernel.cosine(item.vector, taskVector), SCORER.taskSaturation),
  );
}

/** Coverage of one task and the ids of the evidence covering it, best first. */
export function describeTask(state: IndexState, learner: LearnerVector, task: number): TaskCoverage {
  const entry = state.tasks[task];
  const credits = taskCredits(state, learner, task);
  const ranked = credits
    .map((credit, k) => ({ credit, k }))
    .filter(({ credit }) => credit >= SCORER.coveredThreshold)
    .sort((a, b) => b.credit - a.credit || a.k - b.k);
  return {
    taskId: entry?.id ?? '',
    text: entry?.text ?? '',
    score: round4(Math.max(0, ...credits)),
    evidenceIds: ranked.map(({ k }) => learner.evidence[k]?.id ?? ''),
  };
}

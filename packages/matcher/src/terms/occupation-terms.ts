/**
 * The words that characterise an occupation: the heaviest terms of its task profile, as a reader
 * would name a skill (`数据挖掘`, `焊接设备`), without the fragments the segmenter leaves inside
 * longer words (`据库` of `数据库`) or words that name the job rather than a skill (`技术人员`).
 */
import type { IndexState } from '../index-state.js';
import { sharedWords } from '../scoring/occupation-score.js';

/** Words that say who does the work, not what they can do. */
const JOB_WORD = /(?:人员|工程师|技师|^师$|员$)/;

/**
 * Up to `limit` skill-like terms of one occupation, heaviest first; null for an unknown code.
 * @example occupationTerms(state, '6-18-02-04') // ['焊工', '焊接设备', '金属构件', '气焊', …]
 */
export function occupationTerms(
  state: IndexState,
  code: string,
  { limit = 8 }: { limit?: number } = {},
): string[] | null {
  const index = state.occupationByCode.get(code);
  const profile = index === undefined ? undefined : state.profiles[index];
  if (index === undefined || !profile) return null;
  // Look deeper than `limit`: fragments and job words are dropped below.
  const words = sharedWords(state, profile, profile, Math.max(limit, 1) * 4);
  const kept = words.filter(
    (w) =>
      [...w].length >= 2 &&
      !JOB_WORD.test(w) &&
      // A fragment sits inside a longer kept word without starting it (据库 in 数据库).
      !words.some((other) => other !== w && other.includes(w) && !other.startsWith(w)),
  );
  return kept.slice(0, Math.max(0, Math.min(limit, 50)));
}

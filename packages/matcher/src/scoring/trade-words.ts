/**
 * How much a word is one of the trades' rather than of everyday language: how often the
 * classification's task statements say it, per word they say, against how often everyday Chinese
 * does (jieba's dictionary, frequencies from a general corpus) — the "weirdness" ratio of term
 * extraction (a domain corpus against a general one). A word of a trade (倒闸, 数据模型, 焊接) is said far
 * more often in the tasks than in everyday language, or is not in the general dictionary at all;
 * an everyday word (机会, 层面, 发展, 影响, 是否) is said in the tasks less often than anywhere else
 * and is a term of no trade, however rare it is among the occupations (which is what makes it look
 * distinctive to TF-IDF). Counted when an index is built, over its task clauses' words, and kept in the index's snapshot.
 *
 * It only orders a gaps report's missing terms (`gaps.ts`): no word is dropped, and no score reads
 * it. The general corpus is news-heavy, so a field's own words that the news says often (天体 for an
 * astronomer, 估计 for an actuary, 外语) rank lower too: of 60 words it took out of the 10 shown,
 * 9 were skills and 5 more arguable (README, "missingTerms").
 */
import { everydayCounts } from '../text/analyzer.js';
import type { Clause } from './task-meaning.js';

/**
 * Every task-clause word that everyday Chinese says more often than the tasks do, with its share
 * (below 1): the word's share among the tasks' words over its share in the general dictionary.
 * Worked out once when an index is built (reading the general dictionary: a few hundred
 * milliseconds) and kept in its snapshot, so no restored index, report thread or first gaps report
 * reads the dictionary again.
 */
export function tradeSharesOf(taskClauses: readonly (readonly Clause[])[]): Map<string, number> {
  const said = new Map<string, number>();
  let total = 0;
  for (const clauses of taskClauses)
    for (const clause of clauses)
      for (const w of [...clause.actions, ...clause.objects]) {
        said.set(w, (said.get(w) ?? 0) + 1);
        total++;
      }
  const everyday = everydayCounts(new Set(said.keys()));
  const shares = new Map<string, number>();
  for (const [w, count] of everyday.counts) {
    const share = (said.get(w) ?? 0) / total / (count / everyday.total);
    if (share < 1) shares.set(w, share);
  }
  return shares;
}

/**
 * The word's share among the tasks' words over its share in everyday language, at most 1 (a word
 * the general dictionary lacks, or one the tasks say at least as often: 1).
 */
export function tradeShare(shares: ReadonlyMap<string, number>, word: string): number {
  return shares.get(word) ?? 1;
}

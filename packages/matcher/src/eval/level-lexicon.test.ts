/**
 * The learned level lexicon of `run.ts --level-reading` (`level-lexicon.ts`): its figures are only
 * as good as the lexicon and the AUC, so both are checked on what they must say.
 */
import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import type { IndexState } from '../index-state.js';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { auc, learnLevelLexicon, occupationWords, readLevel } from './level-lexicon.js';

const state = indexStateOf(await bundledMatcher()) as IndexState;
const words = occupationWords(state);
const occupations = state.occupations.map((o, i) => ({
  major: o.majorCode,
  words: words[i] ?? new Set<number>(),
}));

describe('level lexicon learned from the classification', () => {
  const lexicon = learnLevelLexicon(occupations);
  const logOdds = (word: string) => lexicon.logOdds.get(state.vocabulary.known(word) ?? -1);

  it('finds the professional and the hands-on words by itself, and leaves shared words out', () => {
    for (const word of ['研究', '设计', '制订', '方案', '标准'])
      expect(logOdds(word), word).toBeGreaterThan(0.5);
    for (const word of ['操作', '保养', '装配', '工具', '故障'])
      expect(logOdds(word), word).toBeLessThan(-0.5);
    // Words both sides use in proportion are not significant (检测: 69 of 492 professional, 188 of 1,081 hands-on occupations).
    expect(logOdds('检测')).toBeUndefined();
  });

  it('is deterministic, and a stricter threshold keeps fewer words', () => {
    const again = learnLevelLexicon(occupations);
    expect([...again.logOdds]).toEqual([...lexicon.logOdds]);
    expect(learnLevelLexicon(occupations, { minZ: 4 }).logOdds.size).toBeLessThan(lexicon.logOdds.size);
  });

  it('reads a text by the mean log-odds of its level words, null when none is one', () => {
    const ids = (text: string) => [...state.analyzer.analyze(text).keys()].map((t) => state.vocabulary.id(t));
    const design = readLevel(lexicon, ids('研究和设计控制系统，制订技术方案'));
    const operate = readLevel(lexicon, ids('操作设备，日常保养，排除故障'));
    expect(design).toBeGreaterThan(0);
    expect(operate).toBeLessThan(0);
    expect(readLevel(lexicon, [])).toBeNull();
  });

  it('computes the AUC with ties at one half', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1], [2])).toBe(0);
    expect(auc([1, 2], [2, 1])).toBe(0.5);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORK_VERBS } from '../scoring/work-level.js';
import { NEAR_SYNONYM_LINES } from './near-synonym-list.js';
import { NEAR, NEAR_SYNONYMS, nearLexicon, parseNearLines } from './near-synonyms.js';

const lines = parseNearLines(NEAR_SYNONYM_LINES);

/** The taxonomy's task statements, as the bundled fixture has them. */
const taskTexts = readFileSync(
  fileURLToPath(new URL('../../../../fixtures/cn2022/tasks.csv', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split(',').slice(3).join(','));
const allTasks = taskTexts.join('\n');

/** Whether a word is one of a kind of work verbs (or contains one: 电焊 is hands-on work). */
const isKind = (word: string, verbs: readonly string[]) => verbs.some((verb) => word.includes(verb));

/** Whether the task text lists `a` and `b` side by side as separate steps of one task. */
function listedApart(a: string, b: string): boolean {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const)
    for (const joint of ['、', '和', '及', '与', '或', '，', ''])
      if (allTasks.includes(`${x}${joint}${y}`)) return true;
  return false;
}

describe('near-synonym lexicon', () => {
  it('parses every line with its reason', () => {
    expect(lines.length).toBeGreaterThan(60);
    for (const line of lines) {
      expect(line.why.length, line.line).toBeGreaterThan(5);
      expect(line.same.length, line.line).toBeGreaterThan(0);
    }
  });

  it('rejects malformed lines', () => {
    expect(() => parseNearLines('维修 修理')).toThrow(/bad near-synonym line/);
    expect(() => parseNearLines('维修 # only one word')).toThrow(/bad near-synonym line/);
    expect(() => parseNearLines('a > b > c # two arrows')).toThrow(/bad near-synonym line/);
    expect(() => parseNearLines('> 维修 # no everyday word')).toThrow(/bad near-synonym line/);
    expect(() => parseNearLines('维修 ~ 修复 ~ 检修 # two tildes')).toThrow(/bad near-synonym line/);
  });

  it("uses the classification's own words: every official word occurs in the task text", () => {
    const missing = lines.flatMap((line) =>
      [...line.same, ...line.close].filter((word) => !allTasks.includes(word)),
    );
    expect(missing).toEqual([]);
  });

  it('keeps everyday words out of the official side: each stands for words the task text uses', () => {
    for (const line of lines)
      for (const word of line.everyday)
        expect(
          line.same.some((w) => allTasks.includes(w)),
          word,
        ).toBe(true);
  });

  it('never joins professional work with hands-on work (设计 is not 安装)', () => {
    const mixed = lines.filter((line) => {
      const words = [...line.everyday, ...line.same, ...line.close];
      return (
        words.some((w) => isKind(w, WORK_VERBS.professional)) &&
        words.some((w) => isKind(w, WORK_VERBS.operational))
      );
    });
    expect(mixed.map((line) => line.line)).toEqual([]);
  });

  it('makes words the task text lists as separate steps at most close, never the same', () => {
    const everyday = new Set(lines.flatMap((line) => line.everyday));
    const joined: string[] = [];
    for (const [word, others] of NEAR_SYNONYMS)
      for (const [other, credit] of others) {
        if (credit < NEAR.same || word > other || everyday.has(word) || everyday.has(other)) continue;
        if (listedApart(word, other)) joined.push(`${word} ${other}`);
      }
    expect(joined).toEqual([]);
  });

  it('is symmetric, with the best credit of the lines that link two words', () => {
    const lexicon = nearLexicon(parseNearLines('维修 修理 ~ 修复 # a\n修复 维修 # b'));
    expect(lexicon.get('修复')).toEqual(expect.arrayContaining([['维修', 1]]));
    expect(lexicon.get('修理')).toEqual(expect.arrayContaining([['修复', NEAR.close]]));
    for (const [word, others] of NEAR_SYNONYMS)
      for (const [other, credit] of others)
        expect(NEAR_SYNONYMS.get(other), `${word} ${other}`).toContainEqual([word, credit]);
  });

  it('links an everyday word to the official words only, not those to each other again', () => {
    const lexicon = nearLexicon(parseNearLines('修 > 维修 修理 ~ 检修 # everyday'));
    expect(lexicon.get('修')).toEqual([
      ['维修', 1],
      ['修理', 1],
      ['检修', NEAR.close],
    ]);
    expect(lexicon.get('维修')).toEqual([['修', 1]]);
  });
});

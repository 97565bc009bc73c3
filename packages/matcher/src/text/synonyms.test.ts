import { describe, expect, it } from 'vitest';
import { normalizeText, splitRuns } from './normalize.js';
import { SYNONYM_LINES } from './synonym-list.js';
import { parseSynonymLines, SynonymMatcher } from './synonyms.js';

const entries = parseSynonymLines(SYNONYM_LINES);
const matcher = new SynonymMatcher(entries);

function officialFor(text: string): string[] {
  const normalized = normalizeText(text);
  const latin = splitRuns(normalized)
    .filter((run) => run.script === 'latin')
    .map((run) => run.text);
  return matcher.match(normalized, latin).flatMap((i) => entries[i]?.official ?? []);
}

describe('synonym list', () => {
  it('parses every line into patterns and official words', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      expect(entry.patterns.length).toBeGreaterThan(0);
      expect(entry.official.length).toBeGreaterThan(0);
    }
  });

  it('rejects malformed lines', () => {
    expect(() => parseSynonymLines('没有箭头')).toThrow(/bad synonym line/);
    expect(() => parseSynonymLines('a > b > c')).toThrow(/bad synonym line/);
  });

  it.each([
    ['在饭店后厨炒菜', '烹饪'],
    ['做过半年骑手送外卖', '网约配送'],
    ['会修车换机油', '汽车'],
    ['在养老院照顾老人', '养老'],
    ['帮合作社直播带货', '互联网营销'],
    ['我是个码农，写代码', '软件'],
    ['I worked as a nurse', '护理'],
    ['data analysis with Power BI', '报表'],
  ])('maps %s to official wording (%s)', (text, official) => {
    expect(officialFor(text)).toContain(official);
  });

  it('matches Latin patterns as whole words only', () => {
    expect(officialFor('python')).toContain('程序');
    expect(officialFor('pythonic')).not.toContain('程序');
    expect(officialFor('aim')).not.toContain('人工智能');
  });

  it('matches nothing in unrelated text', () => {
    expect(officialFor('今天天气很好')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../testing/bundled-matcher.js';
import { analyzerWithWords, createAnalyzer, NGRAM_PREFIX } from './analyzer.js';

const corpus = (await bundledTaxonomy()).occupations.flatMap((o) => [
  o.name,
  o.definition ?? '',
  ...o.tasks.map((t) => t.text),
]);
const analyzer = createAnalyzer(corpus);

describe('createAnalyzer', () => {
  it('keeps technical terms whole through the user dictionary', () => {
    expect(analyzer.words('物联网安装调试员负责数字孪生系统')).toEqual(
      expect.arrayContaining(['物联网', '数字孪生']),
    );
    const stock = createAnalyzer(corpus, { userDictionary: false });
    expect(stock.words('物联网')).not.toContain('物联网');
  });

  it('keeps Latin words, lower-cased, and drops salary noise and stop words', () => {
    const words = analyzer.words('急招 Python开发 月薪8k-12k 包吃住', { posting: true });
    expect(words).toContain('python');
    expect(words).toContain('开发');
    for (const noise of ['急招', '8k', '12k', '月薪', '包吃住', '包吃']) expect(words).not.toContain(noise);
  });

  it('folds full-width characters', () => {
    expect(analyzer.words('ＰＹＴＨＯＮ')).toEqual(['python']);
  });

  it('adds character bigrams of Han text, weighted below words', () => {
    const bag = analyzer.analyze('土壤传感器');
    expect(bag.get(`${NGRAM_PREFIX}传感`)).toBe(0.5);
    expect(bag.get('传感器')).toBe(1);
    expect(createAnalyzer(corpus, { ngrams: false }).analyze('土壤传感器').has(`${NGRAM_PREFIX}传感`)).toBe(
      false,
    );
  });

  it('expands colloquial phrases only when asked (queries, not taxonomy text)', () => {
    expect(analyzer.analyze('送外卖').has('配送')).toBe(false);
    const expanded = analyzer.analyze('送外卖', { expand: true });
    expect(expanded.get('配送')).toBeCloseTo(0.6);
    expect(analyzer.analyze('I am a welder', { expand: true }).has('焊接')).toBe(true);
  });

  it('reads a text for a posting the same after reading it without (noise dropped only then)', () => {
    // Never reads a text without `posting` first.
    const postingOnly = analyzerWithWords([...analyzer.userWords], analyzer.options);
    for (const text of ['急招北京电焊工，包吃住，会气保焊', '在合作社装了土壤传感器，教农户用手机看数据']) {
      for (const evidence of [false, true]) {
        const expected = [...postingOnly.analyze(text, { expand: true, posting: true, evidence })];
        const plain = [...analyzer.analyze(text, { expand: true, evidence })];
        expect([...analyzer.analyze(text, { expand: true, posting: true, evidence })]).toEqual(expected);
        if (text.includes('急招')) expect(expected).not.toEqual(plain);
      }
    }
  });

  it('returns an empty bag for text without content', () => {
    expect(analyzer.analyze('').size).toBe(0);
    expect(analyzer.analyze('的了和，。！').size).toBe(0);
  });
});

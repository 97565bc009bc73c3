import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import { parseClauses } from '../scoring/task-meaning.js';
import { evidenceWorkCounts } from '../scoring/work-level.js';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import { analyzerWithWords } from './analyzer.js';
import { readWorkPhrases } from './work-phrases.js';

const state = indexStateOf(await bundledMatcher());
if (!state) throw new Error('no index state');
const analyzer = state.analyzer;

/** The one clause of a text, as coverage by meaning reads evidence. */
function clause(text: string, reader = analyzer) {
  const [first] = parseClauses(reader, text, { evidence: true });
  return { actions: first?.actions ?? [], objects: first?.objects ?? [] };
}

describe('actions said as nouns', () => {
  it('reads the work after 的 as the action and what comes before it as the object', () => {
    expect(clause('负责设备的安装调试工作')).toEqual({ actions: ['安装', '调试'], objects: ['设备'] });
    expect(clause('参与了产品的设计')).toEqual({ actions: ['设计'], objects: ['产品'] });
    expect(clause('负责生产线的巡检')).toEqual({ actions: ['巡检'], objects: ['生产线'] });
  });

  it('splits a compound that ends in a verb and heads its phrase into object and action', () => {
    expect(clause('做过数据分析')).toEqual({ actions: ['分析'], objects: ['数据'] });
    expect(clause('负责仓库的管理工作')).toEqual({ actions: ['管理'], objects: ['仓库'] });
    expect(clause('负责产品的质量检验工作')).toEqual({ actions: ['检验'], objects: ['产品', '质量'] });
  });

  it('keeps a compound that modifies a noun after it one object word', () => {
    expect(clause('数据分析的结果')).toEqual({ actions: [], objects: ['数据分析', '结果'] });
  });

  it('reads each word as jieba tags it when switched off (as match-2026.11-23)', () => {
    const tagged = analyzerWithWords([...analyzer.userWords], { ...analyzer.options, workPhrases: false });
    // jieba tags 设备 a verb-noun, so it was read as an action and the clause had no object.
    expect(clause('负责设备的安装调试工作', tagged)).toEqual({
      actions: ['设备', '安装', '调试'],
      objects: [],
    });
    expect(clause('做过数据分析', tagged)).toEqual({ actions: [], objects: ['做', '数据分析'] });
  });

  it('reads a clause from its tagged words alone', () => {
    const tokens = [
      { word: '做', tag: 'v' },
      { word: '过', tag: 'ug' },
      { word: '网站', tag: 'n' },
      { word: '的', tag: 'uj' },
      { word: '维护', tag: 'vn' },
      { word: '和', tag: 'c' },
      { word: '程序设计', tag: 'n' },
    ];
    const compound = (word: string) => (word === '程序设计' ? (['程序', '设计'] as const) : null);
    const read = readWorkPhrases(tokens, (word) => !['过', '的', '和'].includes(word), compound);
    expect(read).toEqual([
      { word: '网站', action: false },
      { word: '维护', action: true },
      { word: '程序', action: false },
      { word: '设计', action: true },
    ]);
  });

  it('leaves the level of work reading the verbs said as nouns as it reads verbs', () => {
    // The level counts its verbs wherever the text says them, so the noun phrase counts as the verbs do.
    expect(evidenceWorkCounts(['负责设备的安装调试工作'], null)).toEqual(
      evidenceWorkCounts(['安装调试设备'], null),
    );
    expect(evidenceWorkCounts(['做过销售数据分析'], null)).toEqual(
      evidenceWorkCounts(['分析销售数据'], null),
    );
    expect(evidenceWorkCounts(['参与了产品的设计'], null)).toEqual({ professional: 1, operational: 0 });
  });
});

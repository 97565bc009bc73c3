import { describe, expect, it } from 'vitest';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import { createAnalyzer } from './analyzer.js';
import { ENGLISH_LINES } from './english-list.js';
import { inflections, parseSynonymLines, SynonymMatcher } from './synonyms.js';

const corpus = (await bundledTaxonomy()).occupations.flatMap((o) => [
  o.name,
  o.definition ?? '',
  ...o.tasks.map((t) => t.text),
]);
const analyzer = createAnalyzer(corpus);
const plain = createAnalyzer(corpus, { english: false });

describe('English words of work', () => {
  it('are written as lower-case English mapped onto Chinese words of the classification', () => {
    for (const entry of parseSynonymLines(ENGLISH_LINES)) {
      for (const pattern of entry.patterns) expect(pattern, pattern).toMatch(/^[a-z0-9 .'&+#-]+$/);
      for (const word of entry.official) expect(word, word).toMatch(/^[\u3400-\u9fff]+$/);
    }
  });

  it('inflect English words by the spelling rules', () => {
    expect(inflections('weld')).toEqual(expect.arrayContaining(['welds', 'welding', 'welded']));
    expect(inflections('carry')).toEqual(expect.arrayContaining(['carries', 'carried', 'carrying']));
    expect(inflections('make')).toEqual(expect.arrayContaining(['makes', 'making', 'made']));
    expect(inflections('plan')).toEqual(expect.arrayContaining(['plans', 'planning', 'planned']));
    expect(inflections('fix')).toEqual(expect.arrayContaining(['fixes', 'fixing', 'fixed']));
    expect(inflections('teach')).toEqual(expect.arrayContaining(['teaches', 'taught']));
    expect(inflections('ai')).toEqual([]);
  });

  it('match a word in any inflection, and a word written on its own only as itself', () => {
    const entries = parseSynonymLines(
      'weld > 焊接 # x\nfeed the cows > 饲喂 # x\nglass > 玻璃 # x\nglasses > 眼镜 # x',
    );
    const matcher = new SynonymMatcher(entries);
    const hits = (text: string) => matcher.match(text, text.split(' ')).map((i) => entries[i]?.official[0]);
    expect(hits('we welded frames')).toEqual(['焊接']);
    expect(hits('i fed the cows')).toEqual(['饲喂']);
    expect(hits('reading glasses')).toEqual(['眼镜']);
    expect(hits('float glass')).toEqual(['玻璃']);
  });

  it('give the classification words of English text and of mixed titles', () => {
    expect(analyzer.expansions('I welded steel frames with MIG')).toContain('焊接');
    expect(analyzer.expansions('forklift driver in a warehouse')).toEqual(
      expect.arrayContaining(['叉车', '仓储']),
    );
    expect(analyzer.expansions('customer service')).toEqual(expect.arrayContaining(['客户', '服务']));
    expect(analyzer.expansions('non-destructive testing of pipes')).toContain('无损');
    expect(analyzer.expansions('CNC操作工')).toContain('数控');
    expect(plain.expansions('non-destructive testing of pipes')).not.toContain('无损');
  });

  it('read an English clause as actions and objects, so that tasks are covered by meaning', async () => {
    const words = analyzer.tagged('I repaired washing machines and fridges');
    expect(words).toEqual(
      expect.arrayContaining([
        { word: '维修', action: true },
        { word: '洗衣机', action: false },
      ]),
    );
    expect(plain.tagged('I repaired washing machines').some((w) => w.word === '维修')).toBe(false);
    const matcher = await bundledMatcher();
    const result = matcher.match([
      {
        id: 'e1',
        kind: 'work_project',
        title: 'Welding',
        description: 'I welded steel frames with MIG and TIG, and cut plates with a plasma cutter.',
      },
    ]);
    const welder = result.matches[0];
    expect(welder?.code).toBe('6-18-02-04');
    // English verbs count for the level of work, and English clauses cover the welder's tasks in part.
    expect(welder?.breakdown.workLevel.evidence).toBe(0);
    expect(welder?.breakdown.taskCoverage).toBeGreaterThan(0.1);
  });
});

describe('short forms of institutions and places', () => {
  it('expand into the classification words of their group', () => {
    expect(analyzer.expansions('在高中教数学')).toContain('高级中学');
    expect(analyzer.expansions('在初中当班主任')).toContain('初级中学');
    expect(analyzer.expansions('地铁站做站务')).toEqual(expect.arrayContaining(['城市', '轨道交通']));
    expect(analyzer.expansions('在区疾控中心实习')).toEqual(expect.arrayContaining(['疾病', '预防', '控制']));
    expect(createAnalyzer(corpus, { shortForms: false }).expansions('在高中教数学')).not.toContain(
      '高级中学',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../testing/bundled-matcher.js';
import { createAnalyzer } from './analyzer.js';
import { ENGLISH_LINES } from './english-list.js';
import { EVERYDAY_LINES } from './everyday-list.js';
import { EVERYDAY_OCCUPATION_LINES } from './everyday-occupation-list.js';
import { normalizeText } from './normalize.js';
import { SHORT_FORM_LINES } from './short-form-list.js';
import { SYNONYM_LINES } from './synonym-list.js';
import { parseSynonymLines } from './synonyms.js';

const HAN = /[\u3400-\u9fff]/;

async function taxonomyTexts() {
  const taxonomy = await bundledTaxonomy();
  return {
    taxonomy,
    texts: taxonomy.occupations.map((o) => [o.name, o.definition, ...o.tasks.map((t) => t.text)].join('。')),
  };
}

// The lexicons written by walking the classification: each line traced to a group, mapped onto the
// classification's words, and no pattern a word the classification itself uses widely.
describe.each([
  { name: 'everyday-vocabulary lexicon', lines: EVERYDAY_LINES, least: 250, majors: '12345678' },
  { name: 'everyday words per occupation', lines: EVERYDAY_OCCUPATION_LINES, least: 700, majors: '23456' },
  { name: 'short forms of institutions and places', lines: SHORT_FORM_LINES, least: 150, majors: '12345678' },
  { name: 'English words of work', lines: ENGLISH_LINES, least: 350, majors: '12345678' },
])('$name', ({ lines, least, majors: expectedMajors }) => {
  const entries = parseSynonymLines(lines);

  it('is broad: hundreds of entries, every line traced to a group of the classification', async () => {
    const { taxonomy } = await taxonomyTexts();
    const codes = new Set([
      ...taxonomy.groups.map((g) => g.code),
      ...taxonomy.occupations.map((o) => o.code),
    ]);
    expect(entries.length).toBeGreaterThan(least);
    const majors = new Set<string>();
    for (const entry of entries) {
      const code = entry.source?.split(' ')[0] ?? '';
      expect(codes.has(code), `source of ${entry.patterns[0]}: ${entry.source}`).toBe(true);
      majors.add(code.charAt(0));
    }
    expect([...majors].sort().join('')).toBe(expectedMajors);
  });

  it('holds everyday words, not words the classification itself uses widely', async () => {
    const { texts } = await taxonomyTexts();
    const normalized = texts.map((text) => normalizeText(text));
    const wide = entries.flatMap((entry) =>
      entry.patterns.filter(
        (pattern) => HAN.test(pattern) && normalized.filter((text) => text.includes(pattern)).length > 8,
      ),
    );
    expect(wide).toEqual([]);
  });

  it('maps to words the classification uses', async () => {
    const { texts } = await taxonomyTexts();
    const analyzer = createAnalyzer(texts, { ngrams: false });
    const vocabulary = new Set<string>();
    for (const text of texts) for (const term of analyzer.analyze(text).keys()) vocabulary.add(term);
    const unmet = entries.flatMap((entry) =>
      entry.official.filter(
        (word) => ![...analyzer.analyze(word).keys()].some((term) => vocabulary.has(term)),
      ),
    );
    expect(unmet).toEqual([]);
  });
});

// Written occupation by occupation: each line for one occupation, mapped only onto its own words,
// and saying something that tells it from the other occupations of its minor group.
describe('everyday words per occupation', () => {
  const entries = parseSynonymLines(EVERYDAY_OCCUPATION_LINES);

  it("traces every line to one occupation and maps it onto that occupation's own words", async () => {
    const { taxonomy, texts } = await taxonomyTexts();
    const own = new Map(taxonomy.occupations.map((o, i) => [o.code, normalizeText(texts[i] ?? '')]));
    const strays = entries.flatMap((entry) => {
      const [code = '', name] = (entry.source ?? '').split(' ');
      const text = own.get(code);
      if (text === undefined) return [`${entry.patterns[0]}: ${entry.source} is not an occupation`];
      if (!text.startsWith(normalizeText(name ?? ''))) return [`${entry.source}: the name is not ${code}'s`];
      return entry.official
        .filter((word) => !text.includes(normalizeText(word)))
        .map((word) => `${code} ${word}`);
    });
    expect(strays).toEqual([]);
  });

  it('tells each occupation from its siblings: no line fits every occupation of its minor group', async () => {
    const { taxonomy, texts } = await taxonomyTexts();
    const own = new Map(taxonomy.occupations.map((o, i) => [o.code, normalizeText(texts[i] ?? '')]));
    const alike = entries.filter((entry) => {
      const code = (entry.source ?? '').split(' ')[0] ?? '';
      const siblings = taxonomy.occupations.filter(
        (o) => o.code !== code && o.code.startsWith(code.slice(0, 7)),
      );
      return (
        siblings.length > 0 &&
        siblings.every((o) => entry.official.every((word) => own.get(o.code)?.includes(normalizeText(word))))
      );
    });
    expect(alike.map((entry) => entry.source)).toEqual([]);
  });

  it('says something the other lexicons do not: every pattern adds an official word', async () => {
    const { texts } = await taxonomyTexts();
    const before = createAnalyzer(texts, { everydayOccupations: false });
    const repeats = entries.flatMap((entry) =>
      entry.patterns.filter((pattern) => {
        const given = before.expansions(pattern);
        return entry.official.every((word) => given.some((known) => known.includes(word)));
      }),
    );
    expect(repeats).toEqual([]);
  });

  it('reads the sibling in ordinary words: the drone pilot from its fitter, ground staff from cabin crew', async () => {
    const { texts } = await taxonomyTexts();
    const analyzer = createAnalyzer(texts);
    const byGroup = createAnalyzer(texts, { everydayOccupations: false });
    const pilot = '考了无人机执照，飞无人机航拍';
    const fitter = '组装无人机，调试飞控';
    expect(analyzer.expansions(pilot)).toContain('驾驶员');
    expect(analyzer.expansions(pilot)).not.toContain('检修');
    expect(analyzer.expansions(fitter)).toContain('检修');
    expect(byGroup.expansions(pilot)).not.toContain('驾驶员');
    expect(byGroup.expansions(fitter)).not.toContain('检修');
    expect(analyzer.expansions('在机场值机柜台帮旅客办登机')).toContain('值机');
    expect(analyzer.expansions('当空乘，在客舱服务旅客')).toContain('客舱');
    expect(analyzer.expansions('用线切割加工模具')).toContain('线切割');
  });
});

describe('everyday-vocabulary lexicon', () => {
  it('expands everyday words into the classification words of their group', async () => {
    const { texts } = await taxonomyTexts();
    const analyzer = createAnalyzer(texts);
    const plain = createAnalyzer(texts, { everyday: false });
    expect(analyzer.expansions('在工地开挖机挖土方')).toEqual(expect.arrayContaining(['挖掘', '铲运']));
    expect(plain.expansions('在工地开挖机挖土方')).not.toContain('铲运');
    expect(analyzer.expansions('在物流园搬货装车卸车')).toContain('装卸');
    expect(analyzer.expansions('喂鸡、捡鸡蛋')).toContain('家禽');
    expect(analyzer.expansions('喂鸡、捡鸡蛋')).not.toContain('家畜');
  });

  it('keeps the synonym list and the lexicons in one numbering', () => {
    const first = parseSynonymLines(SYNONYM_LINES).length;
    const lexicon = parseSynonymLines(EVERYDAY_LINES, first);
    expect(lexicon[0]?.index).toBe(first);
    expect(parseSynonymLines('开挖机 > 挖掘 # 6-30-05')[0]?.source).toBe('6-30-05');
  });
});

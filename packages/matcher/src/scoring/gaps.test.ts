import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import type { IndexState } from '../index-state.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput } from '../types.js';
import { GENERIC_WORDS } from './generic-words.js';
import { tradeShare } from './trade-words.js';

const matcher = await bundledMatcher();
const evidence: EvidenceInput[] = [
  {
    id: 'e1',
    kind: 'work_project',
    title: '数字农业',
    description: '在合作社装了土壤传感器，教农户用手机看数据，按数据浇水施肥',
  },
];

describe('gaps', () => {
  it('returns null for an unknown occupation', () => {
    expect(matcher.gaps(evidence, '9-99-99-99')).toBeNull();
  });

  it('ranks uncovered tasks by gain, each with a next step', () => {
    const report = matcher.gaps(evidence, '5-05-01-03');
    expect(report?.occupation).toEqual({ code: '5-05-01-03', name: '农业数字化技术员' });
    const gaps = report?.gaps ?? [];
    expect(gaps.length + (report?.coveredTasks.length ?? 0)).toBe(7);
    for (let i = 1; i < gaps.length; i++)
      expect(gaps[i - 1]?.gain).toBeGreaterThanOrEqual(gaps[i]?.gain ?? 0);
    for (const gap of gaps) {
      expect(gap.gain).toBeGreaterThan(0);
      expect(gap.nextStep.params.task).toBe(gap.text);
      expect(['learn', 'practise', 'assess', 'attest', 'detail']).toContain(gap.nextStep.action);
    }
    expect(report?.missingTerms.length).toBeGreaterThan(0);
  });

  it('names as missing only words a reader takes for a skill: no generic word, job word or fragment', () => {
    for (const code of ['6-28-01-10', '2-02-38-01', '2-02-38-05']) {
      const terms = matcher.gaps([], code)?.missingTerms ?? [];
      expect(terms.length).toBe(10);
      for (const term of terms) {
        expect(GENERIC_WORDS.has(term), term).toBe(false);
        expect(term, code).not.toMatch(/人员$|员$/);
      }
    }
    // 基于 and 技术人员 were the cohort report's most common missing terms; 电设备 is a piece of 发电设备.
    expect(matcher.gaps([], '2-02-38-01')?.missingTerms).not.toContain('基于');
    expect(matcher.gaps([], '6-28-01-10')?.missingTerms).not.toContain('电设备');
  });

  it('names as missing, for every occupation, whole words of its tasks and no pronoun or function word', async () => {
    // jieba with its own dictionary, apart from the matcher's analyser: what a word is and its tag.
    const jieba = Jieba.withDict(
      readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')),
    );
    const notSkill = /^(?:r|f|s|t|m|q|d|p|c|u)[a-z]?$/;
    const bad: string[] = [];
    for (const occupation of (await bundledTaxonomy()).occupations) {
      const terms = matcher.gaps([], occupation.code)?.missingTerms ?? [];
      const tokens = occupation.tasks.flatMap((task) => jieba.cut(task.text.toLowerCase(), false));
      const words = new Set([...terms, ...(matcher.terms(occupation.code, { limit: 100 }) ?? [])]);
      for (const term of terms) {
        if (GENERIC_WORDS.has(term) || /人员$|员$/.test(term))
          bad.push(`${occupation.code} ${term}: generic or job word`);
        const tags = jieba.tag(term, false);
        if (tags.length === 1 && notSkill.test(tags[0]?.tag ?? '') && tags[0]?.tag !== 'mq')
          bad.push(`${occupation.code} ${term}: ${tags[0]?.tag}`);
        // A strict piece of a longer word of the occupation wherever its tasks say it (人工 of 人工智能).
        const longer = tokens.filter((token) => token !== term && token.includes(term));
        if (!tokens.includes(term) && longer.some((token) => words.has(token)))
          bad.push(`${occupation.code} ${term}: only inside ${longer.join(' ')}`);
      }
    }
    expect(bad).toEqual([]);
    // 他人 (a pronoun) and 人工 (only in 人工智能 or 人工合成 there) were missing terms of these.
    const named = (code: string) => matcher.gaps([], code)?.missingTerms ?? [];
    expect(named('4-07-02-05')).not.toContain('他人');
    for (const code of ['2-02-38-01', '4-04-05-05', '6-15-08-01'])
      expect(named(code), code).not.toContain('人工');
    expect(named('2-02-38-01')).toContain('人工智能');
  });

  it('ranks everyday words below the words of the trades (机会 and 层面 of 4-07-02-05)', () => {
    const state = indexStateOf(matcher) as IndexState;
    // 机会 and 层面 occur in one task each of the whole classification (so TF-IDF finds them
    // distinctive), but everyday language says them far more often.
    expect(tradeShare(state.tradeShares, '机会')).toBeLessThan(0.1);
    expect(tradeShare(state.tradeShares, '层面')).toBeLessThan(0.5);
    // The trades' words: far more often in the tasks, or no word of the general dictionary.
    for (const word of ['分析', '焊接', '芯片', '倒闸', '数据模型'])
      expect(tradeShare(state.tradeShares, word), word).toBe(1);
    const terms = matcher.gaps([], '4-07-02-05')?.missingTerms ?? [];
    expect(terms.length).toBe(10);
    for (const word of ['层面', '机会']) expect(terms).not.toContain(word);
    for (const word of ['数据模型', '指标体系', '挖掘', '清洗']) expect(terms).toContain(word);
  });

  it('gives the same gaps without explanations, and the same twice (kept imagined coverage)', () => {
    const learner = matcher.profileVector(
      [
        ...evidence,
        {
          id: 'e2',
          kind: 'learning',
          title: '农业物联网课程',
          // Two of the occupation's own tasks: covered.
          description: (matcher.gaps([], '5-05-01-03')?.gaps ?? [])
            .slice(0, 2)
            .map((gap) => gap.text)
            .join('；'),
          occupationCodes: ['5-05-01-03'],
        },
      ],
      { asOf: '2026-06-01' },
    );
    const full = matcher.gapsForProfile(learner, '5-05-01-03');
    const brief = matcher.gapsForProfile(learner, '5-05-01-03', { explain: false });
    expect(full?.coveredTasks.length).toBeGreaterThan(0);
    // Batch work shows no steps: its tasks are not read for one (the step keeps the statement).
    const unread = (report: typeof full) => report?.gaps.map(({ nextStep: _step, ...gap }) => gap);
    expect({ ...brief, gaps: unread(brief) }).toEqual({
      ...full,
      gaps: unread(full),
      coveredTasks: [],
      breakdown: { ...full?.breakdown, sharedTerms: [] },
    });
    for (const gap of brief?.gaps ?? []) expect(gap.nextStep.params).toEqual({ task: gap.text });
    expect(matcher.gapsForProfile(learner, '5-05-01-03')).toEqual(full);
  });

  it('treats every task as a gap when there is no evidence', () => {
    const report = matcher.gaps([], '6-18-02-04');
    expect(report?.score).toBe(0);
    expect(report?.coveredTasks).toEqual([]);
    expect(report?.gaps.length).toBeGreaterThan(0);
  });
});

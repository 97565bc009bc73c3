/** Walks the catalogues: every key in every language, nothing empty, the same placeholders in each. */
import { FIELD_MESSAGE_CODES } from '@skillbank/core';
import { NEXT_STEP_CODES } from '@skillbank/matcher';
import { describe, expect, it } from 'vitest';
import { expectStepSentence } from '../../test/next-step-sentences.js';
import {
  type Catalogue,
  catalogue,
  LANGS,
  type Lang,
  nextStepText,
  PAGE_AREAS,
  pageMessages,
} from './index.js';

type Entry = { path: string; value: unknown };

function entries(node: unknown, path = ''): Entry[] {
  if (typeof node === 'object' && node !== null && !Array.isArray(node))
    return Object.entries(node).flatMap(([key, value]) => entries(value, path ? `${path}.${key}` : key));
  return [{ path, value: node }];
}

/**
 * A stand-in for any argument: in a template it prints as `⟦name⟧`, in arithmetic it is a number
 * that names it (9000 + its position), and its properties (`p.members`, `list.join`) are stand-ins
 * too. Rendering a message with stand-ins shows which of its arguments it mentions.
 */
function probe(name: string, n: number): unknown {
  const token = `⟦${name}⟧`;
  return new Proxy(
    {},
    {
      get(_, key) {
        if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? n : token);
        if (key === 'length') return 1;
        if (key === 'join' || key === 'toString') return () => token;
        return probe(`${name}.${String(key)}`, n);
      },
    },
  );
}

const PLACEHOLDER = /⟦[^⟧]+⟧|\b9\d{3}\b/g;

function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function')
    return value(...Array.from({ length: value.length }, (_, i) => probe(`arg${i}`, 9001 + i)));
  throw new Error(`not a message: ${String(value)}`);
}

const placeholders = (text: string) => [...new Set(text.match(PLACEHOLDER) ?? [])].sort();

const byLang = Object.fromEntries(
  LANGS.map((lang) => [lang, new Map(entries(catalogue(lang)).map((e) => [e.path, e.value]))]),
) as Record<Lang, Map<string, unknown>>;
const keys = [...byLang.zh.keys()];

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    for (const lang of LANGS) expect([...byLang[lang].keys()].sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(350);
  });

  it('say something in each language, with the same placeholders', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const zh = byLang.zh.get(key);
      const zhText = render(zh);
      for (const lang of LANGS) {
        const value = byLang[lang].get(key);
        const text = render(value);
        if (text.trim() === '') problems.push(`${lang}.${key} is empty`);
        if (/undefined|NaN|\[object /.test(text)) problems.push(`${lang}.${key} renders ${text}`);
        if (typeof value !== typeof zh)
          problems.push(`${lang}.${key} is a ${typeof value}, zh a ${typeof zh}`);
        else if (typeof zh === 'function' && (value as () => string).length !== zh.length)
          problems.push(`${lang}.${key} takes ${(value as () => string).length} arguments, zh ${zh.length}`);
        if (placeholders(text).join() !== placeholders(zhText).join())
          problems.push(`${lang}.${key} mentions ${placeholders(text)}, zh ${placeholders(zhText)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('notice a message that drops or invents an argument', () => {
    const both = placeholders(render((n: number, name: { title: string }) => `${n - 1} ${name.title}`));
    expect(both).toEqual(['9000', '⟦arg1.title⟧']);
    expect(placeholders(render((n: number, _name: string) => `${n}`))).not.toEqual(both);
  });

  it('say each language in its own words (Chinese text in zh, none in en prose)', () => {
    // English messages may quote Chinese examples (search placeholders, step names), but no English
    // message is left untranslated in the Chinese catalogue, nor the other way round.
    const same = keys.filter((key) => {
      const zh = render(byLang.zh.get(key));
      return zh === render(byLang.en.get(key)) && /[a-z]{4,}/i.test(zh);
    });
    expect(same).toEqual([]);
  });

  it('give the pages one flat set of messages, no key in two areas', () => {
    const seen = new Map<string, string>();
    for (const area of PAGE_AREAS) {
      for (const key of Object.keys(catalogue('zh')[area] as Catalogue[typeof area])) {
        expect(seen.get(key), `${area}.${key} is also in ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(Object.keys(pageMessages('en')).length).toBe(seen.size);
  });

  it('word every next step of the matcher, naming its task', () => {
    for (const lang of LANGS)
      for (const code of NEXT_STEP_CODES)
        expect(nextStepText(lang, { code, params: { task: '安装调试设备' } })).toContain('安装调试设备');
  });

  it('word every next step read from its task as a sentence of what to do about what', () => {
    const params = {
      task: '使用专用检测设备，按照安全操作规程，分析、研究人工智能算法、深度学习及神经网络等技术',
      doing: '分析人工智能算法',
      topic: '人工智能算法、深度学习及神经网络',
      tool: '专用检测设备',
      standard: '安全操作规程',
    };
    for (const lang of LANGS)
      for (const code of NEXT_STEP_CODES) {
        expectStepSentence(lang, { code, params }, nextStepText(lang, { code, params }));
        const { topic: _topic, tool: _tool, standard: _standard, ...bare } = params;
        expectStepSentence(lang, { code, params: bare }, nextStepText(lang, { code, params: bare }));
      }
  });

  it('say a breakdown’s capped profile part as full marks, and any other as its percentage', () => {
    const full = { zh: '已达满分', en: 'full marks' } as const;
    for (const lang of LANGS) {
      const { breakdownText } = catalogue(lang).matching;
      expect(breakdownText(null, '62%', 3, 5)).toContain(full[lang]);
      expect(breakdownText(null, '62%', 3, 5)).not.toMatch(/null|100/);
      const partial = breakdownText('72%', '62%', 3, 5);
      expect(partial).toContain('72%');
      expect(partial).not.toContain(full[lang]);
    }
  });

  it('word every field message code of core', () => {
    for (const lang of LANGS)
      expect(Object.keys(catalogue(lang).fields).sort()).toEqual([...FIELD_MESSAGE_CODES].sort());
  });
});

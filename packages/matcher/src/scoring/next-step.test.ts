import { describe, expect, it } from 'vitest';
import { indexStateOf } from '../build-matcher-index.js';
import { bundledMatcher } from '../testing/bundled-matcher.js';
import type { Analyzer } from '../text/analyzer.js';
import { GENERIC_WORDS } from './generic-words.js';
import { readTask, type TaskReading, taskVerbs } from './task-reading.js';

const matcher = await bundledMatcher();
const state = indexStateOf(matcher);
if (!state) throw new Error('the bundled matcher has no state');
const verbs = taskVerbs(state.taskClauses);

/**
 * A task's words as its segmentation cuts them (asides in brackets and spaces left out, as the
 * reading leaves them out): whether a phrase is whole words of it — never starting or ending inside
 * a word — and its first and last words.
 */
function wordsOf(analyzer: Analyzer, task: string) {
  let text = '';
  const startsAt = new Map<number, string>([]);
  const endsAt = new Map<number, string>();
  let depth = 0;
  for (const { word } of analyzer.segments(task)) {
    if (word === '(') depth++;
    else if (word === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && word.trim() !== '') {
      startsAt.set(text.length, word);
      text += word;
      endsAt.set(text.length, word);
    }
  }
  const normalized = (phrase: string) => phrase.normalize('NFKC').toLowerCase().replaceAll(' ', '');
  const whole = (phrase: string): { first: string; last: string } | null => {
    const p = normalized(phrase);
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      const first = startsAt.get(at);
      const last = endsAt.get(at + p.length);
      if (first !== undefined && last !== undefined) return { first, last };
    }
    return null;
  };
  return {
    whole,
    /** Two runs of whole words (a verb of the task on the first thing of its list). */
    twoWholes: (phrase: string) =>
      [...phrase].some(
        (_, k) => k > 0 && whole(phrase.slice(0, k)) !== null && whole(phrase.slice(k)) !== null,
      ),
  };
}

// A phrase never starts or ends on a joiner, 的 or 等 (与 may open one: 与商标有关的…).
const OPENING_EDGE = new Set(['、', '，', ',', '和', '及', '以及', '并', '或', '的', '等']);
const CLOSING_EDGE = new Set(['、', '，', ',', '和', '及', '以及', '与', '并', '或', '的']);

/** What a step names: the reading's phrases. */
const phrases = (r: TaskReading) =>
  [r.doing, r.topic, r.tool, r.standard].filter((p): p is string => p !== undefined);

describe('next steps say what to do about what, in the task’s words', () => {
  // Every fifth task statement of the classification: about 2,100 real statements.
  const tasks = state.tasks.filter((_, i) => i % 5 === 0);
  const readings = tasks.map((task) => ({
    task: task.text,
    reading: readTask(state.analyzer, verbs, task.text),
  }));

  it('reads nearly every task as work on something', () => {
    const read = readings.filter((r) => r.reading !== null).length;
    expect(tasks.length).toBeGreaterThan(2000);
    expect(read / tasks.length).toBeGreaterThan(0.98);
  });

  it('names only whole words of the task: no fragment, no piece of a list', () => {
    for (const { task, reading } of readings) {
      if (!reading) continue;
      const words = wordsOf(state.analyzer, task);
      for (const part of [reading.topic, reading.tool, reading.standard]) {
        if (part === undefined) continue;
        const edges = words.whole(part);
        expect(edges, `${part} ← ${task}`).not.toBeNull();
        expect(OPENING_EDGE.has(edges?.first ?? ''), `${part} ← ${task}`).toBe(false);
        expect(CLOSING_EDGE.has(edges?.last ?? ''), `${part} ← ${task}`).toBe(false);
      }
      const doing = words.whole(reading.doing);
      expect(doing !== null || words.twoWholes(reading.doing), `${reading.doing} ← ${task}`).toBe(true);
      if (doing) expect(CLOSING_EDGE.has(doing.last), `${reading.doing} ← ${task}`).toBe(false);
    }
  });

  it('never names a generic word alone, and the work names the task’s object', () => {
    for (const { task, reading } of readings) {
      if (!reading) continue;
      for (const part of phrases(reading)) expect(GENERIC_WORDS.has(part), `${part} ← ${task}`).toBe(false);
      expect(reading.verbs.length).toBeGreaterThan(0);
      // The work is said on what the task acts on: the first thing of the topic is in it.
      const first = reading.topic?.split('、')[0];
      if (first !== undefined) expect(reading.doing, task).toContain(first);
    }
  });

  it('says the first verb on the first thing of a list the task closes with 等 (the issue’s example)', () => {
    const reading = readTask(state.analyzer, verbs, '分析、研究人工智能算法、深度学习及神经网络等技术');
    expect(reading?.doing).toBe('分析人工智能算法');
    expect(reading?.topic).toBe('人工智能算法、深度学习及神经网络');
  });

  it('names the equipment a task works with, and the standard it follows', () => {
    const hands = readTask(state.analyzer, verbs, '操作分离净化设备，清除原料或液体中的杂质');
    expect(hands?.tool).toBe('分离净化设备');
    expect(hands?.doing).toContain('杂质');
    const rule = readTask(state.analyzer, verbs, '根据技术规范，确定污染源的采样点位');
    expect(rule?.standard).toBe('技术规范');
    expect(rule?.doing).toContain('采样点位');
    // A standard the work writes is its object, not a rule it follows.
    expect(readTask(state.analyzer, verbs, '制订公共场所卫生管理制度和规范')?.standard).toBeUndefined();
  });

  it('gives no reading for text with no work on something (the step keeps the plain sentence)', () => {
    expect(readTask(state.analyzer, verbs, '安全事故分析与防范')).toBeNull();
    expect(readTask(state.analyzer, verbs, '，。')).toBeNull();
  });
});

describe('next steps on gaps', () => {
  it('carry the task and, read, the work in its words; the kind from the main clause’s verbs', () => {
    const report = matcher.gaps([], '2-02-38-01');
    const first = report?.gaps.find((g) => g.taskId === '2-02-38-01#1');
    expect(first?.nextStep.params).toMatchObject({ task: first?.text, doing: '分析人工智能算法' });
    expect(first?.nextStep.code).toBe('course_and_project');
    for (const gap of report?.gaps ?? []) {
      expect(gap.nextStep.params.task).toBe(gap.text);
      expect(gap.nextStep.params.doing?.length).toBeGreaterThan(0);
    }
  });

  it('reads an employer’s own requirement the same way', () => {
    const step = matcher.nextStep('用 Python 清洗、分析销售数据');
    expect(step.params.task).toBe('用 Python 清洗、分析销售数据');
    expect(step.params.doing).toContain('销售数据');
    expect(step.code).toBe('course_and_project');
    expect(matcher.nextStep('安全事故分析与防范').params).toEqual({ task: '安全事故分析与防范' });
  });
});

/**
 * Actions said as nouns. People name work with verbs used as nouns — jieba's part of speech `vn`,
 * and compound nouns that end in a verb: 负责设备的安装调试工作, 参与了产品的设计, 做过数据分析,
 * 从事数据标注工作. Coverage by meaning reads a clause's action from its verbs and its object from
 * the other words; this reads the head of a noun phrase the way the language builds it. A Chinese
 * noun phrase ends in its head, and the words before it (with or without 的) modify it, so:
 * - **"X 的 Y", Y the work**: when what follows 的 is verbs said as nouns (joined by 和, 、 …, and
 *   at most a work noun after them: 工作, 作业 …) to the end of the clause, Y is the work done — its
 *   verbs are actions — and X is what it is done to: its words are objects, even one jieba tags as a
 *   verb-noun (设备 in 负责设备的安装调试工作; before, 设备 was read as a second action and nothing as
 *   the object).
 * - **A compound that ends in a verb, at the head of its phrase** (nothing but the clause's end, a
 *   conjunction or a work noun after it): its last dictionary word is the action and the part before
 *   it the object (数据分析 → 分析 on 数据; 程序设计 → 设计 on 程序; 管理工作 → 管理; 质量检验工作 →
 *   检验 on 质量). A compound that modifies a noun after it (数据分析的结果, 数据分析报告) names a
 *   thing and stays one object word.
 * - **Verbs of undertaking** (负责, 参与, 从事, 进行, 做 …) introduce the work and are not the work; the
 *   one-character ones (做, 搞, 干) are left out of the clause's words (they were read as objects).
 * A verb used as a modifier of a noun after another verb (识读焊接图纸, 编制设计文件) is still read as an
 * action: the rule that reads it as a modifier was measured twice and not kept (matcher README,
 * "Actions said as nouns").
 */

/** One word of a clause with jieba's part-of-speech tag. */
export interface TaggedToken {
  word: string;
  tag: string;
}

/** A content word of a clause, read as an action (a verb of the work) or not. */
export interface ReadWord {
  word: string;
  action: boolean;
}

/** A compound's object part (null when it has none: 管理工作) and its verb (`Analyzer`'s `workCompound`). */
export type WorkCompound = readonly [string | null, string];

/** Verbs of undertaking: their object names the work (负责设备的维修: the work is 维修). */
export const UNDERTAKING: ReadonlySet<string> = new Set(
  '负责 参与 参加 从事 进行 开展 承担 担任 做 搞 干 完成 协助 帮忙 实施 执行 主要是 是'.split(' '),
);

/** Nouns that name work in general: the verbs before them are the work (维修工作, 焊接作业). */
export const WORK_NOUNS: ReadonlySet<string> = new Set('工作 作业 业务 任务 活动 事务'.split(' '));

/** A verb of the clause as coverage by meaning reads one: jieba's `v` or `vn`, two characters or more. */
const isVerb = (t: TaggedToken): boolean => (t.tag === 'v' || t.tag === 'vn') && t.word.length >= 2;
/** A noun-like word (nouns, set phrases, abbreviations, Latin words; not people's names). */
const isNoun = (t: TaggedToken): boolean =>
  (t.tag.startsWith('n') && t.tag !== 'nr') || t.tag === 'eng' || t.tag === 'l' || t.tag === 'j';
const isConjunction = (t: TaggedToken): boolean => t.tag === 'c' || t.word === '、' || t.word === '/';
/** Aspect particles and adverbs, which can stand between a verb and its object (了, 过, 着, 主要). */
const isParticle = (t: TaggedToken): boolean =>
  t.tag === 'ul' || t.tag === 'ug' || t.tag === 'uz' || t.tag === 'd';

/** How a word of the clause is read: as tagged, as an object, or as an action. */
const AS_TAGGED = -1;
const OBJECT = 0;
const ACTION = 1;

/**
 * Reads a clause's tagged words (all of them, stop words and 的 included: they mark the phrases):
 * its content words in order, each an action or not. `keep` says whether a word is a content word;
 * `compound` gives a compound's object part and verb, or null.
 */
export function readWorkPhrases(
  tokens: readonly TaggedToken[],
  keep: (word: string) => boolean,
  compound: (word: string) => WorkCompound | null,
): ReadWord[] {
  const n = tokens.length;
  const role = new Int8Array(n).fill(AS_TAGGED);
  const parts: (WorkCompound | null)[] = new Array(n).fill(null);

  for (let d = 0; d < n; d++) {
    if ((tokens[d] as TaggedToken).word !== '的' || !workFollows(tokens, d + 1, compound)) continue;
    for (let k = d + 1; k < n; k++) {
      const t = tokens[k] as TaggedToken;
      if (isVerb(t) && !WORK_NOUNS.has(t.word)) role[k] = ACTION;
    }
    // What the work is done to: the words before 的, back to a verb, a verb of undertaking or a particle.
    for (let k = d - 1; k >= 0; k--) {
      const t = tokens[k] as TaggedToken;
      if (UNDERTAKING.has(t.word) || isParticle(t) || t.tag === 'v' || t.tag === 'p' || t.word === '的')
        break;
      role[k] = OBJECT;
    }
  }

  for (let i = 0; i < n; i++) {
    const t = tokens[i] as TaggedToken;
    if (isVerb(t) || !isNoun(t) || role[i] === OBJECT || !headsPhrase(tokens, i)) continue;
    parts[i] = compound(t.word);
  }

  const out: ReadWord[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as TaggedToken;
    const found = parts[i];
    if (found) {
      const [object, verb] = found;
      if (object !== null && keep(object)) out.push({ word: object, action: false });
      if (keep(verb)) out.push({ word: verb, action: true });
      continue;
    }
    if (!keep(t.word) || (t.word.length === 1 && UNDERTAKING.has(t.word))) continue;
    const r = role[i] as number;
    out.push({ word: t.word, action: r === AS_TAGGED ? isVerb(t) : r === ACTION });
  }
  return out;
}

/**
 * Whether the words from `from` to the clause's end are work said as nouns: verbs (or compounds
 * ending in one), conjunctions and work nouns, with at least one verb.
 */
function workFollows(
  tokens: readonly TaggedToken[],
  from: number,
  compound: (word: string) => WorkCompound | null,
): boolean {
  let verbs = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as TaggedToken;
    if (WORK_NOUNS.has(t.word) || isConjunction(t)) continue;
    if (isVerb(t)) verbs++;
    else if (isNoun(t) && headsPhrase(tokens, j) && compound(t.word)) verbs++;
    else return false;
  }
  return verbs > 0;
}

/** Whether the word at `i` heads its phrase: only work nouns, then the clause's end, a conjunction or a mark follow. */
function headsPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as TaggedToken;
    if (WORK_NOUNS.has(t.word)) continue;
    return isConjunction(t) || t.tag === 'x';
  }
  return true;
}

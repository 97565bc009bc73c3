/**
 * A task statement read for a next step: what to do about what, in the task's own words. A task
 * clause is a predicate — its verbs, then what they act on (分析、研究 | 人工智能算法、深度学习及神经网络)
 * — sometimes behind a phrase saying where, with what or by which rule (在…上, 使用…, 按照…规程). The
 * reading keeps whole words of the task (cut where its segmentation cuts, never inside a word) and
 * names: the work (`doing`: the first verb on the first thing of a plain list, else the clause as
 * written), what to learn about (`topic`), the equipment or tools (`tool`) and the standard or rule
 * (`standard`) the task names. A task with no clause read that way gives null, and its step keeps
 * the plain sentence with the task statement.
 */
import type { Analyzer } from '../text/analyzer.js';
import { normalizeText } from '../text/normalize.js';
import { isGenericWord } from './generic-words.js';
import type { Clause } from './task-meaning.js';

export interface TaskReading {
  /** The work as a verb phrase of the task's words (分析人工智能算法). */
  doing: string;
  /** What it acts on, to learn about (人工智能算法、深度学习及神经网络); absent when that is only generic words (设备). */
  topic?: string;
  /** The equipment or tools the task names (酵母种母罐等设备), when it names some. */
  tool?: string;
  /** The standard, code or rule the task says to follow (安全操作规程), when it names one. */
  standard?: string;
  /** The verbs of the clause `doing` comes from (分析, 研究): what the kind of step is read from. */
  verbs: string[];
}

/**
 * How the classification uses words: how often each opens a task clause (its predicate: 记录, 指导,
 * 维护 …) and how often it occurs at all. A word jieba tags as a noun (记录/n, 指导/n) that opens
 * many of its clauses is a verb of the tasks; a word tagged as a verb that opens none (管辖 in
 * 审核管辖范围内…) is read as part of the object. Counted once per index from its task clauses.
 */
export interface TaskVerbs {
  opens: ReadonlyMap<string, number>;
  total: ReadonlyMap<string, number>;
}

/** What may stand before a clause's opening word (并, 及时, 负责 …). */
const OPENING_PREFIX = /^(并|并且|同时|及时|定期|主要|负责|协助|参与|配合|独立|分别|积极)*$/;

export function taskVerbs(clauses: readonly (readonly Clause[])[]): TaskVerbs {
  const opens = new Map<string, number>();
  const total = new Map<string, number>();
  for (const task of clauses)
    for (const clause of task) {
      let first = '';
      let at = Number.POSITIVE_INFINITY;
      for (const word of [...clause.actions, ...clause.objects]) {
        total.set(word, (total.get(word) ?? 0) + 1);
        const i = clause.text.indexOf(word);
        if (i >= 0 && i < at) {
          at = i;
          first = word;
        }
      }
      // Only a word the clause's text opens with (after 并, 及时 …): after 对 or 在 a noun comes first.
      if (first && OPENING_PREFIX.test(clause.text.slice(0, at)))
        opens.set(first, (opens.get(first) ?? 0) + 1);
    }
  return { opens, total };
}

interface Token {
  word: string;
  tag: string;
  /** Offsets in the text phrases are cut from. */
  start: number;
  end: number;
}

const CLAUSE_BREAK = /^[,，。.;；:：!！?？]+$/;
/** Words joining verbs or things in a list (分析、研究; 维护和检修; 记录并保存). */
const JOINERS = new Set(['、', '和', '与', '及', '以及', '并', '并且', '或', '或者', '/']);
/** Joiners that, right after a verb, join another verb (never 与: 与商标有关的…). */
const VERB_JOINERS = new Set(['和', '及', '以及', '或', '或者']);
/** Words an object never starts with (and words that open it without naming anything: 相关信息 → 信息); 与 may (与商标有关的…). */
const OPENS_NOTHING = new Set([
  '、',
  '并',
  '并且',
  '/',
  '的',
  '等',
  '相关',
  '有关',
  '各项',
  '各类',
  '各种',
  '一定',
  '其他',
  '其它',
]);
/** Words before a clause's predicate that say nothing of the work (并, 及时, 定期 …). */
const LEADING = new Set(
  '并 并且 或 或者 及 以及 和 同时 及时 定期 主要 独立 积极 全面 认真 具体 按时 适时 经常 协同 共同 分别 直接 自行 负责'.split(
    ' ',
  ),
);
/** Verbs saying with what the work is done: their object is a tool, not the work (使用…, 操作…). */
const TOOL_VERBS = new Set(['使用', '操作', '操控', '运用', '利用', '采用', '借助', '应用', '用']);
/** Verbs whose object is a noun of work (进行消毒处理): no verb follows them in the predicate. */
const LIGHT_VERBS = new Set(['进行', '开展', '从事', '实施', '组织开展', '承担', '完成', '做好']);
/** Verbs saying by what means (运用…原理): their clause says how, never the work itself. */
const METHOD_VERBS = new Set(['运用', '利用', '采用', '借助', '应用']);
/** Verbs that may say with what and then the work in one clause (运用语言文字进行创作, 使用工具检查…). */
const WITH_VERBS = new Set([...METHOD_VERBS, '使用', '用']);
/** The head of a phrase naming a means (…方法, …工具, …技术): the work follows it. */
const MEANS_HEAD = /(方法|技术|原理|知识|理论|手段|方式|工具|设备|仪器|软件|语言|器械|机具)$/;
/** The head of a phrase naming equipment or tools (…设备, …工具). */
const TOOL_HEAD = /(设备|工具|机具|机械|仪器|仪表|装置|装备|器具|器材|机床|设施|软件|平台|机|器)$/;
/** Prepositions opening a phrase of place, manner or rule before the predicate (在…上, 按照…). */
const PREPOSITIONS = new Set(
  '按照 按 依据 根据 依照 遵照 遵循 对照 在 于 通过 经 经过 结合 针对 围绕 以 为 向 从 同 跟 对于 基于 与'.split(
    ' ',
  ),
);
/** Words closing a phrase of place or time (在…上, 在…领域, 在…过程中). */
const LOCATIVE = /^(上|中|下|内|外|里|前|后|时|间|领域|方面|过程中|期间|环境中|之中|之前|之后|以后|以前)$/;
/** Prepositions moving the object before the verb (对 X 进行 Y; 将 X 制成 Y). */
const OBJECT_FIRST = new Set(['对', '把', '将']);
/** Words saying the work follows a rule (按照…规程, 执行…制度). */
const RULE_WORDS = new Set(
  '按照 按 依据 根据 依照 遵照 遵循 执行 遵守 符合 对照 贯彻 落实 严格执行 参照'.split(' '),
);
/** The head of a phrase naming a standard or rule (安全操作规程, 质量标准). */
const STANDARD_HEAD = /(标准|规范|规程|规定|法规|法律|制度|规则|条例|办法|准则|守则)$/;
/** Words that only say "work of that kind" at the end of an object (…的工作, …等事务). */
const TRAILING = new Set(['工作', '事宜', '事务', '活动', '任务', '业务', '事项']);
/** Tags of words a trailing 工作 may not be cut from (日常工作 stays whole). */
const MODIFIER_TAGS = new Set(['a', 'ad', 'b', 'd', 't', 'f', 'm', 'q', 'r', 'z']);
/** Words that open a noun phrase without naming anything (相关信息 → 信息). */
const EMPTY_OPENERS = new Set(['相关', '有关', '各项', '各类', '各种', '一定', '其他', '其它']);

/** A word opening at least this share of the clauses it occurs in is a verb of the tasks, whatever its tag. */
const OPENING_SHARE = 0.2;
/** A word opening at least this many clauses, and at least a tenth of those it occurs in, is a verb in a list of verbs. */
const OPENING_MIN = 3;
/** The most of a list a topic names. */
const TOPIC_ITEMS = 3;

const isVerbTag = (t: Token) => t.tag === 'v' || t.tag === 'vn' || t.tag === 'vd' || t.tag === 'vg';
const isHan = (word: string) => /^[\u3400-\u9fff]+$/.test(word);
const isWord = (t: Token) => /[\u3400-\u9fffa-z0-9]/i.test(t.word);

/** Whether a token reads as a verb of the tasks (see `TaskVerbs`). */
function verbReader(verbs: TaskVerbs) {
  const opens = (t: Token) => verbs.opens.get(t.word) ?? 0;
  const share = (t: Token) => opens(t) / Math.max(1, verbs.total.get(t.word) ?? 0);
  const opening = (t: Token) => opens(t) >= 2 && share(t) >= OPENING_SHARE;
  return {
    /** A verb wherever it stands: tagged one, or opening many of the clauses it occurs in. */
    any: (t: Token) => isHan(t.word) && (isVerbTag(t) || opening(t)),
    /** A verb after a joiner (分析、研究; 清洗、干燥): opening clauses. */
    listed: (t: Token) =>
      isHan(t.word) &&
      (t.tag === 'v' || opening(t) || (opens(t) >= OPENING_MIN && (isVerbTag(t) || share(t) >= 0.1))),
    /** A word opening clauses elsewhere too (the first word of a clause read as its predicate). */
    opener: (t: Token) => isHan(t.word) && opens(t) >= 2,
    /** A verb right after another (维护保养, 研究分析): a plain verb opening clauses, or a verb opening many. */
    serial: (t: Token) =>
      isHan(t.word) && ((t.tag === 'v' && opens(t) >= OPENING_MIN) || (isVerbTag(t) && opening(t))),
  };
}
type VerbReader = ReturnType<typeof verbReader>;

/** The task's words as written, tokens `from`–`to`; a left-out aside leaves nothing, a space one space. */
function phrase(text: string, tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1];
    if (k > from && before && t.start > before.end && /^\s+$/.test(text.slice(before.end, t.start)))
      out += ' ';
    out += text.slice(t.start, t.end);
  }
  return out.trim();
}

/**
 * Whether tokens `from`–`to` name something: a word of two characters or more that is neither
 * generic nor a joiner, or single characters making one (分 筛 机).
 */
function names(tokens: readonly Token[], from: number, to: number): boolean {
  let singles = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t) || JOINERS.has(t.word) || isGenericWord(t.word) || t.word === '的' || t.word === '等')
      continue;
    if (t.word.length >= 2) return true;
    singles++;
  }
  return singles >= 2;
}

/** Tokens of a task with their offsets in it; parenthesised asides and spaces are left out. */
function tokensOf(analyzer: Analyzer, task: string): { text: string; tokens: Token[] } {
  const normalized = normalizeText(task);
  // NFKC keeps Han text the same length; when it does not, phrases are cut from its form.
  const text = normalized.length === task.length ? task : normalized;
  const tokens: Token[] = [];
  let at = 0;
  let depth = 0;
  for (const { word, tag } of analyzer.segments(task)) {
    const start = at;
    at += word.length;
    if (word === '(') depth++;
    else if (word === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && word.trim() !== '') tokens.push({ word, tag, start, end: at });
  }
  return { text, tokens };
}

/** The task's clauses, each a run of tokens. */
function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  for (const t of tokens) {
    if (CLAUSE_BREAK.test(t.word)) clauses.push([]);
    else (clauses.at(-1) as Token[]).push(t);
  }
  return clauses.filter((c) => c.length > 0);
}

interface ClauseReading {
  /** The clause from its predicate on, as written. */
  clause: string;
  /** The predicate's first verb, and all of them. */
  verb: string;
  verbs: string[];
  /** What the verbs act on, as written; `named`: it names more than generic words. */
  object: string;
  named: boolean;
  /** The things of a plain list it acts on (one when it is not a plain list). */
  items: string[];
  /** A list closed by 等: its first things as written, up to the topic's three (人工智能算法、深度学习及神经网络). */
  list?: string;
  /** The verb says with what (使用…设备): the clause says how, not the work. */
  toolOnly: boolean;
  /** Its object names a thing, no action (分馏塔, not 泵输送油料): what a tool can be. */
  thing: boolean;
  /** The object comes before the verb (对 X 进行 Y). */
  objectFirst: boolean;
  /** What the clause says the work is done with (运用语言文字进行… → 语言文字). */
  withWhat?: string;
  /** Its predicate is a verb by its tag or by how the classification uses it (not just its first word). */
  sure: boolean;
}

/** Where a clause's predicate starts, and the object before it (对 X 进行 Y), or null without one. */
function predicateOf(
  clause: readonly Token[],
  verb: VerbReader,
  /** The statement's first clause. */
  opening: boolean,
): { at: number; objectFirst: { from: number; to: number } | null; sure?: false } | null {
  let i = 0;
  while (i < clause.length && LEADING.has((clause[i] as Token).word)) i++;
  const first = clause[i];
  if (!first) return null;
  // A predicate is a word of two characters or more, not one that modifies a noun (规定的职权).
  const isPredicate = (j: number) =>
    verb.any(clause[j] as Token) && (clause[j] as Token).word.length >= 2 && clause[j + 1]?.word !== '的';
  const nextVerb = (from: number, limit = clause.length) => {
    let j = from;
    while (j < clause.length && j < limit && !isPredicate(j)) j++;
    return j < clause.length && j < limit ? j : -1;
  };
  if (OBJECT_FIRST.has(first.word)) {
    // 对 X 进行 Y / 将 X 制成 Y: X runs to the first verb after it.
    const j = nextVerb(i + 2);
    return j < 0 ? null : { at: j, objectFirst: { from: i + 1, to: j - 1 } };
  }
  if (PREPOSITIONS.has(first.word) && !verb.listed(first)) {
    // 在…上 / 按照…: the predicate starts at the first verb after a word of the phrase; a place
    // (在…领域, 在…中) ends at its locative word, and a clause that ends there has no predicate.
    if (first.word === '在' || first.word === '于') {
      const place = clause.findIndex((t, k) => k > i && LOCATIVE.test(t.word));
      if (place >= 0) {
        const j = nextVerb(place + 1);
        return j < 0 ? null : { at: j, objectFirst: null };
      }
    }
    const j = nextVerb(i + 2);
    return j < 0 ? null : { at: j, objectFirst: null };
  }
  if (verb.any(first)) return { at: i, objectFirst: null };
  // A subject before the predicate (常务委员会负责人主要处理…): the first verb a few words on; else
  // the clause opens with its predicate, as a task statement does (照料老年人的…), when it is the
  // statement's first clause or its first word opens other clauses of the classification too.
  const j = nextVerb(i + 1, i + 4);
  if (j >= 0) return { at: j, objectFirst: null };
  return opening || verb.opener(first) ? { at: i, objectFirst: null, sure: false } : null;
}

/** A clause's predicate and object, or null when it has no verb or acts on nothing. */
function readClause(
  text: string,
  clause: readonly Token[],
  verb: VerbReader,
  opening: boolean,
): ClauseReading | null {
  const predicate = predicateOf(clause, verb, opening);
  if (!predicate) return null;
  const { objectFirst } = predicate;
  let { at } = predicate;
  // 运用语言文字进行…创作 / 使用工具检查…: with what, then the work — read the work, say the tool.
  let withWhat: string | undefined;
  const head0 = clause[at] as Token;
  const endsWithTool = TOOL_HEAD.test((clause.at(-1) as Token).word);
  if (
    !objectFirst &&
    WITH_VERBS.has(head0.word) &&
    !endsWithTool &&
    !JOINERS.has(clause[at + 1]?.word ?? '')
  ) {
    // The work starts at a verb after a means (…工具, …方法) or at a light verb (…进行创作).
    for (let k = at + 2; k < clause.length - 1; k++) {
      const t = clause[k] as Token;
      const before = clause[k - 1] as Token;
      if (!verb.listed(t) || JOINERS.has(before.word) || before.word === '等') continue;
      if (!LIGHT_VERBS.has(t.word) && !MEANS_HEAD.test(before.word)) continue;
      if (names(clause, at + 1, k - 1)) {
        withWhat = phrase(text, clause, at + 1, k - 1);
        at = k;
      }
      break;
    }
  }
  // The verbs: the first word, then verbs right after it (two at most: 维护保养) or after a joiner;
  // a light verb (进行, 开展) takes a noun of work, and a tool verb before a tool (使用…工具) the tool.
  const head = clause[at] as Token;
  const verbs: Token[] = [head];
  let j = at + 1;
  const toolClause = TOOL_VERBS.has(head.word) && TOOL_HEAD.test((clause.at(-1) as Token).word);
  let serial = false;
  while (j < clause.length && !LIGHT_VERBS.has(head.word) && !toolClause) {
    const t = clause[j] as Token;
    const next = clause[j + 1];
    if (!serial && verb.serial(t)) {
      verbs.push(t);
      serial = true;
      j++;
    } else if (
      JOINERS.has(t.word) &&
      next &&
      // Right after a verb, 和 / 及 / 或 join another verb (装配和实验…), whatever its tag.
      (verb.listed(next) || (VERB_JOINERS.has(t.word) && isHan(next.word) && next.word.length >= 2))
    ) {
      verbs.push(next);
      serial = false;
      j += 2;
    } else break;
  }
  if (!verbs.every((t) => isHan(t.word))) return null;
  // What they act on: the rest of the clause (or what 对 put first), less words that say nothing.
  let from = objectFirst ? objectFirst.from : j;
  let to = objectFirst ? objectFirst.to : clause.length - 1;
  // 并 joins verbs, never things: 设计舞美草图并定稿 acts on 舞美草图.
  for (let k = from + 1; k <= to; k++)
    if ((clause[k] as Token).word === '并' || (clause[k] as Token).word === '并且') {
      to = k - 1;
      break;
    }
  while (to >= from && trailing(clause, from, to)) to--;
  while (from <= to && OPENS_NOTHING.has((clause[from] as Token).word)) from++;
  // An object opening on 和 / 或 (独自或与合作者排练…): what stood before was no predicate.
  if (from > to || VERB_JOINERS.has((clause[from] as Token).word)) return null;
  let end = clause.length - 1;
  while (end > at && trailing(clause, at + 1, end)) end--;
  const object = phrase(text, clause, from, to);
  const first = verbs[0] as Token;
  return {
    ...(withWhat !== undefined ? { withWhat } : {}),
    clause: phrase(text, clause, objectFirst ? objectFirst.from - 1 : at, end),
    verb: first.word,
    verbs: verbs.map((t) => t.word),
    object,
    named: names(clause, from, to),
    ...itemsOf(text, clause, from, to),
    objectFirst: objectFirst !== null,
    thing: TOOL_HEAD.test(object) || clause.slice(from, to + 1).every((t) => t.tag !== 'v'),
    sure: predicate.sure !== false,
    toolOnly:
      !objectFirst &&
      (METHOD_VERBS.has(first.word) ||
        (TOOL_VERBS.has(first.word) && (verbs.length === 1 || TOOL_HEAD.test(object)))),
  };
}

/** Whether the last token of an object says only "work of that kind" (…等, …的工作, 公益诉讼工作). */
function trailing(clause: readonly Token[], from: number, to: number): boolean {
  const last = clause[to] as Token;
  if (last.word === '等' || last.word === '的' || JOINERS.has(last.word)) return true;
  if (!TRAILING.has(last.word) || to <= from) return false;
  const before = clause[to - 1] as Token;
  return (
    before.word === '的' ||
    before.word === '等' ||
    (!MODIFIER_TAGS.has(before.tag) && names(clause, from, to - 1))
  );
}

/**
 * The things of a list closed by 等 (人工智能算法、深度学习及神经网络等技术 → two: 人工智能算法,
 * 深度学习及神经网络), split at 、. Any other list stays whole: X和Y方案 or X、Y的Z share a word that a
 * piece would lose (水量分配、水量调度方案), and only 等 says the items stand alone.
 */
function itemsOf(
  text: string,
  clause: readonly Token[],
  from: number,
  to: number,
): { items: string[]; list?: string } {
  const whole = { items: [phrase(text, clause, from, to)] };
  // The list ends at 等, at the end or before one generic word (等技术, 等工作).
  let last = to;
  const end = clause[to + 1];
  if (end?.word === '等') last = to;
  else if ((clause[to] as Token).word === '等') last = to - 1;
  else if (
    to - 1 > from &&
    (clause[to - 1] as Token).word === '等' &&
    isGenericWord((clause[to] as Token).word)
  )
    last = to - 2;
  else return whole;
  const spans: { from: number; to: number }[] = [];
  let start = from;
  for (let k = from; k <= last + 1; k++) {
    const word = k <= last ? (clause[k] as Token).word : '、';
    if (word === '的' || word === '等') return whole;
    if (word !== '、') continue;
    if (k > start && names(clause, start, k - 1)) spans.push({ from: start, to: k - 1 });
    start = k + 1;
  }
  if (spans.length < 2) return whole;
  // The topic is the list as written from its first thing to its third at most: whole words of the
  // task, a thing that names nothing alone between them kept (栈桥升降塔、活动墩、栈桥梁).
  const through = spans[Math.min(spans.length, TOPIC_ITEMS) - 1] as { to: number };
  return {
    items: spans.map((s) => phrase(text, clause, s.from, s.to)),
    list: phrase(text, clause, (spans[0] as { from: number }).from, through.to),
  };
}

/** The standard or rule a task says to follow (按照安全操作规程 → 安全操作规程), or undefined. */
function standardOf(text: string, tokens: readonly Token[]): string | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const head = tokens[k] as Token;
    if (!STANDARD_HEAD.test(head.word)) continue;
    // The words before the head that are part of its name: no verb, joiner, break or preposition.
    let from = k;
    while (from > 0) {
      const before = tokens[from - 1] as Token;
      const stops =
        CLAUSE_BREAK.test(before.word) ||
        JOINERS.has(before.word) ||
        isVerbTag(before) ||
        PREPOSITIONS.has(before.word) ||
        OBJECT_FIRST.has(before.word) ||
        !isWord(before) ||
        before.word === '的';
      if (stops) break;
      from--;
    }
    // Only a standard the work follows (按照…, 执行…), not one it writes (制订…标准).
    if (!RULE_WORDS.has(tokens[from - 1]?.word ?? '')) continue;
    while (
      from < k &&
      (isGenericWord((tokens[from] as Token).word) || EMPTY_OPENERS.has((tokens[from] as Token).word))
    )
      from++;
    // A bare 标准 or 规定 names no standard; 安全操作规程 or 质量标准 does.
    if (names(tokens, from, k) && (from < k || head.word.length >= 4)) return phrase(text, tokens, from, k);
  }
  return undefined;
}

/** Reads a task statement for a next step; null when no clause of it names work on something. */
export function readTask(analyzer: Analyzer, verbs: TaskVerbs, task: string): TaskReading | null {
  const { text, tokens } = tokensOf(analyzer, task);
  const verb = verbReader(verbs);
  const readings = clausesOf(tokens)
    .map((clause, c) => readClause(text, clause, verb, c === 0))
    .filter((r): r is ClauseReading => r !== null);
  // The work: the first clause that names something and is not only "with what".
  const main =
    readings.find((r) => r.named && !r.toolOnly && r.sure) ??
    readings.find((r) => r.named && !r.toolOnly) ??
    readings.find((r) => r.named) ??
    readings[0];
  if (!main) return null;
  const tool = main.withWhat ?? readings.find((r) => r.toolOnly && r !== main && r.named && r.thing)?.object;
  const named = main.items.filter((item) => !isGenericWord(item));
  // A list closed by 等 names its things as written (人工智能算法、深度学习及神经网络, not …等技术),
  // three at most.
  const topic = main.named ? (main.list ?? main.object) : undefined;
  // The first verb on the first thing of a plain list; otherwise the clause as written. A light verb
  // (进行, 开展) says nothing its object does not: the work is the object (铁路房建设备巡检维修).
  const light = LIGHT_VERBS.has(main.verb) && !main.objectFirst && main.named;
  const first = main.items.length > 1 && named[0] ? named[0] : undefined;
  const doing = light
    ? (first ?? main.object)
    : first && !main.objectFirst
      ? `${main.verb}${first}`
      : main.clause;
  const standard = standardOf(text, tokens);
  return {
    doing,
    ...(topic !== undefined ? { topic } : {}),
    ...(tool !== undefined ? { tool } : {}),
    ...(standard !== undefined ? { standard } : {}),
    verbs: main.verbs,
  };
}

/**
 * Coverage by meaning: a task statement is covered when a sentence of the evidence says the same
 * thing in other words. Both are split into clauses; in a task clause the action (its verbs, by
 * part of speech) and the object (the other words) are matched separately against one evidence
 * clause at a time — verb ↔ verb (the same verb, one inside the other, every character in order, a
 * shared character for a little), object ↔ object (each object word's best match: the same word, one
 * inside the other — 焊接设备 ↔ 焊 — or partial credit, weighted by how distinctive the word is) —
 * with the synonym list's and the near-synonym lexicon's words added to the evidence (操控 ↔ 操作). Partial matches earn partial credit. The same
 * function judges employers' requirements.
 */
import type { Analyzer } from '../text/analyzer.js';
import type { NearLexicon } from '../text/near-synonyms.js';
import type { Vocabulary } from '../vector/vocabulary.js';
import type { Weighting } from '../vector/weighting.js';
import { isGenericWord } from './generic-words.js';

/** One clause: its action words, its other words, and the synonym list's words for it. */
export interface Clause {
  text: string;
  actions: string[];
  objects: string[];
  /** Words the synonym list adds (evidence only). */
  expanded: string[];
  /** How distinctive each object word is (filled once for task clauses, see `weighClauses`). */
  objectWeights?: number[];
  /** The same for each action word (read by `actionAgreement`). */
  actionWeights?: number[];
}

/** Fills each clause's object weights once (task clauses are read for every learner). */
export function weighClauses(clauses: Clause[], weight: (word: string) => number): Clause[] {
  for (const clause of clauses) {
    clause.objectWeights = clause.objects.map(weight);
    clause.actionWeights = clause.actions.map(weight);
  }
  return clauses;
}

export const MEANING = Object.freeze({
  /** Share of a clause's credit that comes from the action; the rest from the object. */
  actionWeight: 0.4,
  /** Credit of a single character inside the other word (件 in 构件): a weak sign. */
  related: 0.5,
  /**
   * Credit of two words that only share a character (操控 ↔ 操作, but as much 制作 ↔ 操作, 数据 ↔
   * 证据): 0.25 since `match-2026.11-23` (0.5 before), chosen with the covered threshold by 5-fold
   * cross-validation on the labelled coverage set among 0, 0.25 and 0.5. At 0.5 a character in
   * common held "not" pairs near the threshold; at 0 the ranking of the narratives written blind
   * lost (README, "A character in common"). The relations that carry meaning keep their credit:
   * one word inside the other (数据分析 ↔ 分析), every character in order (电焊 ↔ 电弧焊), and the
   * near-synonym lexicon for the same work in other characters (操控 ↔ 操作 at 0.7).
   */
  sharedCharacter: 0.25,
  /** Credit of a word whose characters all appear, in order, in the other (电焊 ↔ 电弧焊). */
  subsequence: 0.85,
  /** Credit of matching verbs alone when the objects share nothing. */
  actionOnly: 0.25,
  /**
   * Credit of matching the object alone when the clause names an action and the evidence says none
   * of its verbs, not even in part (a task is an action on an object: flying a drone is not
   * repairing one). Below the covered threshold (0.25), so the object alone never covers; chosen
   * with it by 5-fold cross-validation on the labelled coverage set (README): 0.2 since
   * `match-2026.11-23` (a character in common half the credit, so it lifts "not" pairs less), 0.3 from `-15`; 0.6 (= 1 −
   * actionWeight) read the object as if the action were merely unsaid (until `match-2026.11-15`).
   */
  objectOnly: 0.2,
});

/** The settings of coverage by meaning the eval can vary (`withMeaningSettings`). */
export type MeaningSettings = {
  objectOnly: number;
  sharedCharacter: number;
  /** Whether the action agreement reads an evidence clause's verbs as far as it says the objects (`objectGated`). */
  objectGate: boolean;
};

let settings: MeaningSettings = {
  objectOnly: MEANING.objectOnly,
  sharedCharacter: MEANING.sharedCharacter,
  objectGate: true,
};

/**
 * Runs `fn` with some settings changed (the coverage eval chooses them by k-fold; the product
 * never calls it), and restores the shipped ones afterwards.
 */
export function withMeaningSettings<T>(changed: Partial<MeaningSettings>, fn: () => T): T {
  const before = settings;
  settings = { ...before, ...changed };
  try {
    return fn();
  } finally {
    settings = before;
  }
}

const CLAUSE_BREAK = /[，,。；;！!？?\n]+/;

/** Splits a text into clauses and tags each. */
export function parseClauses(
  analyzer: Analyzer,
  text: string,
  { evidence = false }: { evidence?: boolean } = {},
): Clause[] {
  const clauses: Clause[] = [];
  for (const part of text.split(CLAUSE_BREAK)) {
    const trimmed = part.trim();
    if (trimmed.length === 0) continue;
    const words = analyzer.tagged(trimmed, { evidence });
    if (words.length === 0) continue;
    clauses.push({
      text: trimmed,
      actions: [...new Set(words.filter((w) => w.action).map((w) => w.word))],
      objects: [...new Set(words.filter((w) => !w.action).map((w) => w.word))],
      expanded: evidence ? analyzer.expansions(trimmed) : [],
    });
  }
  return clauses;
}

function isSubsequence(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  let at = 0;
  for (let i = 0; i < long.length; i++) {
    const code = long.charCodeAt(i);
    // A character outside the BMP (a surrogate pair) equals no single code unit of `short`.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < long.length) {
      const next = long.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (code === short.charCodeAt(at)) at++;
  }
  return at === short.length;
}

/** How well one word of the evidence stands for one word of the task, in [0, 1]. */
export function wordMatch(task: string, evidence: string, { related = true } = {}): number {
  return matchWords(task, evidence, related);
}

/** `wordMatch` with `related` as an argument (no options object per comparison). */
function matchWords(task: string, evidence: string, related: boolean): number {
  if (task === evidence) return 1;
  if (task.includes(evidence) || evidence.includes(task)) {
    // A single character inside a word is a weak sign (件 in 构件).
    return Math.min(task.length, evidence.length) === 1 ? MEANING.related : 1;
  }
  if (!related) return 0;
  // 电焊 ↔ 电弧焊, 气焊 ↔ 气体保护焊: every character of the shorter word, in order, in the longer.
  if (isSubsequence(task, evidence) || isSubsequence(evidence, task)) return MEANING.subsequence;
  // A character in common and nothing more is a weak sign, often chance (制作 ↔ 操作, 数据 ↔ 证据):
  // `MEANING.sharedCharacter` (the eval's ablations and k-fold read other credits).
  const shared = settings.sharedCharacter;
  if (shared === 0) return 0;
  // A Han character in common (a BMP code unit, never half of a surrogate pair).
  for (let i = 0; i < task.length; i++) {
    const code = task.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff && hasCodeUnit(evidence, code)) return shared;
  }
  return 0;
}

/** Whether `text` holds the UTF-16 code unit `code` (`indexOf` of that character, with no string made). */
function hasCodeUnit(text: string, code: number): boolean {
  for (let j = 0; j < text.length; j++) if (text.charCodeAt(j) === code) return true;
  return false;
}

/**
 * An evidence item's words, for coverage by meaning: its clauses, all its words (with the synonym
 * list's), its action words, and a cache of how well it matches each task word (a task word's
 * match depends only on the item, so it is computed once per item and word).
 */
export interface EvidenceWords {
  clauses: Clause[];
  all: string[];
  actions: string[];
  set: Set<string>;
  /**
   * Near-synonyms of its actions and objects (`near-synonyms.ts`), with their best credit: a task
   * word equal to one matches the item that much (修理 for 维修) when it does not say the word itself.
   */
  near?: Map<string, number> | undefined;
  /** The lexicon `near` came from (its clauses are read with it too), or none. */
  lexicon?: NearLexicon | null;
  /** Made when first needed (`itemMatch`: explanations and requirements; ranking never asks). */
  actionCache?: Map<string, number>;
  objectCache?: Map<string, number>;
  /**
   * The UTF-16 code units of all its words, or null when a word is empty: a task word sharing none
   * of them matches no word of the item (equal, contained, subsequence and shared-character matches
   * all need a common character), so it scores 0 without comparing words.
   */
  chars: Set<number> | null;
  /** The same for each clause alone (made when first needed). */
  perClause?: EvidenceWords[];
  /** Each clause's `near` alone (`withNearSynonyms`: the near-synonym credits, without the rest of `perClause`). */
  perClauseNear?: (Map<string, number> | undefined)[];
  /**
   * Per task word, how well each clause alone matches it as an action / as an object: where its
   * matches (one per clause) start in `matchStore`, or `NO_MATCH` when no clause can match it.
   */
  clauseActions?: Map<string, number>;
  clauseObjects?: Map<string, number>;
  /**
   * `chars` as 1,024 buckets by code unit (`code & 1023`), made when first needed: a word none of
   * whose code units falls in a marked bucket shares none with the item. Null with `chars`.
   */
  charBuckets?: Uint8Array | null;
  /**
   * `chars` exactly, a bit per UTF-16 code unit (65,536 bits), made when first needed: a task word
   * none of whose code units is set shares no character with the item and matches no clause
   * (`clauseMatches` would answer `NO_MATCH`). Null with `chars`. Unlike the buckets, it has no
   * false positives, so no word is worked out only to find it matches nothing.
   */
  charBits?: Uint32Array | null;
  /** The kept clause matches of all task words, one after another (grown as words come). */
  matchStore?: { values: Float64Array; length: number };
  /** Which clauses contain each character (made when first needed, see `clauseMatches`). */
  clauseMasks?: { all: number; byChar: Map<number, number> | null };
  /** Per character, a bit per word containing it (made when first needed, see `bestMatch`). */
  wordMasks?: Map<number, number> | null;
  /** Per word of `all`, a bit per clause holding it and per clause where it is an action (`wordClauses`). */
  wordClauses?: WordClauses | null;
  /**
   * `clauseActions` and `clauseObjects` for the index's task words, keyed by word id (`TaskWords`):
   * an open-addressing table of key 2 × id (+ 1 for an action) → where the matches start.
   */
  taskWordMatches?: { keys: Int32Array; values: Int32Array; size: number };
}

export function evidenceWords(clauses: Clause[], lexicon: NearLexicon | null = null): EvidenceWords {
  // One pass, no intermediate arrays (every learner's items are read this way): `all` in the
  // order words first appear (each clause's actions, objects, then the synonym list's words).
  const set = new Set<string>();
  const actionSet = new Set<string>();
  for (const clause of clauses) {
    for (const word of clause.actions) {
      set.add(word);
      actionSet.add(word);
    }
    for (const word of clause.objects) set.add(word);
    for (const word of clause.expanded) set.add(word);
  }
  const all = Array.from(set);
  const near = lexicon ? nearWords(clauses, lexicon) : undefined;
  let chars: Set<number> | null = new Set();
  for (const word of near ? [...all, ...near.keys()] : all) {
    if (word.length === 0) chars = null;
    for (let i = 0; chars && i < word.length; i++) chars.add(word.charCodeAt(i));
  }
  return { clauses, all, actions: Array.from(actionSet), set, chars, near, lexicon };
}

/** The near-synonyms of the clauses' actions and objects, with their best credit. */
function nearWords(clauses: readonly Clause[], lexicon: NearLexicon): Map<string, number> {
  const near = new Map<string, number>();
  for (const clause of clauses)
    for (const words of [clause.actions, clause.objects])
      for (const word of words)
        for (const [other, credit] of lexicon.get(word) ?? [])
          if (credit > (near.get(other) ?? 0)) near.set(other, credit);
  return near;
}

/** Whether a word has a code unit in common with the item's words (always true when unknown). */
function mayMatch(item: EvidenceWords, word: string): boolean {
  const chars = item.chars;
  if (!chars || word.length === 0) return true;
  for (let i = 0; i < word.length; i++) if (chars.has(word.charCodeAt(i))) return true;
  return false;
}

/** How well the item matches one task word (an action when `action`), in [0, 1]. */
function itemMatch(item: EvidenceWords, word: string, action: boolean): number {
  if (item.set.has(word)) return 1;
  if (!mayMatch(item, word)) return 0;
  item.actionCache ??= new Map();
  item.objectCache ??= new Map();
  const cache = action ? item.actionCache : item.objectCache;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const best = bestMatch(item, word, action);
  cache.set(word, best);
  return best;
}

/** `itemMatch` without its cache: the best match of the word among the item's words. */
function bestMatch(item: EvidenceWords, word: string, action: boolean): number {
  if (item.set.has(word)) return 1;
  let best = item.near?.get(word) ?? 0;
  if (best >= 1) return best;
  // Only the words sharing a character with it can match it (see `chars`).
  let candidates = -1;
  const byChar = item.all.length < 31 ? wordMasks(item) : null;
  if (byChar && word.length > 0) {
    candidates = 0;
    for (let i = 0; i < word.length; i++) candidates |= byChar.get(word.charCodeAt(i)) ?? 0;
  }
  for (let w = 0; w < item.all.length; w++) {
    if (candidates !== -1 && (candidates & (1 << w)) === 0) continue;
    const other = item.all[w] as string;
    // A verb is related to another verb (操控 ↔ 操作); an object word to any word (产品 ↔ 商品).
    const related = word.length >= 2 && other.length >= 2 && (!action || item.actions.includes(other));
    best = Math.max(best, matchWords(word, other, related));
    if (best >= 1) break;
  }
  return best;
}

/** Per character, a bit per word of the item containing it (null when a word is empty). */
function wordMasks(item: EvidenceWords): Map<number, number> | null {
  if (item.wordMasks !== undefined) return item.wordMasks;
  let byChar: Map<number, number> | null = new Map();
  item.all.forEach((word, w) => {
    if (word.length === 0) byChar = null;
    for (let i = 0; byChar && i < word.length; i++) {
      const code = word.charCodeAt(i);
      byChar.set(code, (byChar.get(code) ?? 0) | (1 << w));
    }
  });
  item.wordMasks = byChar;
  return byChar;
}

/**
 * Credit an evidence item gives one task clause; the task words it matched are added to `words`
 * when one is given (explanations), and nothing is allocated otherwise (ranking).
 */
export function matchClause(
  weight: (word: string) => number,
  task: Clause,
  item: EvidenceWords,
  words?: string[],
): number {
  let objectSum = 0;
  let objectTotal = 0;
  for (let i = 0; i < task.objects.length; i++) {
    const word = task.objects[i] as string;
    const best = itemMatch(item, word, false);
    const w = task.objectWeights?.[i] ?? weight(word);
    objectSum += w * best;
    objectTotal += w;
    if (words && best >= 1) words.push(word);
  }
  const object = objectTotal > 0 ? objectSum / objectTotal : 0;
  if (task.actions.length === 0) return object;
  let sum = 0;
  for (const verb of task.actions) {
    const best = itemMatch(item, verb, true);
    if (words && best >= 1) words.push(verb);
    sum += best;
  }
  return combine(task, sum / task.actions.length, object);
}

/**
 * Coverage of a task (its clauses) by one evidence item: each task clause is read against one
 * evidence clause at a time (its best), so a verb from one sentence and an object from another do
 * not add up to a task nobody did; the task's credit is the mean of its best-covered clause and of
 * all its clauses (a task of several clauses is covered by its main one as much as by all).
 * Equal to `matchClause` against each evidence clause alone, computed in one pass over the task's
 * words: each word's match with every clause is worked out once per item and kept.
 */
export function matchMeaning(
  weight: (word: string) => number,
  task: readonly Clause[],
  item: EvidenceWords,
): number {
  if (task.length === 0 || item.all.length === 0) return 0;
  const n = item.clauses.length;
  growSums(n);
  // Most task words share no character with the item: answered here from its character buckets,
  // without a call (see `clauseMatches`).
  if (item.charBuckets === undefined) item.charBuckets = charBuckets(item.chars);
  const buckets = item.charBuckets;
  let sum = 0;
  let best = 0;
  for (let k = 0; k < task.length; k++) {
    const clause = task[k] as Clause;
    const objects = clause.objects;
    const actions = clause.actions;
    let matched = false;
    let objectTotal = 0;
    for (let i = 0; i < objects.length; i++) {
      const word = objects[i] as string;
      const w = clause.objectWeights?.[i] ?? weight(word);
      objectTotal += w;
      // A word no clause can match adds 0 to every sum: skipped.
      if (buckets && !sharesBucket(buckets, word)) continue;
      const at = clauseMatches(item, word, false);
      if (at === NO_MATCH) continue;
      if (!matched) {
        clearSums(n);
        matched = true;
      }
      const matches = (item.matchStore as { values: Float64Array }).values;
      for (let c = 0; c < n; c++) objectSums[c] = (objectSums[c] as number) + w * (matches[at + c] as number);
    }
    for (let i = 0; i < actions.length; i++) {
      const verb = actions[i] as string;
      if (buckets && !sharesBucket(buckets, verb)) continue;
      const at = clauseMatches(item, verb, true);
      if (at === NO_MATCH) continue;
      if (!matched) {
        clearSums(n);
        matched = true;
      }
      const matches = (item.matchStore as { values: Float64Array }).values;
      for (let c = 0; c < n; c++) actionSums[c] = (actionSums[c] as number) + (matches[at + c] as number);
    }
    // No word matched: every evidence clause scores 0 (`combine` of 0 and 0), and so does this one.
    if (!matched) continue;
    let score = 0;
    for (let c = 0; c < n; c++) {
      const object = objectTotal > 0 ? (objectSums[c] as number) / objectTotal : 0;
      const action = actions.length > 0 ? (actionSums[c] as number) / actions.length : 0;
      score = Math.max(score, combine(clause, action, object));
    }
    sum += score;
    best = Math.max(best, score);
  }
  return (best + sum / task.length) / 2;
}

/**
 * The task clauses of an index laid out flat for `matchTaskMeaning` (made once per index, see
 * `taskWordsOf` in task-coverage.ts): every learner's reading walks the same words, so their ids,
 * weights and code units are worked out once, in arrays read in order.
 */
export interface TaskWords {
  /** Task t's clauses are `clauseStart[t] … clauseStart[t + 1]`. */
  clauseStart: Int32Array;
  /** Clause c's words are `slotStart[c] … slotStart[c + 1]`: its objects, then its actions. */
  slotStart: Int32Array;
  objectCount: Int32Array;
  /** Per slot: the word's id and its weight (as `matchMeaning` and `actionAgreement` read them). */
  slotWord: Int32Array;
  slotWeight: Float64Array;
  /** Per word id: the word, and its code units in `codes` (`codeStart[id] … codeStart[id + 1]`). */
  words: string[];
  codeStart: Int32Array;
  codes: Uint16Array;
}

export function taskWords(
  taskClauses: readonly (readonly Clause[])[],
  weight: (word: string) => number,
): TaskWords {
  let clauseCount = 0;
  let slotCount = 0;
  for (const task of taskClauses)
    for (const clause of task) {
      clauseCount++;
      slotCount += clause.objects.length + clause.actions.length;
    }
  const clauseStart = new Int32Array(taskClauses.length + 1);
  const slotStart = new Int32Array(clauseCount + 1);
  const objectCount = new Int32Array(clauseCount);
  const slotWord = new Int32Array(slotCount);
  const slotWeight = new Float64Array(slotCount);
  const words: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      ids.set(word, id);
    }
    return id;
  };
  let c = 0;
  let slot = 0;
  for (let t = 0; t < taskClauses.length; t++) {
    for (const clause of taskClauses[t] as readonly Clause[]) {
      const { objects, actions, objectWeights, actionWeights } = clause;
      for (let i = 0; i < objects.length; i++) {
        const word = objects[i] as string;
        slotWord[slot] = idOf(word);
        slotWeight[slot++] = objectWeights?.[i] ?? weight(word);
      }
      for (let i = 0; i < actions.length; i++) {
        const verb = actions[i] as string;
        slotWord[slot] = idOf(verb);
        slotWeight[slot++] = actionWeights?.[i] ?? weight(verb);
      }
      objectCount[c++] = objects.length;
      slotStart[c] = slot;
    }
    clauseStart[t + 1] = c;
  }
  const codeStart = new Int32Array(words.length + 1);
  for (let id = 0; id < words.length; id++)
    codeStart[id + 1] = (codeStart[id] as number) + (words[id] as string).length;
  const codes = new Uint16Array(codeStart[words.length] as number);
  for (let id = 0; id < words.length; id++) {
    const word = words[id] as string;
    const at = codeStart[id] as number;
    for (let i = 0; i < word.length; i++) codes[at + i] = word.charCodeAt(i);
  }
  return { clauseStart, slotStart, objectCount, slotWord, slotWeight, words, codeStart, codes };
}

/**
 * `matchMeaning` of task `task`'s clauses (equal to it, number for number), read from the flat
 * table: the item's matches of each task word are kept by word id, not by the word.
 */
export function matchTaskMeaning(table: TaskWords, task: number, item: EvidenceWords): number {
  if (task + 1 >= table.clauseStart.length) return 0;
  const first = table.clauseStart[task] as number;
  const end = table.clauseStart[task + 1] as number;
  if (end === first || item.all.length === 0) return 0;
  const n = item.clauses.length;
  growSums(n);
  if (item.charBits === undefined) item.charBits = charBits(item.chars);
  const bits = item.charBits;
  const { slotStart, objectCount, slotWord, slotWeight } = table;
  let sum = 0;
  let best = 0;
  for (let k = first; k < end; k++) {
    const start = slotStart[k] as number;
    const objectsEnd = start + (objectCount[k] as number);
    const slotsEnd = slotStart[k + 1] as number;
    let matched = false;
    let objectTotal = 0;
    for (let s = start; s < slotsEnd; s++) {
      const action = s >= objectsEnd;
      let w = 0;
      if (!action) {
        w = slotWeight[s] as number;
        objectTotal += w;
      }
      const id = slotWord[s] as number;
      // A word no clause can match adds 0 to every sum: skipped (an empty word is never skipped).
      if (bits && !wordSharesChar(table, bits, id)) continue;
      const at = taskWordMatches(item, table, id, action);
      if (at === NO_MATCH) continue;
      if (!matched) {
        clearSums(n);
        matched = true;
      }
      const matches = (item.matchStore as { values: Float64Array }).values;
      if (action)
        for (let c = 0; c < n; c++) actionSums[c] = (actionSums[c] as number) + (matches[at + c] as number);
      else
        for (let c = 0; c < n; c++)
          objectSums[c] = (objectSums[c] as number) + w * (matches[at + c] as number);
    }
    if (!matched) continue;
    const objects = objectCount[k] as number;
    const actions = slotsEnd - objectsEnd;
    let score = 0;
    for (let c = 0; c < n; c++) {
      const object = objectTotal > 0 ? (objectSums[c] as number) / objectTotal : 0;
      const action = actions > 0 ? (actionSums[c] as number) / actions : 0;
      score = Math.max(score, combineCounts(actions, objects, action, object));
    }
    sum += score;
    best = Math.max(best, score);
  }
  return (best + sum / (end - first)) / 2;
}

/**
 * `actionAgreement` of task `task`'s clauses (equal to it, number for number), read from the flat
 * table as `matchTaskMeaning` reads it.
 */
export function actionAgreementTask(table: TaskWords, task: number, item: EvidenceWords): number {
  if (task + 1 >= table.clauseStart.length) return 1;
  const first = table.clauseStart[task] as number;
  const end = table.clauseStart[task + 1] as number;
  if (end === first) return 1;
  const n = item.clauses.length;
  growSums(n);
  if (item.charBits === undefined) item.charBits = charBits(item.chars);
  const bits = item.charBits;
  const { slotStart, objectCount, slotWord, slotWeight } = table;
  let sum = 0;
  let clauses = 0;
  for (let k = first; k < end; k++) {
    const verbsStart = (slotStart[k] as number) + (objectCount[k] as number);
    const slotsEnd = slotStart[k + 1] as number;
    if (slotsEnd === verbsStart) continue;
    actionSums.fill(0, 0, n);
    let total = 0;
    for (let s = verbsStart; s < slotsEnd; s++) {
      const w = slotWeight[s] as number;
      total += w;
      const id = slotWord[s] as number;
      // A verb sharing no character with the item matches no clause (`clauseMatches`).
      if (bits && !wordSharesChar(table, bits, id)) continue;
      const at = taskWordMatches(item, table, id, true);
      if (at === NO_MATCH) continue;
      const matches = (item.matchStore as { values: Float64Array }).values;
      for (let c = 0; c < n; c++) actionSums[c] = (actionSums[c] as number) + w * (matches[at + c] as number);
    }
    if (total <= 0) continue;
    clauses++;
    let best = 0;
    for (let c = 0; c < n; c++) best = Math.max(best, actionSums[c] as number);
    // Verbs said in an evidence clause that says none of the task clause's objects count
    // `MEANING.actionOnly` of themselves, as in `combine` (a task is an action on an object); a
    // character in common is not saying an object.
    const objectsStart = slotStart[k] as number;
    if (best > 0 && verbsStart > objectsStart) {
      objectSums.fill(0, 0, n);
      for (let s = objectsStart; s < verbsStart; s++) {
        const id = slotWord[s] as number;
        if (bits && !wordSharesChar(table, bits, id)) continue;
        const at = taskWordMatches(item, table, id, false);
        if (at === NO_MATCH) continue;
        const matches = (item.matchStore as { values: Float64Array }).values;
        for (let c = 0; c < n; c++) if ((matches[at + c] as number) >= MEANING.related) objectSums[c] = 1;
      }
      best = 0;
      for (let c = 0; c < n; c++)
        best = Math.max(best, objectGated(actionSums[c] as number, objectSums[c] as number));
    }
    sum += best / total;
  }
  return clauses === 0 ? 1 : sum / clauses;
}

/** `clauseMatches` of task word `id` (its characters already checked, `wordSharesChar`), kept by id. */
function taskWordMatches(item: EvidenceWords, table: TaskWords, id: number, action: boolean): number {
  let kept = item.taskWordMatches;
  if (!kept) {
    kept = { keys: new Int32Array(256).fill(-1), values: new Int32Array(256), size: 0 };
    item.taskWordMatches = kept;
  }
  const key = 2 * id + (action ? 1 : 0);
  let mask = kept.keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> 0;
  for (slot &= mask; ; slot = (slot + 1) & mask) {
    const there = kept.keys[slot] as number;
    if (there === key) return kept.values[slot] as number;
    if (there === -1) break;
  }
  const at = storeClauseMatches(item, table.words[id] as string, action);
  if (2 * (kept.size + 1) > kept.keys.length) {
    const { keys, values } = kept;
    kept.keys = new Int32Array(2 * keys.length).fill(-1);
    kept.values = new Int32Array(2 * keys.length);
    mask = kept.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const old = keys[i] as number;
      if (old === -1) continue;
      let to = (Math.imul(old, 0x9e3779b1) >>> 0) & mask;
      while ((kept.keys[to] as number) !== -1) to = (to + 1) & mask;
      kept.keys[to] = old;
      kept.values[to] = values[i] as number;
    }
    slot = Math.imul(key, 0x9e3779b1) >>> 0;
    for (slot &= mask; (kept.keys[slot] as number) !== -1; slot = (slot + 1) & mask);
  }
  kept.keys[slot] = key;
  kept.values[slot] = at;
  kept.size++;
  return at;
}

/** Whether a word has a code unit in one of the item's character buckets (`charBuckets`). */
function sharesBucket(buckets: Uint8Array, word: string): boolean {
  if (word.length === 0) return true;
  for (let i = 0; i < word.length; i++)
    if ((buckets[word.charCodeAt(i) & CHAR_BUCKET_MASK] as number) !== 0) return true;
  return false;
}

let objectSums = new Float64Array(16);
let actionSums = new Float64Array(16);

/** Zeroes the first `n` sums of both (a clause's sums start when its first word matches). */
function clearSums(n: number): void {
  for (let c = 0; c < n; c++) {
    objectSums[c] = 0;
    actionSums[c] = 0;
  }
}

/** Grows the per-evidence-clause scratch sums to hold `n` clauses (both always the same length). */
function growSums(n: number): void {
  if (actionSums.length >= n) return;
  objectSums = new Float64Array(2 * n);
  actionSums = new Float64Array(2 * n);
}

/**
 * How far an evidence item says the action of a task, in [0, 1]: for each task clause with verbs,
 * the best evidence clause's verb match (`wordMatch`: the same verb, one inside the other, every
 * character in order or a shared character for partial credit), each verb weighted by how distinctive it is (执行 and 使用 say less
 * than 维修), `MEANING.actionOnly` of it when that evidence clause says none of the task clause's
 * objects (since `match-2026.11-23`: a welder's 焊接钢结构 says the 焊接 of 识读焊接图纸 but not its
 * drawings); the mean over those clauses. 1 when the task names no action.
 */
export function actionAgreement(
  weight: (word: string) => number,
  task: readonly Clause[] | undefined,
  item: EvidenceWords,
): number {
  if (!task || task.length === 0) return 1;
  const n = item.clauses.length;
  growSums(n);
  let sum = 0;
  let clauses = 0;
  for (const clause of task) {
    if (clause.actions.length === 0) continue;
    actionSums.fill(0, 0, n);
    let total = 0;
    for (let i = 0; i < clause.actions.length; i++) {
      const verb = clause.actions[i] as string;
      const w = clause.actionWeights?.[i] ?? weight(verb);
      total += w;
      const at = clauseMatches(item, verb, true);
      if (at === NO_MATCH) continue;
      const matches = (item.matchStore as { values: Float64Array }).values;
      for (let c = 0; c < n; c++) actionSums[c] = (actionSums[c] as number) + w * (matches[at + c] as number);
    }
    if (total <= 0) continue;
    clauses++;
    let best = 0;
    for (let c = 0; c < n; c++) best = Math.max(best, actionSums[c] as number);
    // Verbs said in an evidence clause that says none of the task clause's objects count
    // `MEANING.actionOnly` of themselves, as in `combine` (a task is an action on an object); a
    // character in common is not saying an object.
    if (best > 0 && clause.objects.length > 0) {
      objectSums.fill(0, 0, n);
      for (const word of clause.objects) {
        const at = clauseMatches(item, word, false);
        if (at === NO_MATCH) continue;
        const matches = (item.matchStore as { values: Float64Array }).values;
        for (let c = 0; c < n; c++) if ((matches[at + c] as number) >= MEANING.related) objectSums[c] = 1;
      }
      best = 0;
      for (let c = 0; c < n; c++)
        best = Math.max(best, objectGated(actionSums[c] as number, objectSums[c] as number));
    }
    sum += best / total;
  }
  return clauses === 0 ? 1 : sum / clauses;
}

/**
 * An evidence clause's verb match, `MEANING.actionOnly` of it when the clause says none of the
 * objects (`objects`: 0 when no object word matches it at `MEANING.related` or more).
 */
function objectGated(action: number, objects: number): number {
  return objects === 0 && settings.objectGate ? MEANING.actionOnly * action : action;
}

/** A clause's credit from its action and object credits (see `MEANING`). */
function combine(task: Clause, action: number, object: number): number {
  return combineCounts(task.actions.length, task.objects.length, action, object);
}

/** `combine` of a clause with `actions` action words and `objects` object words. */
function combineCounts(actions: number, objects: number, action: number, object: number): number {
  if (actions === 0) return object;
  if (objects === 0) return action;
  if (object === 0) return MEANING.actionOnly * action;
  if (action === 0) return settings.objectOnly * object;
  return MEANING.actionWeight * action + (1 - MEANING.actionWeight) * object;
}

/** `clauseMatches` of a word that no clause of the item can match (its matches are all 0). */
const NO_MATCH = -1;

/**
 * How well each clause of the item, alone, matches one task word: worked out once per item and
 * word, kept in the item's match store (one array for all words, not one per word); returns where
 * the word's matches start there, or `NO_MATCH`.
 */
function clauseMatches(item: EvidenceWords, word: string, action: boolean): number {
  // Most task words share no character with the item: answered without the word caches.
  if (item.charBuckets === undefined) item.charBuckets = charBuckets(item.chars);
  const buckets = item.charBuckets;
  if (buckets && word.length > 0) {
    let shared = 0;
    for (let i = 0; i < word.length; i++) shared |= buckets[word.charCodeAt(i) & CHAR_BUCKET_MASK] as number;
    if (shared === 0) return NO_MATCH;
  }
  item.clauseActions ??= new Map();
  item.clauseObjects ??= new Map();
  const cache = action ? item.clauseActions : item.clauseObjects;
  let at = cache.get(word);
  if (at === undefined) {
    at = storeClauseMatches(item, word, action);
    cache.set(word, at);
  }
  return at;
}

/** Works out how well each clause of the item alone matches a word, keeps it in the match store (`clauseMatches`). */
function storeClauseMatches(item: EvidenceWords, word: string, action: boolean): number {
  const words = item.chars && word.length > 0 ? wordClauses(item) : null;
  if (words) return withNearSynonyms(item, word, storeByWords(item, words, word, action));
  let at: number;
  item.perClause ??= item.clauses.map((clause) => evidenceWords([clause], item.lexicon));
  const perClause = item.perClause;
  item.clauseMasks ??= clauseMasks(perClause);
  const masks = item.clauseMasks;
  // Only the clauses sharing a character with the word can match it (see `chars`).
  let mask = masks.all;
  if (masks.byChar && word.length > 0) {
    mask = 0;
    for (let i = 0; i < word.length; i++) mask |= masks.byChar.get(word.charCodeAt(i)) ?? 0;
  }
  if (mask === 0) at = NO_MATCH;
  else {
    const n = perClause.length;
    at = reserveMatches(item, n);
    const values = (item.matchStore as { values: Float64Array }).values;
    for (let c = 0; c < n; c++)
      if (mask & (1 << c)) values[at + c] = bestMatch(perClause[c] as EvidenceWords, word, action);
  }
  return at;
}

/**
 * The matches kept at `at` (or `NO_MATCH`) raised to the near-synonym credit of `word` in each clause
 * that has it as a near-synonym of one of its words (`storeByWords` compares the item's own words only).
 */
function withNearSynonyms(item: EvidenceWords, word: string, at: number): number {
  if (!item.near?.has(word)) return at;
  // Each clause's near-synonyms alone: `evidenceWords([clause], item.lexicon).near`, without the rest.
  const lexicon = item.lexicon;
  item.perClauseNear ??= item.clauses.map((clause) => (lexicon ? nearWords([clause], lexicon) : undefined));
  const perClauseNear = item.perClauseNear;
  const n = item.clauses.length;
  const start = at === NO_MATCH ? reserveMatches(item, n) : at;
  const values = (item.matchStore as { values: Float64Array }).values;
  for (let c = 0; c < n; c++) {
    const credit = perClauseNear[c]?.get(word) ?? 0;
    if (credit > (values[start + c] as number)) values[start + c] = credit;
  }
  return start;
}

/**
 * Room for `n` matches in the item's match store (all 0); where they start. It starts small: the
 * items of a candidate pool keep theirs for as long as the pool holds them.
 */
function reserveMatches(item: EvidenceWords, n: number): number {
  item.matchStore ??= { values: new Float64Array(32 * n), length: 0 };
  const store = item.matchStore;
  if (store.length + n > store.values.length) {
    const grown = new Float64Array(2 * (store.length + n));
    grown.set(store.values);
    store.values = grown;
  }
  const at = store.length;
  store.length += n;
  return at;
}

/** Which clauses hold each word of an item (`wordClauses`). */
interface WordClauses {
  clauses: Int32Array;
  actions: Int32Array;
  /**
   * An item of 31 words or more (its words do not fit a bit mask, `wordMasks`): per character, the
   * words holding it (indices into `all`, ascending), and a mark per word for `storeByWordList`.
   */
  byChar?: Map<number, number[]>;
  marks?: Int32Array;
  /** The latest number `storeByWordList` marked the words it saw with (one per call). */
  mark?: number;
}

/**
 * Which clauses of the item hold each of its words (`all`), and in which it is an action: a bit per
 * clause. Null when the item has 31 clauses or more (the masks would not fit), or an empty word.
 */
function wordClauses(item: EvidenceWords): WordClauses | null {
  if (item.wordClauses !== undefined) return item.wordClauses;
  const all = item.all;
  let found: WordClauses | null = null;
  const masks = all.length < 31 ? wordMasks(item) : longWordIndex(all);
  if (item.clauses.length < 31 && masks !== null) {
    const index = new Map<string, number>();
    for (let w = 0; w < all.length; w++) index.set(all[w] as string, w);
    const clauses = new Int32Array(all.length);
    const actions = new Int32Array(all.length);
    item.clauses.forEach((clause, c) => {
      const bit = 1 << c;
      for (const list of [clause.actions, clause.objects, clause.expanded])
        for (const word of list) {
          const w = index.get(word) as number;
          clauses[w] = (clauses[w] as number) | bit;
        }
      for (const word of clause.actions) {
        const w = index.get(word) as number;
        actions[w] = (actions[w] as number) | bit;
      }
    });
    found = masks instanceof Map ? { clauses, actions } : { clauses, actions, ...masks, mark: 0 };
  }
  item.wordClauses = found;
  return found;
}

/** `WordClauses.byChar` and `marks` of an item of 31 words or more; null when a word is empty. */
function longWordIndex(all: readonly string[]): { byChar: Map<number, number[]>; marks: Int32Array } | null {
  const byChar = new Map<number, number[]>();
  for (let w = 0; w < all.length; w++) {
    const word = all[w] as string;
    if (word.length === 0) return null;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const list = byChar.get(code);
      if (!list) byChar.set(code, [w]);
      else if (list[list.length - 1] !== w) list.push(w);
    }
  }
  return { byChar, marks: new Int32Array(all.length) };
}

/**
 * `storeClauseMatches` by the item's words rather than clause by clause (the same numbers): each
 * word of the item sharing a character with `word` is compared once, and its match is the clause's
 * for every clause holding it (a verb is related to `word` only in the clauses where it is an action).
 */
function storeByWords(item: EvidenceWords, words: WordClauses, word: string, action: boolean): number {
  if (words.byChar) return storeByWordList(item, words, word, action);
  const byChar = item.wordMasks as Map<number, number>;
  let candidates = 0;
  for (let i = 0; i < word.length; i++) candidates |= byChar.get(word.charCodeAt(i)) ?? 0;
  // No word of the item shares a character with it: no clause can match it.
  if (candidates === 0) return NO_MATCH;
  const n = item.clauses.length;
  const at = reserveMatches(item, n);
  const values = (item.matchStore as { values: Float64Array }).values;
  const all = item.all;
  for (let w = 0; candidates !== 0 && w < all.length; w++) {
    const bit = 1 << w;
    if ((candidates & bit) === 0) continue;
    candidates &= ~bit;
    storeWordMatch(values, at, n, words, w, all[w] as string, word, action);
  }
  return at;
}

/**
 * Raises the matches at `at` (one per clause) to how well word `w` of the item (`other`) stands for
 * `word` in each clause holding it (a verb is related to `word` only in the clauses where it is an action).
 */
function storeWordMatch(
  values: Float64Array,
  at: number,
  n: number,
  words: WordClauses,
  w: number,
  other: string,
  word: string,
  action: boolean,
): void {
  const related = word.length >= 2 && other.length >= 2;
  const match = matchWords(word, other, related);
  // An action word is related only to the verbs of its clause; elsewhere only equal or contained.
  const asAction = action && related ? matchWords(word, other, false) : match;
  const holding = words.clauses[w] as number;
  const verbs = action ? (words.actions[w] as number) : holding;
  for (let c = 0; c < n; c++) {
    const clauseBit = 1 << c;
    if ((holding & clauseBit) === 0) continue;
    const value = (verbs & clauseBit) !== 0 ? match : asAction;
    if (value > (values[at + c] as number)) values[at + c] = value;
  }
}

/**
 * `storeByWords` of an item of 31 words or more: the words sharing a character with `word` from
 * the per-character lists, each compared once (a match is the largest, so their order does not matter).
 */
function storeByWordList(item: EvidenceWords, words: WordClauses, word: string, action: boolean): number {
  const byChar = words.byChar as Map<number, number[]>;
  const marks = words.marks as Int32Array;
  if ((words.mark as number) >= 0x7ffffffe) {
    words.mark = 0;
    marks.fill(0);
  }
  const mark = (words.mark as number) + 1;
  words.mark = mark;
  let at = NO_MATCH;
  let values: Float64Array | null = null;
  const n = item.clauses.length;
  const all = item.all;
  for (let i = 0; i < word.length; i++) {
    const list = byChar.get(word.charCodeAt(i));
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const w = list[j] as number;
      if (marks[w] === mark) continue;
      marks[w] = mark;
      if (at === NO_MATCH) {
        at = reserveMatches(item, n);
        values = (item.matchStore as { values: Float64Array }).values;
      }
      storeWordMatch(values as Float64Array, at, n, words, w, all[w] as string, word, action);
    }
  }
  // No word of the item shares a character with it: no clause can match it.
  return at;
}

const CHAR_BUCKET_MASK = 1023;

/**
 * Whether word `id` of the task table has a code unit of the item (`charBits`): a word that has none
 * matches no clause. An empty word always passes.
 */
function wordSharesChar(table: TaskWords, bits: Uint32Array, id: number): boolean {
  const from = table.codeStart[id] as number;
  const to = table.codeStart[id + 1] as number;
  if (to === from) return true;
  const codes = table.codes;
  for (let i = from; i < to; i++) {
    const code = codes[i] as number;
    if (((bits[code >>> 5] as number) & (1 << (code & 31))) !== 0) return true;
  }
  return false;
}

function charBits(chars: Set<number> | null): Uint32Array | null {
  if (!chars) return null;
  const bits = new Uint32Array(2048);
  for (const code of chars) bits[code >>> 5] = (bits[code >>> 5] as number) | (1 << (code & 31));
  return bits;
}

function charBuckets(chars: Set<number> | null): Uint8Array | null {
  if (!chars) return null;
  const buckets = new Uint8Array(CHAR_BUCKET_MASK + 1);
  for (const code of chars) buckets[code & CHAR_BUCKET_MASK] = 1;
  return buckets;
}

/**
 * Per character, a bit per clause containing it (`all`: every clause). Without `byChar` (more than
 * 31 clauses, or an empty word) every clause is compared.
 */
function clauseMasks(perClause: readonly EvidenceWords[]): NonNullable<EvidenceWords['clauseMasks']> {
  const all = perClause.length >= 31 ? -1 : (1 << perClause.length) - 1;
  if (perClause.length >= 31 || perClause.some((one) => one.chars === null)) return { all, byChar: null };
  const byChar = new Map<number, number>();
  perClause.forEach((one, c) => {
    for (const code of one.chars ?? []) byChar.set(code, (byChar.get(code) ?? 0) | (1 << c));
  });
  return { all, byChar };
}

/**
 * The explanation of a covered task in words: the evidence sentence (clause) that says most of
 * it, and the task's words that sentence matches — whole words only, generic ones left out.
 */
export function explainMeaning(
  weight: (word: string) => number,
  task: readonly Clause[],
  item: EvidenceWords,
): { sentence: string; words: string[] } {
  let best = { sentence: '', words: [] as string[], score: 0 };
  item.perClause ??= item.clauses.map((clause) => evidenceWords([clause], item.lexicon));
  item.clauses.forEach((clause, c) => {
    const one = item.perClause?.[c];
    if (!one) return;
    const matched: string[] = [];
    let score = 0;
    for (const taskClause of task) score += matchClause(weight, taskClause, one, matched);
    const shown = matched.map((word) => sharedPart(word, clause.text, one));
    const words = [...new Set(shown)].filter((word) => !isGenericWord(word) && word.length >= 2);
    if (score > best.score) best = { sentence: clause.text, words, score };
  });
  return { sentence: best.sentence, words: best.words };
}

/**
 * What to highlight for a task word the sentence matches: the word when the sentence says it,
 * else the longest word of the sentence inside it (提供数据 matched by 数据: 数据, which both texts
 * show), else the task's word (said in other words, through the synonym list).
 */
function sharedPart(word: string, sentence: string, evidence: EvidenceWords): string {
  if (sentence.includes(word)) return word;
  let part = '';
  for (const other of evidence.all) {
    const longer = other.length > part.length && other.length < word.length;
    if (longer && word.includes(other) && sentence.includes(other)) part = other;
  }
  return part || word;
}

/** How distinctive a word is: its inverse document frequency over the occupations. */
export function wordWeight(state: {
  vocabulary: Vocabulary;
  weighting: Weighting;
}): (word: string) => number {
  return (word) => {
    const id = state.vocabulary.known(word);
    return id === undefined ? 3 : state.weighting.idf(id);
  };
}

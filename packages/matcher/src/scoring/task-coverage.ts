/**
 * Per-task coverage: for each task statement, the best-covering evidence item and how well it
 * covers it, by the one definition of "covered" (`coverCredit` in `scorer.ts`) that matches, gaps,
 * candidates and reports share.
 */
import type { IndexState } from '../index-state.js';
import { invertedIndexKernel } from '../kernel/inverted-index-kernel.js';
import type { ItemMemo, LearnerEvidence, LearnerVector } from '../profile/learner-vector.js';
import { TaskValues } from '../profile/task-values.js';
import type { TaskCoverage } from '../types.js';
import type { SparseVector } from '../vector/sparse-vector.js';
import { dot, norm } from '../vector/sparse-vector.js';
import { coverCredit, isCovered, round4, SCORER, saturate } from './scorer.js';
import {
  actionAgreement,
  actionAgreementTask,
  type Clause,
  explainMeaning,
  matchMeaning,
  matchTaskMeaning,
  type TaskWords,
  taskWords,
} from './task-meaning.js';

export interface CoverageTable {
  /** Coverage of every task in [0, 1]. */
  coverage: Float64Array;
  /** Index of the evidence item giving that coverage, -1 when none. */
  best: Int32Array;
}

/**
 * Whole-text coverage of every task of the taxonomy, one inverted-index pass per evidence item:
 * the fast first reading, refined by meaning for the occupations that can rank (`refineCoverage`).
 */
export function coverAllTasks(
  state: IndexState,
  learner: LearnerVector,
  into: CoverageTable = emptyCoverage(state),
): CoverageTable {
  const { coverage, best } = into;
  // A learner of one item is read by meaning without a second cosine (`refineCoverage`): none kept.
  const dotsKept = learner.evidence.length > 1 ? firstPassDotsOf(state) : null;
  if (dotsKept) dotsKept.pass++;
  for (let k = 0; k < learner.evidence.length; k++) {
    const item = learner.evidence[k] as LearnerEvidence;
    if (item.summary.knownTerms === 0) continue;
    const quality = item.quality;
    const kept =
      item.memo.taskSimilarities ?? (item.memo.reused ? keepTaskSimilarities(state, item) : undefined);
    if (kept) {
      for (let i = 0; i < kept.tasks.length; i++) {
        const t = kept.tasks[i] as number;
        const credit = coverCredit(quality, kept.similarities[i] as number, 0);
        if (credit > (coverage[t] as number)) {
          coverage[t] = credit;
          best[t] = k;
        }
      }
      continue;
    }
    // Only the tasks sharing a term with the item (the inverted index's postings), read in turn.
    const { similarities, touched, dots } = scratchOf(state);
    const keptDots = dotsKept && k < KEPT_DOTS ? dotsKept.items[k] : undefined;
    const count = keptDots
      ? (state.taskIndex.scoreTouchedWithDots?.(item.vector, similarities, dots, touched) ?? 0)
      : state.taskIndex.scoreTouchedInOrder(item.vector, similarities, touched);
    if (keptDots) {
      // Kept for the reading by meaning of this learner's leading occupations (`refineCoverage`).
      const pass = (dotsKept as FirstPassDots).pass;
      for (let i = 0; i < count; i++) {
        const t = touched[i] as number;
        keptDots.dots[t] = dots[i] as number;
        keptDots.stamps[t] = pass;
      }
      keptDots.item = item;
      keptDots.pass = pass;
    }
    for (let i = 0; i < count; i++) {
      const t = touched[i] as number;
      const similarity = similarities[i] as number;
      if (similarity <= 0) continue;
      const credit = coverCredit(quality, similarity, 0);
      if (credit > (coverage[t] as number)) {
        coverage[t] = credit;
        best[t] = k;
      }
    }
  }
  return into;
}

/**
 * The tasks whose whole-text similarity to an item is positive, kept with the item's analysis once
 * the analysis is reused (an item seen again is likely to come back; keeping it for every new item
 * would cost more in memory than the pass it saves).
 */
function keepTaskSimilarities(
  state: IndexState,
  item: LearnerEvidence,
): NonNullable<ItemMemo['taskSimilarities']> {
  const { similarities, touched } = scratchOf(state);
  const count = state.taskIndex.scoreTouchedInOrder(item.vector, similarities, touched);
  let positive = 0;
  for (let i = 0; i < count; i++) if ((similarities[i] as number) > 0) positive++;
  const kept = { tasks: new Int32Array(positive), similarities: new Float64Array(positive) };
  let at = 0;
  for (let i = 0; i < count; i++) {
    const t = touched[i] as number;
    const similarity = similarities[i] as number;
    if (similarity <= 0) continue;
    kept.tasks[at] = t;
    kept.similarities[at++] = similarity;
  }
  item.memo.taskSimilarities = kept;
  return kept;
}

/** A coverage table with nothing covered: 0 and no best item for every task. */
export function emptyCoverage(state: IndexState): CoverageTable {
  return {
    coverage: new Float64Array(state.tasks.length),
    best: new Int32Array(state.tasks.length).fill(-1),
  };
}

/** Per-index scratch arrays for `scoreTouchedInOrder` (one thread). */
const scratch = new WeakMap<
  IndexState,
  { similarities: Float64Array; touched: Int32Array; dots: Float64Array }
>();
function scratchOf(state: IndexState): {
  similarities: Float64Array;
  touched: Int32Array;
  dots: Float64Array;
} {
  let arrays = scratch.get(state);
  if (!arrays) {
    arrays = {
      similarities: new Float64Array(state.tasks.length),
      touched: new Int32Array(state.tasks.length),
      dots: new Float64Array(state.tasks.length),
    };
    scratch.set(state, arrays);
  }
  return arrays;
}

/**
 * The dot products of the latest first pass (`coverAllTasks`), kept per evidence position for the
 * reading by meaning that follows it (`refineCoverage`): the posting walk adds, for each task, the
 * same products in the same order as `dot` (ascending term ids, from 0), so the cosine worked out
 * from them is `taskCosine`'s, number for number, without a second merge of the two vectors. A
 * task the item shares no term with has dot product 0 (no stamp of the pass). Only with the
 * inverted-index kernel (its cosine is that dot over the norms), for the first `KEPT_DOTS` items.
 */
interface FirstPassDots {
  /** Number of the latest pass (one per `coverAllTasks` call). */
  pass: number;
  items: {
    /** The item whose dot products these are, and the pass that wrote them. */
    item: LearnerEvidence | null;
    pass: number;
    dots: Float64Array;
    /** Per task, the pass that wrote its dot product (others: 0, no term shared). */
    stamps: Int32Array;
  }[];
}

const KEPT_DOTS = 16;
const firstPassDots = new WeakMap<IndexState, FirstPassDots | null>();
function firstPassDotsOf(state: IndexState): FirstPassDots | null {
  let kept = firstPassDots.get(state);
  if (kept === undefined) {
    const n = state.tasks.length;
    kept =
      state.kernel === invertedIndexKernel && state.taskIndex.scoreTouchedWithDots
        ? {
            pass: 0,
            items: Array.from({ length: KEPT_DOTS }, () => ({
              item: null,
              pass: 0,
              dots: new Float64Array(n),
              stamps: new Int32Array(n),
            })),
          }
        : null;
    firstPassDots.set(state, kept);
  }
  if (kept && kept.pass >= 0x3fffffff) {
    // Numbers run out after a billion passes: start again with every stamp cleared.
    kept.pass = 0;
    for (const one of kept.items) {
      one.stamps.fill(0);
      one.pass = 0;
      one.item = null;
    }
  }
  return kept;
}

/**
 * The kept dot products of the item at position `k` of the latest first pass, or undefined when that
 * pass did not walk this item (then `taskCosine` merges the vectors).
 */
function keptDotsFor(
  state: IndexState,
  k: number,
  item: LearnerEvidence,
): FirstPassDots['items'][number] | undefined {
  const kept = firstPassDots.get(state);
  if (!kept || k >= KEPT_DOTS) return undefined;
  const one = kept.items[k];
  return one && one.item === item && one.pass === kept.pass && one.pass > 0 ? one : undefined;
}

/**
 * Reads the tasks of the given occupations in full (in place): coverage by meaning, and the
 * whole-text reading as far as the evidence says each task's action (`coverCredit`). Replaces the
 * first pass's whole-text values of those tasks.
 */
export function refineCoverage(
  state: IndexState,
  learner: LearnerVector,
  table: CoverageTable,
  occupations: readonly number[],
): void {
  const only = learner.evidence.length === 1 ? learner.evidence[0] : undefined;
  // The first pass's dot products of each item, where it kept them (`FirstPassDots`).
  const dotsOf = only ? [] : learner.evidence.map((item, k) => keptDotsFor(state, k, item));
  for (const o of occupations) {
    const occupation = state.occupations[o];
    if (!occupation) continue;
    for (let t = occupation.taskStart; t < occupation.taskEnd; t++) {
      if (only) {
        // One item: the first pass holds its quality × whole-text reading already (0 when untouched),
        // so its credit needs no second cosine: quality × max(meaning, text × agreement).
        if (only.summary.knownTerms === 0) continue;
        const text = table.coverage[t] as number;
        const meaning = only.quality * meaningScore(state, only, t);
        // The action is read only where it can decide (agreement ≤ 1).
        const value = text > meaning ? Math.max(meaning, text * agreementOf(state, only, t)) : meaning;
        table.coverage[t] = value;
        table.best[t] = value > 0 ? 0 : -1;
        continue;
      }
      // The best of `taskCredits`, without making the array.
      let best = -1;
      let value = 0;
      const taskVector = state.taskVectors[t];
      for (let k = 0; taskVector && k < learner.evidence.length; k++) {
        const item = learner.evidence[k] as LearnerEvidence;
        const kept = k < dotsOf.length ? dotsOf[k] : undefined;
        const credit = kept
          ? creditOf(
              state,
              item,
              t,
              cosineOfDot(state, item, t, kept.stamps[t] === kept.pass ? (kept.dots[t] as number) : 0),
            )
          : itemCredit(state, item, t, taskVector);
        if (credit > value) {
          value = credit;
          best = k;
        }
      }
      table.coverage[t] = value;
      table.best[t] = best;
    }
  }
}

/**
 * What every learner's second reading reads of the index's tasks, worked out once per index (not
 * stored with it: 20–60 ms on first use, `warmMatcherIndex`): the task clauses laid out flat, and
 * each task vector's norm.
 */
interface TaskTables {
  words: TaskWords;
  norms: Float64Array;
}

const taskTables = new WeakMap<IndexState, TaskTables>();
export function taskTablesOf(state: IndexState): TaskTables {
  let tables = taskTables.get(state);
  if (!tables) {
    tables = {
      words: taskWords(state.taskClauses, state.wordWeight),
      norms: Float64Array.from(state.taskVectors, (vector) => norm(vector)),
    };
    taskTables.set(state, tables);
  }
  return tables;
}

/** The cosine of an item and a task (the index's kernel's; the inverted index's from kept norms). */
function taskCosine(
  state: IndexState,
  item: LearnerEvidence,
  task: number,
  taskVector: SparseVector,
): number {
  if (state.kernel !== invertedIndexKernel) return state.kernel.cosine(item.vector, taskVector);
  item.memo.norm ??= norm(item.vector);
  // As `invertedIndexKernel.cosine` computes it, number for number.
  const denominator = item.memo.norm * (taskTablesOf(state).norms[task] as number);
  return denominator === 0 ? 0 : dot(item.vector, taskVector) / denominator;
}

/** `taskCosine` from the dot product of the item and the task, known already (`FirstPassDots`). */
function cosineOfDot(state: IndexState, item: LearnerEvidence, task: number, dotProduct: number): number {
  item.memo.norm ??= norm(item.vector);
  // As `taskCosine` computes it, number for number.
  const denominator = item.memo.norm * (taskTablesOf(state).norms[task] as number);
  return denominator === 0 ? 0 : dotProduct / denominator;
}

function meaningScore(state: IndexState, item: LearnerEvidence, task: number): number {
  if (!state.scoring.meaning) return 0;
  let meaning = item.memo.meaning.get(task);
  if (meaning < 0) {
    meaning =
      item.summary.knownTerms === 0 ? 0 : matchTaskMeaning(taskTablesOf(state).words, task, item.words);
    item.memo.meaning.set(task, meaning);
  }
  return meaning;
}

/** Coverage by meaning of a statement (a task's or a requirement's clauses) by one evidence item. */
export function readMeaning(
  weight: (word: string) => number,
  clauses: readonly Clause[] | undefined,
  item: LearnerEvidence,
): number {
  if (!clauses || clauses.length === 0 || item.summary.knownTerms === 0) return 0;
  return matchMeaning(weight, clauses, item.words);
}

/** The evidence sentence of `item` that says most of a statement, and the statement's words it matches. */
export function explainStatement(
  weight: (word: string) => number,
  clauses: readonly Clause[] | undefined,
  item: LearnerEvidence,
): { id: string; sentence: string; words: string[] } | undefined {
  if (!clauses || clauses.length === 0) return undefined;
  const meaning = explainMeaning(weight, clauses, item.words);
  return meaning.sentence ? { id: item.id, sentence: meaning.sentence, words: meaning.words } : undefined;
}

/** Credit each evidence item gives one task, in evidence order (both readings, the action read too). */
export function taskCredits(state: IndexState, learner: LearnerVector, task: number): number[] {
  const taskVector = state.taskVectors[task];
  if (!taskVector) return [];
  return learner.evidence.map((item) => itemCredit(state, item, task, taskVector));
}

/** The credit one evidence item gives one task (both readings, the action read too). */
function itemCredit(
  state: IndexState,
  item: LearnerEvidence,
  task: number,
  taskVector: SparseVector,
): number {
  if (item.summary.knownTerms === 0) return 0;
  return creditOf(state, item, task, taskCosine(state, item, task, taskVector));
}

/** `itemCredit` with the whole-text cosine of the item and the task known. */
function creditOf(state: IndexState, item: LearnerEvidence, task: number, similarity: number): number {
  if (item.summary.knownTerms === 0) return 0;
  const meaning = meaningScore(state, item, task);
  // `statementCredit` with the action read, without a closure per task and item.
  const agreement =
    saturate(similarity, SCORER.taskSaturation) > meaning ? agreementOf(state, item, task) : 1;
  return coverCredit(item.quality, similarity, meaning, agreement);
}

/**
 * One evidence item's credit for one statement — an occupation's task or an employer's
 * requirement alike: `coverCredit` of the whole-text reading and the reading by meaning, with the
 * statement's action read only where it can decide: the whole-text reading × agreement (≤ 1)
 * counts only when it is above the reading by meaning (`coverCredit` takes the larger of the two).
 * `agree` gives how far the item says the statement's action (`actionAgreement`); null when the
 * action is not read.
 */
export function statementCredit(
  quality: number,
  similarity: number,
  meaning: number,
  agree: (() => number) | null,
): number {
  const agreement = agree && saturate(similarity, SCORER.taskSaturation) > meaning ? agree() : 1;
  return coverCredit(quality, similarity, meaning, agreement);
}

/**
 * The credit of one evidence item for an employer's requirement (its clauses), read as a task is
 * (`statementCredit`: both readings, the action read when `actionGate`). `quality` is the item's
 * quality as the candidate lists hold it.
 */
export function requirementCredit(
  weight: (word: string) => number,
  clauses: readonly Clause[] | undefined,
  item: LearnerEvidence,
  quality: number,
  similarity: number,
  actionGate: boolean,
): number {
  const meaning = readMeaning(weight, clauses, item);
  const agree =
    actionGate && clauses && clauses.length > 0 ? () => actionAgreement(weight, clauses, item.words) : null;
  return statementCredit(quality, similarity, meaning, agree);
}

/** How far the item says the task's action; 1 (no reading) with coverage by meaning or the gate off. */
function agreementOf(state: IndexState, item: LearnerEvidence, task: number): number {
  if (!state.scoring.meaning || state.scoring.actionGate === false) return 1;
  item.memo.agreement ??= new TaskValues();
  const kept = item.memo.agreement;
  let agreement = kept.get(task);
  if (agreement < 0) {
    agreement = actionAgreementTask(taskTablesOf(state).words, task, item.words);
    kept.set(task, agreement);
  }
  return agreement;
}

/**
 * Coverage of one task, the ids of the evidence covering it (best first), and the explanation in
 * words: the evidence sentence that says the same thing and the task's words it matches.
 */
export function describeTask(state: IndexState, learner: LearnerVector, task: number): TaskCoverage {
  const entry = state.tasks[task];
  const credits = taskCredits(state, learner, task);
  const ranked = credits
    .map((credit, k) => ({ credit, k }))
    .filter(({ credit }) => isCovered(credit))
    .sort((a, b) => b.credit - a.credit || a.k - b.k);
  const coverage: TaskCoverage = {
    taskId: entry?.id ?? '',
    text: entry?.text ?? '',
    score: round4(Math.max(0, ...credits)),
    evidenceIds: ranked.map(({ k }) => learner.evidence[k]?.id ?? ''),
  };
  const top = ranked[0] ? learner.evidence[ranked[0].k] : undefined;
  const evidence = top && explainStatement(state.wordWeight, state.taskClauses[task], top);
  if (evidence) coverage.evidence = evidence;
  return coverage;
}

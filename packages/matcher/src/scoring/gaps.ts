/**
 * Gaps for one occupation: its tasks that the evidence does not cover, ranked by how much covering
 * each would raise the match score. The gain imagines one more self-reported project describing
 * exactly that task and counts what it adds to the coverage part of the score (it may also cover
 * neighbouring tasks). The profile part is left out: with few items, one imagined item would
 * dominate the whole profile and every gap would look equally large.
 */

import { attestationFactor, kindFactor } from '@skillbank/core/evidence-weight';
import type { IndexState, OccupationEntry } from '../index-state.js';
import { knownTermCount, queryVector } from '../profile/evidence-vector.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { NGRAM_PREFIX } from '../text/analyzer.js';
import type { Gap, GapReport, TaskCoverage } from '../types.js';
import { isGenericWord } from './generic-words.js';
import { directionForGaps, explainedFitOf, weighed } from './match.js';
import { nextStepFor, taskReadingOf } from './next-step.js';
import { declaredBonus, roleOf, scoreOccupation, sharedWords, workLevelOf } from './occupation-score.js';
import { coverageQuality, round4, SCORER, SCORER_VERSION, saturate } from './scorer.js';
import { describeTask, taskCredits } from './task-coverage.js';
import { tradeShare } from './trade-words.js';

/** Weight of the imagined evidence: a recent, self-reported project. */
const IMAGINED_WEIGHT = kindFactor('work_project') * attestationFactor(false);
const IMAGINED_QUALITY = coverageQuality(IMAGINED_WEIGHT);

export function gapReport(
  state: IndexState,
  learner: LearnerVector,
  code: string,
  /** `explain: false` leaves out the covered tasks and the shared terms (for batch work such as cohort reports). */
  { explain = true }: { explain?: boolean } = {},
): GapReport | null {
  const index = state.occupationByCode.get(code);
  const occupation = index === undefined ? undefined : state.occupations[index];
  const profile = index === undefined ? undefined : state.profiles[index];
  if (index === undefined || !occupation || !profile) return null;

  // The evidence scored, so that the report's score is the one the match list shows. One
  // direction: the whole evidence. Several: the direction the overall ranking took for this
  // occupation, its evidence alone as that direction's learner, and the factor its scores take
  // there (`directionForGaps`). The covered tasks, the gaps' evidence and the missing terms read
  // the same evidence as the score: a page saying 52 % must not list as covered a task that only
  // another direction's piece covers, nor a gap's gain count what that piece already gives.
  const taken = directionForGaps(state, learner, index);
  let scored: Scored;
  let weight: { share: number; factor: number } | null = null;
  if (taken === null) scored = scoreFor(state, learner, index);
  else {
    // Several only when the ranking has no score for the occupation: the best weighed one.
    let best: { scored: Scored; weight: { share: number; factor: number }; score: number } | null = null;
    for (const one of taken) {
      const candidate = scoreFor(state, one.learner, index);
      const score = weighed(candidate.current.score, one.weight.factor);
      if (!best || score > best.score) best = { scored: candidate, weight: one.weight, score };
    }
    if (!best) return null;
    scored = best.scored;
    weight = best.weight;
  }
  const factor = weight?.factor ?? 1;
  const { learner: reader, credits, coverage, taskIndices, current } = scored;
  const score = weighed(current.score, factor);

  const gaps: (Gap & { order: number })[] = [];
  const covered: TaskCoverage[] = [];
  taskIndices.forEach((t, i) => {
    const task = state.tasks[t];
    const taskCoverage = coverage[i] ?? 0;
    if (!task) return;
    if (taskCoverage >= SCORER.coveredThreshold) {
      if (explain) covered.push(describeTask(state, reader, t));
      return;
    }
    // Imagine one more item that describes exactly this task, and rescore (weighed as the score is).
    const gained = imaginedCoverage(state, index, i);
    if (!gained) return;
    const nextCoverage = taskIndices.map((_, j) => Math.max(coverage[j] ?? 0, gained[j] as number));
    const next = scored.rescore(nextCoverage);
    const row = credits[i] ?? [];
    const bestItem = row.indexOf(Math.max(0, ...row));
    const touching = row
      .map((credit, k) => ({ credit, k }))
      .filter(({ credit }) => credit > 0)
      .sort((a, b) => b.credit - a.credit || a.k - b.k)
      .map(({ k }) => reader.evidence[k]?.id ?? '');
    const attested = bestItem >= 0 && reader.evidence[bestItem]?.summary.factors.attestation === 1;
    gaps.push({
      order: i,
      taskId: task.id,
      text: task.text,
      coverage: round4(taskCoverage),
      gain: round4(Math.max(0, weighed(next.score, factor) - score)),
      evidenceIds: touching,
      // Batch work (`explain: false`) shows no steps: the task is not read for one.
      nextStep: nextStepFor(task.text, taskCoverage, attested, explain ? taskReadingOf(state, t) : null),
    });
  });
  gaps.sort((a, b) => b.gain - a.gain || a.order - b.order);

  return {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    occupation: { code: occupation.code, name: occupation.name },
    score,
    breakdown: {
      ...current.breakdown,
      sharedTerms: explain ? sharedWords(state, reader.profile, profile) : [],
      // As the match list says it: the direction's share and factor when the factor is not 1.
      ...(weight && weight.factor !== 1 ? { direction: weight } : {}),
    },
    gaps: gaps.map(({ order: _order, ...gap }) => gap),
    coveredTasks: covered,
    missingTerms: missingTerms(state, reader, index),
  };
}

/** One occupation scored for one learner (the whole evidence or one direction's), before weighing. */
interface Scored {
  learner: LearnerVector;
  taskIndices: number[];
  credits: number[][];
  coverage: number[];
  current: ReturnType<typeof scoreOccupation>;
  /** The score with these task coverages instead (the imagined item's). */
  rescore: (coverage: readonly number[]) => ReturnType<typeof scoreOccupation>;
}

function scoreFor(state: IndexState, learner: LearnerVector, index: number): Scored {
  const occupation = state.occupations[index] as OccupationEntry;
  const profile = state.profiles[index] as LearnerVector['profile'];
  const taskIndices: number[] = [];
  for (let t = occupation.taskStart; t < occupation.taskEnd; t++) taskIndices.push(t);
  const credits = taskIndices.map((t) => taskCredits(state, learner, t));
  const coverage = credits.map((row) => Math.max(0, ...row));
  const bonus = declaredBonus(state, learner, occupation);
  const similarity = learner.matchable ? state.kernel.cosine(learner.profile, profile) : 0;
  const workLevel = workLevelOf(state, learner, index);
  const role = roleOf(state, learner, index);
  // The factor the ranking gives it for how much of the evidence it explains, as the match list's.
  const explained = explainedFitOf(state, learner, index);
  const rescore = (next: readonly number[]) =>
    scoreOccupation(similarity, next, bonus, workLevel, role, explained);
  return { learner, taskIndices, credits, coverage, current: rescore(coverage), rescore };
}

/**
 * What one more item describing exactly task `i` of occupation `index` would cover of each of its
 * tasks (a self-reported project's quality × its whole-text reading), or null when the imagined item has no known term.
 * Under TF-IDF the imagined item's vector is the task's own as the index holds it (no
 * corpus-length term), so it depends on the index alone and is worked out once per occupation and
 * kept; otherwise the task's text is analysed each time.
 */
function imaginedCoverage(state: IndexState, index: number, i: number): Float64Array | null {
  const occupation = state.occupations[index] as OccupationEntry;
  if (state.weighting.scheme === 'tfidf') {
    let byOccupation = imagined.get(state);
    if (!byOccupation) {
      byOccupation = new Map();
      imagined.set(state, byOccupation);
    }
    let rows = byOccupation.get(index);
    if (!rows) {
      rows = [];
      for (let t = occupation.taskStart; t < occupation.taskEnd; t++)
        rows.push(imaginedRow(state, occupation, t));
      byOccupation.set(index, rows);
    }
    return rows[i] ?? null;
  }
  return imaginedRow(state, occupation, occupation.taskStart + i);
}

const imagined = new WeakMap<IndexState, Map<number, (Float64Array | null)[]>>();

function imaginedRow(state: IndexState, occupation: OccupationEntry, t: number): Float64Array | null {
  const task = state.tasks[t];
  if (!task) return null;
  const vector =
    state.weighting.scheme === 'tfidf'
      ? (state.taskVectors[t] ?? queryVector(state, state.analyzer.analyze(task.text)))
      : queryVector(state, state.analyzer.analyze(task.text));
  if (knownTermCount(state, vector) === 0) return null;
  const row = new Float64Array(occupation.taskEnd - occupation.taskStart);
  for (let other = occupation.taskStart; other < occupation.taskEnd; other++) {
    const otherVector = state.taskVectors[other];
    row[other - occupation.taskStart] = otherVector
      ? IMAGINED_QUALITY * saturate(state.kernel.cosine(vector, otherVector), SCORER.taskSaturation)
      : 0;
  }
  return row;
}

/** The occupation's most distinctive words that the learner's profile does not contain. */
function missingTerms(state: IndexState, learner: LearnerVector, index: number, limit = 10): string[] {
  const { ids, terms } = distinctiveTermsOf(state, index);
  const has = learner.profile.ids;
  const missing: string[] = [];
  for (let i = 0; i < ids.length && missing.length < limit; i++)
    if (!holds(has, ids[i] as number)) missing.push(terms[i] as string);
  return missing;
}

/** Whether the sorted ids hold `id` (binary search). */
function holds(ids: ArrayLike<number>, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = ids[mid] as number;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Words that say who does the work, not what they can do (as `occupationTerms` leaves them out). */
const JOB_WORD = /(?:人员|工程师|技师|^师$|员$)/;

/**
 * An occupation's words that a gaps report may name as missing — its profile's terms that are
 * whole words of its task statements as the analyser segments them (人工 is only a piece of 人工智能
 * there; a word only of the name or definition, such as 科医师 or 专门从事, is not a task's), tagged
 * there as something one can know or do (`NOT_A_SKILL_TAG`: no pronoun 他人, locality 内部, number,
 * time word …), and no generic word, job word or fragment of a longer word; most distinctive first
 * (its weight in the profile, times `tradeShare`: an everyday word such as 机会 or 发展 ranks below
 * the trades' words however rare it is among the occupations), then by the word —
 * worked out once per index and occupation: every learner's report reads the same list and takes
 * the first ones their profile lacks.
 */
function distinctiveTermsOf(state: IndexState, index: number): { ids: Int32Array; terms: string[] } {
  let byOccupation = distinctive.get(state);
  if (!byOccupation) {
    byOccupation = new Map();
    distinctive.set(state, byOccupation);
  }
  let list = byOccupation.get(index);
  if (!list) {
    const profile = state.profiles[index];
    const ranked: { id: number; term: string; weight: number }[] = [];
    // A fragment sits inside a longer word of the profile without starting it (电设备 in 机电设备).
    const inside = new Set<string>();
    for (let i = 0; profile && i < profile.ids.length; i++) {
      const term = state.vocabulary.term(profile.ids[i] as number);
      if (term === null || term.startsWith(NGRAM_PREFIX)) continue;
      for (let from = 1; from < term.length - 1; from++)
        for (let to = from + 2; to <= term.length; to++) inside.add(term.slice(from, to));
    }
    const words: string[] = [];
    for (let i = 0; profile && i < profile.ids.length; i++) {
      const term = state.vocabulary.term(profile.ids[i] as number);
      if (term !== null && !term.startsWith(NGRAM_PREFIX)) words.push(term);
    }
    const { words: taskWords, texts } = wordsOfTasks(state, index);
    for (let i = 0; profile && i < profile.ids.length; i++) {
      const id = profile.ids[i] as number;
      const term = state.vocabulary.term(id);
      if (term === null || term.startsWith(NGRAM_PREFIX) || term.length < 2) continue;
      // Words no reader takes for a skill: generic ones (基于, 技术人员), the job's name (…人员), fragments.
      if (isGenericWord(term) || JOB_WORD.test(term) || inside.has(term) || !taskWords.has(term)) continue;
      // …nor one the tasks only say as the start of a longer word of the profile (人工 of 人工智能).
      if (onlyInsideLonger(term, texts, words)) continue;
      // Its weight in the occupation's profile times how much it is a word of the trades rather
      // than of everyday language (`tradeShare`): 机会 and 层面, each said by one task of the whole
      // classification, rank below the tasks' terms.
      ranked.push({ id, term, weight: (profile.values[i] as number) * tradeShare(state.tradeShares, term) });
    }
    ranked.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
    list = { ids: Int32Array.from(ranked, (r) => r.id), terms: ranked.map((r) => r.term) };
    byOccupation.set(index, list);
  }
  return list;
}

const distinctive = new WeakMap<IndexState, Map<number, { ids: Int32Array; terms: string[] }>>();

/**
 * jieba's part-of-speech tags of words that name no skill: pronouns (r: 他人, 各方), locality (f: 内部),
 * places (s: 井下), time (t: 后期), numerals and measures (m, q), adverbs (d, ad, vd), prepositions (p),
 * conjunctions (c: 及其), particles (u, uj: 等, 的), punctuation and interjections; with their
 * subtags (rr, tg …), but not mq (jieba tags 零件 and 零部件 so).
 */
const NOT_A_SKILL_TAG = /^(?!mq$)(?:r|f|s|t|m|q|d|ad|vd|p|c|u|x|w|y|e|o)[a-z]?$/;

/**
 * The whole words of an occupation's task statements that some statement tags as a possible skill,
 * and the statements as segmented (normalised).
 */
function wordsOfTasks(state: IndexState, index: number): { words: Set<string>; texts: string[] } {
  const occupation = state.occupations[index] as OccupationEntry;
  const words = new Set<string>();
  const texts: string[] = [];
  for (let t = occupation.taskStart; t < occupation.taskEnd; t++) {
    const task = state.tasks[t];
    if (!task) continue;
    const segments = state.analyzer.segments(task.text);
    texts.push(segments.map(({ word }) => word).join(''));
    for (const { word, tag } of segments) if (!NOT_A_SKILL_TAG.test(tag)) words.add(word.trim());
  }
  return { words, texts };
}

/** Whether every place the statements say `term` lies inside a longer word of `words` (人工 in 人工智能). */
function onlyInsideLonger(term: string, texts: readonly string[], words: readonly string[]): boolean {
  const longer = words.filter((word) => word.length > term.length && word.includes(term));
  if (longer.length === 0) return false;
  for (const text of texts)
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const covered = longer.some((word) => {
        for (let from = text.indexOf(word); from >= 0 && from <= at; from = text.indexOf(word, from + 1))
          if (from + word.length >= at + term.length) return true;
        return false;
      });
      if (!covered) return false;
    }
  return true;
}

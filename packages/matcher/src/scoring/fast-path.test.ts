/**
 * The fast match path returns exactly what the plain one does. Pruning (the level-of-work power
 * computed only for occupations that can still rank) is switched off in a second index and both
 * are compared result for result; `match` there also reuses analysed item texts (the narratives'
 * items come back with other kinds, dates and levels in the mixed learners) and what was worked
 * out from them (task similarities, nearest occupations, coverage by meaning), while the plain
 * side analyses every item afresh. Coverage by meaning (clauses and words compared only when they
 * share a character with the task word) is compared with the plain reading written out below.
 */
import { describe, expect, it } from 'vitest';
import { buildIndexState } from '../build-matcher-index.js';
import { loadNarratives } from '../eval/datasets.js';
import { buildLearnerVector } from '../profile/learner-vector.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import { NEAR_SYNONYMS, type NearLexicon } from '../text/near-synonyms.js';
import type { EvidenceInput, EvidenceKind } from '../types.js';
import { matchLearner } from './match.js';
import { coverAllTasks, refineCoverage, taskCredits, taskTablesOf } from './task-coverage.js';
import {
  actionAgreement,
  actionAgreementTask,
  type Clause,
  evidenceWords,
  MEANING,
  matchMeaning,
  matchTaskMeaning,
  parseClauses,
  wordMatch,
} from './task-meaning.js';

const taxonomy = await bundledTaxonomy();
const narratives = await loadNarratives(taxonomy);
/** An index that scores every occupation exactly (no pruning), shared by the tests below. */
const plain = buildIndexState(taxonomy, { scoring: { pruning: false } });
const KINDS: EvidenceKind[] = ['work_project', 'learning', 'assessment', 'competition', 'credential'];

/** Learners of two to four narratives' pieces: several directions, levels, dates, declarations. */
function mixedLearners(count: number): EvidenceInput[][] {
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const codes = taxonomy.occupations.map((o) => o.code);
  return Array.from({ length: count }, (_, l) => {
    const items: EvidenceInput[] = [];
    const parts = 2 + Math.floor(rand() * 3);
    for (let p = 0; p < parts; p++) {
      const narrative = narratives[Math.floor(rand() * narratives.length)];
      for (const e of narrative?.evidence ?? []) {
        items.push({
          ...e,
          id: `${l}-${items.length}`,
          kind: KINDS[Math.floor(rand() * KINDS.length)] as EvidenceKind,
          attested: rand() < 0.4,
          occurredOn: `202${Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}-15`,
          skills: rand() < 0.5 ? [{ name: e.title.slice(0, 6), level: 1 + Math.floor(rand() * 8) }] : [],
          occupationCodes: rand() < 0.15 ? [codes[Math.floor(rand() * codes.length)] as string] : [],
        });
      }
    }
    return items;
  });
}

describe('the fast match path', () => {
  it('ranks exactly as scoring every occupation does', { timeout: 180_000 }, async () => {
    const fast = await bundledMatcher();
    const cases: {
      evidence: EvidenceInput[];
      opts: { limit: number; digital?: boolean; green?: boolean };
    }[] = [
      ...narratives.map((n) => ({ evidence: n.evidence, opts: { limit: 10 } })),
      ...narratives
        .filter((_, i) => i % 4 === 0)
        .map((n) => ({ evidence: n.evidence, opts: { limit: 100 } })),
      ...mixedLearners(60).map((evidence, i) => ({
        evidence,
        opts:
          i % 5 === 0
            ? { limit: 20, digital: true }
            : i % 7 === 0
              ? { limit: 1, green: true }
              : { limit: 10 },
      })),
    ];
    for (const { evidence, opts } of cases) {
      const expected = matchLearner(plain, buildLearnerVector(plain, evidence, { asOf: '2026-11-01' }), opts);
      expect(fast.match(evidence, { ...opts, asOf: '2026-11-01' })).toEqual(expected);
    }
  });

  it('ranks evidence seen before exactly as evidence seen for the first time', {
    timeout: 180_000,
  }, async () => {
    // From the second time an item's texts come their analysis is kept; from the third it is
    // reused, with what was worked out from it (task similarities, nearest occupations, coverage
    // by meaning), which the fourth time finds already there.
    const fast = await bundledMatcher();
    const learners = [
      ...narratives.filter((_, i) => i % 3 === 0).map((n) => n.evidence),
      ...mixedLearners(12),
    ];
    for (const opts of [
      { limit: 10 },
      { limit: 3, digital: true },
      { limit: 25 },
      { limit: 10, green: true },
    ]) {
      for (const evidence of learners) {
        const expected = matchLearner(
          plain,
          buildLearnerVector(plain, evidence, { asOf: '2026-11-01' }),
          opts,
        );
        expect(fast.match(evidence, { ...opts, asOf: '2026-11-01' })).toEqual(expected);
      }
    }
  });

  it('reads coverage by meaning exactly as comparing every word does', { timeout: 180_000 }, () => {
    const state = plain;
    const items = narratives.flatMap((n) =>
      n.evidence.map((e) => parseClauses(state.analyzer, `${e.title}。${e.description}`, { evidence: true })),
    );
    let compared = 0;
    for (let t = 0; t < state.taskClauses.length; t += 23) {
      const task = state.taskClauses[t] as Clause[];
      for (const clauses of items) {
        // As the product reads evidence: with the near-synonyms of its verbs and objects.
        const expected = plainMeaning(state.wordWeight, task, clauses, NEAR_SYNONYMS);
        expect(matchMeaning(state.wordWeight, task, evidenceWords(clauses, NEAR_SYNONYMS))).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  });

  it('reads the flat task table exactly as the task clauses are read', { timeout: 180_000 }, () => {
    // Tasks are ranked from the table; requirements (and explanations) from clause lists.
    const state = plain;
    const table = taskTablesOf(state).words;
    const items = narratives.flatMap((n) =>
      n.evidence.map((e) => parseClauses(state.analyzer, `${e.title}。${e.description}`, { evidence: true })),
    );
    let compared = 0;
    let agreeing = 0;
    for (let t = 0; t < state.taskClauses.length; t += 23) {
      const task = state.taskClauses[t] as Clause[];
      for (const clauses of items) {
        // Each reader with its own words, so neither reuses what the other kept.
        const fromTable = evidenceWords(clauses, NEAR_SYNONYMS);
        const fromClauses = evidenceWords(clauses, NEAR_SYNONYMS);
        expect(matchTaskMeaning(table, t, fromTable)).toBe(matchMeaning(state.wordWeight, task, fromClauses));
        const agreement = actionAgreementTask(table, t, fromTable);
        expect(agreement).toBe(actionAgreement(state.wordWeight, task, fromClauses));
        if (agreement > 0 && agreement < 1) agreeing++;
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
    // Partial agreements were read, not only the 0 and 1 every reader gives alike.
    expect(agreeing).toBeGreaterThan(100);
  });

  it('reads items of many words by meaning as comparing every word does', { timeout: 180_000 }, () => {
    // Items of 31 words or more are compared word by word from per-character lists (`storeByWordList`),
    // not bit masks; and a task word shares a character with the item by its exact code units.
    const state = plain;
    const table = taskTablesOf(state).words;
    const items = Array.from({ length: 40 }, (_, i) =>
      parseClauses(
        state.analyzer,
        [0, 1, 2, 3]
          .map((j) => narratives[(i * 7 + j * 13) % narratives.length]?.evidence[0])
          .map((e) => `${e?.title}。${e?.description}`)
          .join('。'),
        { evidence: true },
      ),
    );
    let long = 0;
    let compared = 0;
    let positive = 0;
    for (const clauses of items) if (evidenceWords(clauses).all.length >= 31 && clauses.length < 31) long++;
    for (let t = 0; t < state.taskClauses.length; t += 61) {
      const task = state.taskClauses[t] as Clause[];
      for (const clauses of items) {
        const value = matchTaskMeaning(table, t, evidenceWords(clauses, NEAR_SYNONYMS));
        expect(value).toBe(plainMeaning(state.wordWeight, task, clauses, NEAR_SYNONYMS));
        if (value > 0) positive++;
        compared++;
      }
    }
    expect(long).toBeGreaterThan(30);
    expect(compared).toBeGreaterThan(5_000);
    expect(positive).toBeGreaterThan(1_000);
  });

  it('reads the whole text of an item and a task in the second reading as the cosine of the two does', {
    timeout: 180_000,
  }, () => {
    // The reading by meaning takes each (item, task) cosine from the first pass's dot products
    // (`FirstPassDots`); `taskCredits` merges the two vectors. Every task of the occupations the
    // first pass reached, and others, for learners of several items.
    const state = plain;
    let compared = 0;
    let positive = 0;
    for (const evidence of mixedLearners(30)) {
      const learner = buildLearnerVector(state, evidence, { asOf: '2026-11-01' });
      const fresh = buildLearnerVector(state, evidence, { asOf: '2026-11-01' });
      const table = coverAllTasks(state, learner);
      const occupations: number[] = [];
      state.occupations.forEach((occupation, o) => {
        let reached = false;
        for (let t = occupation.taskStart; t < occupation.taskEnd; t++)
          if ((table.coverage[t] as number) > 0) reached = true;
        if ((reached && occupations.length < 40) || o % 97 === 0) occupations.push(o);
      });
      refineCoverage(state, learner, table, occupations);
      for (const o of occupations) {
        const occupation = state.occupations[o];
        for (let t = occupation?.taskStart ?? 0; t < (occupation?.taskEnd ?? 0); t++) {
          const credits = taskCredits(state, fresh, t);
          const value = Math.max(0, ...credits);
          expect(table.coverage[t]).toBe(value);
          expect(table.best[t]).toBe(value > 0 ? credits.indexOf(value) : -1);
          if (value > 0) positive++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
    expect(positive).toBeGreaterThan(1_000);
  });

  it('compares words as the plain reading does, characters outside the BMP included', () => {
    const words = [
      '焊接',
      '电弧焊',
      '电焊',
      '操作',
      '操控',
      '件',
      '构件',
      'python',
      'py',
      '𠀀焊',
      '焊𠀀接',
      '\ud840',
      '数据',
    ];
    for (const a of words)
      for (const b of words)
        for (const related of [true, false])
          expect(wordMatch(a, b, { related })).toBe(plainWordMatch(a, b, related));
  });
});

/** The word match as first written (code-point iteration and a regular expression per character). */
function plainWordMatch(task: string, evidence: string, related: boolean): number {
  if (task === evidence) return 1;
  if (task.includes(evidence) || evidence.includes(task))
    return Math.min(task.length, evidence.length) === 1 ? MEANING.related : 1;
  if (!related) return 0;
  const subsequence = (short: string, long: string) => {
    if (short.length < 2 || short.length >= long.length) return false;
    let at = 0;
    for (const ch of long) if (ch === short[at]) at++;
    return at === short.length;
  };
  if (subsequence(task, evidence) || subsequence(evidence, task)) return MEANING.subsequence;
  // A character in common alone earns `MEANING.sharedCharacter` (0.5 until match-2026.11-23).
  for (const ch of task)
    if (/[\u3400-\u9fff]/.test(ch) && evidence.includes(ch)) return MEANING.sharedCharacter;
  return 0;
}

/** Coverage by meaning as specified: each task clause against each evidence clause, every word pair compared. */
function plainMeaning(
  weight: (word: string) => number,
  task: readonly Clause[],
  item: readonly Clause[],
  lexicon: NearLexicon,
): number {
  if (task.length === 0 || item.every((c) => c.actions.length + c.objects.length + c.expanded.length === 0))
    return 0;
  const bestMatch = (clause: Clause, word: string, action: boolean) => {
    const all = [...new Set([...clause.actions, ...clause.objects, ...clause.expanded])];
    if (all.includes(word)) return 1;
    // A near-synonym of one of the clause's actions or objects: the lexicon's credit.
    let best = 0;
    for (const said of [...clause.actions, ...clause.objects])
      for (const [other, credit] of lexicon.get(said) ?? [])
        if (other === word) best = Math.max(best, credit);
    for (const other of all) {
      const related = word.length >= 2 && other.length >= 2 && (!action || clause.actions.includes(other));
      best = Math.max(best, plainWordMatch(word, other, related));
    }
    return best;
  };
  let sum = 0;
  let best = 0;
  for (const clause of task) {
    let score = 0;
    for (const evidence of item) {
      let objectSum = 0;
      let objectTotal = 0;
      clause.objects.forEach((word, i) => {
        const w = clause.objectWeights?.[i] ?? weight(word);
        objectTotal += w;
        objectSum += w * bestMatch(evidence, word, false);
      });
      let actionSum = 0;
      for (const verb of clause.actions) actionSum += bestMatch(evidence, verb, true);
      const object = objectTotal > 0 ? objectSum / objectTotal : 0;
      const action = clause.actions.length > 0 ? actionSum / clause.actions.length : 0;
      const combined =
        clause.actions.length === 0
          ? object
          : clause.objects.length === 0
            ? action
            : object === 0
              ? MEANING.actionOnly * action
              : action === 0
                ? MEANING.objectOnly * object
                : MEANING.actionWeight * action + (1 - MEANING.actionWeight) * object;
      score = Math.max(score, combined);
    }
    sum += score;
    best = Math.max(best, score);
  }
  return (best + sum / task.length) / 2;
}

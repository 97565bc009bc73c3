/**
 * A level lexicon learned from the classification's own text, measured as a *reading* of the level
 * of work (issue 9; tried as the scorer's level reading and not kept — see the matcher README,
 * "The level of work read by a learned lexicon, tried and not kept").
 *
 * The 1,639 occupations' definitions and task statements are labelled by major group (2:
 * professionals; 4, 5, 6: service, farm and production work). Each word the matcher's analyser
 * gives them (words and sub-words, no character pairs) gets a smoothed log-odds of appearing in a
 * professional rather than a hands-on occupation — Monroe, Colaresi & Quinn (2008), informative
 * Dirichlet prior from all occupations' words, a word counted once per occupation — and the words
 * at least `minZ` standard errors from 0 form the lexicon. A text reads as the mean log-odds of its
 * level words. `levelReadings` compares that reading with the shipped one (`scoring/work-level.ts`,
 * two hand lists of verbs) on labelled narratives: how often each speaks, and how well it orders
 * professionals' evidence above workers' (AUC).
 */
import type { IndexState } from '../index-state.js';
import { buildLearnerVector } from '../profile/learner-vector.js';
import { NGRAM_PREFIX } from '../text/analyzer.js';
import type { Narrative } from './datasets.js';

export interface LevelLexicon {
  /** Log-odds of professional vs hands-on work, by vocabulary id (only words past `minZ`). */
  logOdds: Map<number, number>;
}

/** Which side of the level a major group is on: 0 professional, 1 hands-on, -1 neither. */
export function sideOf(major: string): number {
  if (major === '2') return 0;
  if (major === '4' || major === '5' || major === '6') return 1;
  return -1;
}

/** Each occupation's distinct words (definition and task statements) as vocabulary ids. */
export function occupationWords(state: IndexState): Set<number>[] {
  return state.occupations.map((occupation) => {
    const words = new Set<number>();
    const texts = [occupation.definitionText];
    for (let t = occupation.taskStart; t < occupation.taskEnd; t++) texts.push(state.tasks[t]?.text ?? '');
    for (const text of texts)
      for (const term of state.analyzer.analyze(text).keys())
        if (!term.startsWith(NGRAM_PREFIX)) words.add(state.vocabulary.id(term));
    return words;
  });
}

/** Learns the lexicon from occupations (major group and distinct word ids). Deterministic. */
export function learnLevelLexicon(
  occupations: readonly { major: string; words: ReadonlySet<number> }[],
  { prior = 1000, minZ = 2 }: { prior?: number; minZ?: number } = {},
): LevelLexicon {
  const all = new Map<number, number>();
  const bySide = [new Map<number, number>(), new Map<number, number>()] as const;
  const sideTotal = [0, 0];
  let total = 0;
  for (const { major, words } of occupations) {
    const side = sideOf(major);
    for (const id of words) {
      all.set(id, (all.get(id) ?? 0) + 1);
      total++;
      if (side < 0) continue;
      bySide[side]?.set(id, (bySide[side]?.get(id) ?? 0) + 1);
      sideTotal[side] = (sideTotal[side] ?? 0) + 1;
    }
  }
  const [nP = 0, nO = 0] = sideTotal;
  const logOdds = new Map<number, number>();
  for (const [id, count] of all) {
    const a = (prior * count) / total;
    const yP = bySide[0].get(id) ?? 0;
    const yO = bySide[1].get(id) ?? 0;
    const delta = Math.log((yP + a) / (nP + prior - yP - a)) - Math.log((yO + a) / (nO + prior - yO - a));
    if (Math.abs(delta / Math.sqrt(1 / (yP + a) + 1 / (yO + a))) >= minZ) logOdds.set(id, delta);
  }
  return { logOdds };
}

/** The mean log-odds of the level words among ids, null when none is one. */
export function readLevel(lexicon: LevelLexicon, ids: ArrayLike<number>): number | null {
  let words = 0;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const value = lexicon.logOdds.get(ids[i] ?? -1);
    if (value !== undefined) {
      words++;
      sum += value;
    }
  }
  return words > 0 ? sum / words : null;
}

/** Area under the ROC curve of `positive` over `negative` (ties half), NaN when a side is empty. */
export function auc(positive: readonly number[], negative: readonly number[]): number {
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positive.length * negative.length);
}

export interface LevelReadingFigures {
  /** Narratives labelled with a professional (2) or a worker (4–6) occupation. */
  labelled: number;
  /** Of those, how many the reading says anything about. */
  speaks: number;
  /** AUC of professionals' readings over workers', among those it speaks about. */
  aucSpoken: number;
  /** The same with a silent reading placed in the middle (as the scorer treats it: no effect). */
  aucAll: number;
}

/**
 * How two readings of a learner's level — the scorer's (`learner.workLevel`, professional share) and
 * the learned lexicon's (mean log-odds over the evidence's vocabulary ids, items weighed by their
 * evidence weight) — separate narratives labelled professional from those labelled worker.
 */
export function levelReadings(
  state: IndexState,
  lexicon: LevelLexicon,
  narratives: readonly Narrative[],
): { shipped: LevelReadingFigures; learned: LevelReadingFigures } {
  const shipped: (number | null)[][] = [[], []];
  const learned: (number | null)[][] = [[], []];
  for (const narrative of narratives) {
    const side = sideOf(narrative.code.charAt(0));
    if (side < 0) continue;
    const learner = buildLearnerVector(state, narrative.evidence);
    shipped[side]?.push(learner.workLevel?.share ?? null);
    let weight = 0;
    let sum = 0;
    for (const item of learner.evidence) {
      const read = readLevel(lexicon, item.vector.ids);
      if (read === null) continue;
      weight += item.weight;
      sum += item.weight * read;
    }
    learned[side]?.push(weight > 0 ? sum / weight : null);
  }
  return { shipped: figuresOf(shipped, 0.5), learned: figuresOf(learned, middle(learned)) };
}

/** The median of all readings given: where a silent reading sits. */
function middle(readings: readonly (number | null)[][]): number {
  const values = readings.flat().filter((v): v is number => v !== null);
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

function figuresOf(readings: readonly (number | null)[][], silent: number): LevelReadingFigures {
  const [professional = [], worker = []] = readings;
  const spoken = (side: readonly (number | null)[]) => side.filter((v): v is number => v !== null);
  const all = (side: readonly (number | null)[]) => side.map((v) => v ?? silent);
  return {
    labelled: professional.length + worker.length,
    speaks: spoken(professional).length + spoken(worker).length,
    aucSpoken: auc(spoken(professional), spoken(worker)),
    aucAll: auc(all(professional), all(worker)),
  };
}

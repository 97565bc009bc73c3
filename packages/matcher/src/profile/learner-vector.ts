/**
 * A learner's evidence, vectorised once: one vector per item (for task and requirement coverage)
 * and the weighted whole-profile vector, plus a packed copy for fast candidate ranking.
 */
import type { IndexState } from '../index-state.js';
import type { RoleReading, RoleSource } from '../scoring/role-types.js';
import { coverageQuality } from '../scoring/scorer.js';
import { type EvidenceWords, evidenceWords, parseClauses } from '../scoring/task-meaning.js';
import {
  evidenceWorkCounts,
  learnerWorkLevel,
  type WorkLevel,
  type WorkLevelCounts,
  withLevelAndSteps,
} from '../scoring/work-level.js';
import { nearLexiconOf } from '../text/near-synonyms.js';
import type { EvidenceInput, EvidenceWeight } from '../types.js';
import { normalize, type SparseVector, sparseFromMap, weightedSum } from '../vector/sparse-vector.js';
import { evidenceBag, knownTermCount, queryVector } from './evidence-vector.js';
import { evidenceFactors, evidenceLevel, referenceDay } from './evidence-weight.js';
import { TaskValues } from './task-values.js';

export interface LearnerEvidence {
  id: string;
  vector: SparseVector;
  /** kind × attestation × recency (core's evidence weight). */
  weight: number;
  /** How strongly the item can cover a task: `coverageQuality(weight)`. */
  quality: number;
  level: number | null;
  occupationCodes: readonly string[];
  summary: EvidenceWeight;
  /** Verbs of professional and of hands-on work in the item (`scoring/work-level.ts`). */
  work: WorkLevelCounts;
  /** Its title, description and skills as clauses and words, for coverage by meaning. */
  words: EvidenceWords;
  /** What the index works out from its texts alone, kept with its analysis (see `ItemMemo`). */
  memo: ItemMemo;
  /** Its title and description, read for the role they name when first matched (`scoring/role-reading.ts`). */
  roleSource: RoleSource;
}

/**
 * Results that depend only on an item's analysed texts (its vector and words) and the index: worked
 * out when first needed and kept with the analysis, so an item matched again — in another direction
 * of the same request, or in a later request with the same texts — reuses them. Pure values: the
 * same as recomputing them.
 */
export interface ItemMemo {
  /** The tasks whose whole-text similarity to the item is positive, and that similarity (`coverAllTasks`). */
  taskSimilarities?: { tasks: Int32Array; similarities: Float64Array };
  /** Its similarity profile over the occupations (`directions.ts`). */
  nearest?: { indices: number[]; values: number[] };
  /** Coverage by meaning of task t by the item, per task index read so far. */
  meaning: TaskValues;
  /** How far the item says task t's action (`actionAgreement`), per task index read so far. */
  agreement?: TaskValues;
  /** The norm of its vector (`taskCosine` in task-coverage.ts). */
  norm?: number;
  /** How many distinct words the classification knows it says (`directionWeights` in `match.ts`). */
  saidWords?: number;
  /** Whether the analysis has been reused (found in the cache): larger results are kept from then on. */
  reused: boolean;
}

/** Evidence items of one evidence vector, concatenated into typed arrays. */
export interface PackedEvidence {
  ids: Int32Array;
  values: Float32Array;
  /** Item k spans `offsets[k] … offsets[k + 1]`. */
  offsets: Int32Array;
  quality: Float32Array;
  /** 新八级 level, 0 when unknown. */
  level: Int8Array;
}

/** A vectorised learner (an in-memory handle: it holds typed arrays). */
export interface LearnerVector {
  id: string | null;
  profile: SparseVector;
  evidence: LearnerEvidence[];
  packed: PackedEvidence;
  /** Per term, the largest weight any item gives it: bounds every item's similarity (candidate pools prune with it). */
  termMax: SparseVector;
  /** Whether any item has a term the taxonomy knows; if not, nothing can be matched. */
  matchable: boolean;
  /** Level of work the evidence shows (professional share), null when no verb says anything. */
  workLevel: WorkLevel | null;
  /**
   * The role its items' titles name (weighted mean of the items'), null when none names one;
   * undefined until first matched (`learnerRoleOf`): vectorising alone, for candidate lists, never reads it.
   */
  role?: RoleReading | null;
  /**
   * Its directions (evidence indices) and one learner per direction: a property of the evidence
   * alone, worked out on the first match and kept, like the term vectors (`scoring/directions.ts`).
   */
  directions?: { groups: number[][]; learners: LearnerVector[] };
}

export function buildLearnerVector(
  state: IndexState,
  evidence: readonly EvidenceInput[],
  { asOf, id = null, cache = false }: { asOf?: string; id?: string | null; cache?: boolean } = {},
): LearnerVector {
  return analysedLearner(
    evidence.map((item) => ({
      facts: itemFacts(item),
      analysis: cache ? cachedAnalysis(state, item) : analyseItem(state, item),
    })),
    { asOf, id },
  );
}

/**
 * What of an evidence item weighs it, besides its texts: kind, date, attestation, level (its
 * skills' highest 新八级 level), work-process steps and declared occupations.
 */
export interface ItemFacts {
  id: string;
  kind: EvidenceInput['kind'];
  occurredOn?: string | undefined;
  attested?: boolean | undefined;
  level: number | null;
  steps: readonly string[];
  occupationCodes: readonly string[];
}

export function itemFacts(item: EvidenceInput): ItemFacts {
  return {
    id: item.id,
    kind: item.kind,
    occurredOn: item.occurredOn,
    attested: item.attested,
    level: evidenceLevel(item),
    steps: item.steps ?? [],
    occupationCodes: item.occupationCodes ?? [],
  };
}

/**
 * A learner vector from items analysed earlier (`analyseItem`, e.g. kept in a stored vector): the
 * same vector `buildLearnerVector` makes from the items' texts, with no text analysis. `directions`,
 * when given, are the groups `groupDirections` makes for these items (a property of the texts alone).
 */
export function analysedLearner(
  items: readonly { facts: ItemFacts; analysis: ItemAnalysis }[],
  {
    asOf,
    id = null,
    directions,
  }: { asOf?: string | undefined; id?: string | null; directions?: number[][] | undefined } = {},
): LearnerVector {
  const today = referenceDay(
    items.map(({ facts }) => facts),
    asOf,
  );
  const learner = learnerOf(
    id,
    items.map(
      ({ facts, analysis: { vector, knownTerms, textCounts, words, memo, roleSource } }): LearnerEvidence => {
        const factors = evidenceFactors(facts, today);
        const weight = factors.kind * factors.attestation * factors.recency;
        return {
          id: facts.id,
          vector,
          weight,
          quality: coverageQuality(weight),
          level: facts.level,
          occupationCodes: facts.occupationCodes,
          summary: { id: facts.id, weight: round6(weight), factors: roundFactors(factors), knownTerms },
          work: withLevelAndSteps(textCounts, facts.level, facts.steps),
          words,
          memo,
          roleSource,
        };
      },
    ),
  );
  if (directions)
    learner.directions = {
      groups: directions,
      learners:
        directions.length <= 1 ? [learner] : directions.map((indices) => subsetLearner(learner, indices)),
    };
  return learner;
}

/**
 * What analysing an item's texts gives — a function of its title, description and skill names
 * alone (never of its dates, kind or levels), so it can be shared by every item with those texts.
 * Never modified once made (the word-match caches inside `words` only grow, and are pure).
 */
export interface ItemAnalysis {
  vector: SparseVector;
  knownTerms: number;
  /** Verbs of professional and of hands-on work in its texts (level and steps not yet added). */
  textCounts: WorkLevelCounts;
  words: EvidenceWords;
  memo: ItemMemo;
  /** Shared by every item with these texts, so the role is read once per text. */
  roleSource: RoleSource;
}

export function analyseItem(state: IndexState, item: EvidenceInput): ItemAnalysis {
  const skills = (item.skills ?? []).map((s) => s.name);
  const vector = queryVector(state, evidenceBag(state, item));
  return {
    vector,
    knownTerms: knownTermCount(state, vector),
    textCounts: evidenceWorkCounts(
      [item.title, item.description, ...skills].flatMap((text) => [text, state.analyzer.translation(text)]),
      null,
    ),
    words: evidenceWords(
      parseClauses(state.analyzer, [item.title, item.description, ...skills].join('。'), {
        evidence: state.scoring.formWords,
      }),
      nearLexiconOf(state),
    ),
    memo: { meaning: new TaskValues(), reused: false },
    roleSource: { title: item.title, description: item.description },
  };
}

/**
 * The analyses of the most recently matched item texts, per index: a request that repeats an
 * item's texts (a learner's own evidence, matched on every visit) skips text analysis and finds
 * its coverage-by-meaning word matches already worked out. An analysis is kept from the second time
 * its texts come (the first time only the texts are remembered): texts seen once — most of what a
 * busy server reads — are never kept, so they die young instead of filling the old generation for
 * the collector to sweep. Least recently used out first.
 */
const ANALYSIS_CACHE_SIZE = 512;
interface AnalysisCache {
  kept: Map<string, ItemAnalysis>;
  /** Texts seen once, not yet kept (oldest first). */
  seen: Set<string>;
}
const analyses = new WeakMap<IndexState, AnalysisCache>();

function cachedAnalysis(state: IndexState, item: EvidenceInput): ItemAnalysis {
  let cache = analyses.get(state);
  if (!cache) {
    cache = { kept: new Map(), seen: new Set() };
    analyses.set(state, cache);
  }
  const { kept, seen } = cache;
  const key = JSON.stringify([item.title, item.description, (item.skills ?? []).map((s) => s.name)]);
  let analysis = kept.get(key);
  if (analysis) {
    kept.delete(key);
    analysis.memo.reused = true;
  } else {
    analysis = analyseItem(state, item);
    if (!seen.delete(key)) {
      seen.add(key);
      if (seen.size > ANALYSIS_CACHE_SIZE) seen.delete(seen.values().next().value as string);
      return analysis;
    }
    if (kept.size >= ANALYSIS_CACHE_SIZE) kept.delete(kept.keys().next().value as string);
  }
  kept.set(key, analysis);
  return analysis;
}

/** A learner made of some of another's items (one direction of their evidence). */
export function subsetLearner(learner: LearnerVector, indices: readonly number[]): LearnerVector {
  return learnerOf(
    learner.id,
    indices.flatMap((k) => (learner.evidence[k] ? [learner.evidence[k]] : [])),
  );
}

function learnerOf(id: string | null, items: LearnerEvidence[]): LearnerVector {
  const profile = normalize(weightedSum(items.map((item) => ({ vector: item.vector, weight: item.weight }))));
  let packed: PackedEvidence | undefined;
  let termMax: SparseVector | undefined;
  return {
    id,
    profile,
    evidence: items,
    // Read by candidate ranking only, so made when first read: a match never needs them.
    get packed() {
      packed ??= pack(items);
      return packed;
    },
    get termMax() {
      termMax ??= termMaximum(items);
      return termMax;
    },
    matchable: items.some((item) => item.summary.knownTerms > 0),
    workLevel: learnerWorkLevel(items.map((item) => ({ counts: item.work, weight: item.weight }))),
  };
}

function pack(items: readonly LearnerEvidence[]): PackedEvidence {
  const total = items.reduce((sum, item) => sum + item.vector.ids.length, 0);
  const ids = new Int32Array(total);
  const values = new Float32Array(total);
  const offsets = new Int32Array(items.length + 1);
  let at = 0;
  items.forEach((item, k) => {
    ids.set(item.vector.ids, at);
    values.set(item.vector.values, at);
    at += item.vector.ids.length;
    offsets[k + 1] = at;
  });
  return {
    ids,
    values,
    offsets,
    quality: Float32Array.from(items.map((item) => item.quality)),
    level: Int8Array.from(items.map((item) => item.level ?? 0)),
  };
}

function termMaximum(items: readonly LearnerEvidence[]): SparseVector {
  const max = new Map<number, number>();
  for (const item of items) {
    for (let i = 0; i < item.vector.ids.length; i++) {
      const id = item.vector.ids[i] as number;
      const value = item.vector.values[i] as number;
      if (value > (max.get(id) ?? 0)) max.set(id, value);
    }
  }
  return sparseFromMap(max);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function roundFactors(factors: EvidenceWeight['factors']): EvidenceWeight['factors'] {
  return {
    kind: round6(factors.kind),
    attestation: round6(factors.attestation),
    recency: round6(factors.recency),
  };
}

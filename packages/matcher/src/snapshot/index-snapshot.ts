/**
 * A built matcher index as bytes, and back: what lets a server start on a stored index instead of
 * analysing the whole taxonomy again. The bytes hold what is costly to compute (the analyser's
 * user dictionary, the vocabulary, the fitted weighting, every profile, name and task vector as
 * packed typed arrays, the occupations, tasks and groups, each task's clauses, each occupation's
 * share of professional work, the task words everyday language says more often than the trades); what is cheap to derive (the kernels'
 * inverted indexes, the classifier's title index, jieba's dictionaries) is rebuilt on first use.
 *
 * @example
 * const bytes = serializeMatcherIndex(buildMatcherIndex(data));
 * const matcher = restoreMatcherIndex(bytes, data.info.scheme); // the same answers, in ~50 ms
 */
import { deserialize, serialize } from 'node:v8';
import type { TaxonomyScheme } from '@skillbank/core';
import { indexStateOf, matcherOverState } from '../build-matcher-index.js';
import type { GroupEntry, IndexState, OccupationEntry, TaskEntry } from '../index-state.js';
import { invertedIndexKernel } from '../kernel/inverted-index-kernel.js';
import { mlDistanceKernel } from '../kernel/ml-distance-kernel.js';
import type { CorpusIndex, SimilarityKernel } from '../kernel/similarity-kernel.js';
import type { MatcherIndex } from '../matcher-index.js';
import { taskTablesOf } from '../scoring/task-coverage.js';
import { type Clause, wordWeight } from '../scoring/task-meaning.js';
import { analyzerWithWords, type ResolvedAnalyzerOptions } from '../text/analyzer.js';
import { buildTitleIndex, type TitleIndex } from '../titles/title-index.js';
import type { TitleLexicon } from '../titles/title-lexicon.js';
import type { SparseVector } from '../vector/sparse-vector.js';
import { Vocabulary } from '../vector/vocabulary.js';
import { type WeightingFit, weightingFromFit } from '../vector/weighting.js';

/** First bytes of every snapshot: the format's name and version (a new layout bumps it). */
const MAGIC = 'skmidx03';

/** Vectors packed end to end: vector i is `ids/values[offsets[i] .. offsets[i + 1])`. */
interface PackedVectors {
  offsets: Int32Array;
  ids: Int32Array;
  values: Float32Array;
}

interface Payload {
  taxonomy: { id: string; version: string };
  analyzer: { options: ResolvedAnalyzerOptions; userWords: string[] };
  terms: string[];
  weighting: WeightingFit;
  kernel: string;
  occupations: OccupationEntry[];
  groups: GroupEntry[];
  tasks: TaskEntry[];
  profiles: PackedVectors;
  names: PackedVectors;
  taskVectors: PackedVectors;
  lexicon: TitleLexicon;
  scoring: IndexState['scoring'];
  taskClauses: PackedClauses;
  workShares: Float64Array;
  /** `IndexState.tradeShares` as two lists. */
  tradeShares: { words: string[]; shares: Float64Array };
}

/**
 * Every task's clauses as a few flat arrays: one string per distinct word, typed arrays for the
 * rest. Stored as objects they were two fifths of the bytes and nine tenths of the time
 * `deserialize` took (≈ 80 of 90 ms, every process start).
 */
interface PackedClauses {
  /** Clauses of task i: `[clauseStart[i], clauseStart[i + 1])`. */
  clauseStart: Int32Array;
  texts: string[];
  words: string[];
  /** Per clause: its actions, objects and expanded words, as counts (three per clause). */
  counts: Int32Array;
  /** Word ids of every clause's actions, then objects, then expanded words, end to end. */
  wordIds: Int32Array;
  /** Per clause: 1 when it carries object and action weights (task clauses do, see `weighClauses`). */
  weighed: Uint8Array;
  /** The weights of weighed clauses' objects, then actions, end to end. */
  weights: Float64Array;
}

/** Why a snapshot could not be restored (the caller builds the index afresh instead). */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

const KERNELS: Record<string, SimilarityKernel> = {
  [invertedIndexKernel.name]: invertedIndexKernel,
  [mlDistanceKernel.name]: mlDistanceKernel,
};

/** The index as bytes. Only indexes made by `buildMatcherIndex` or `restoreMatcherIndex`, with a named kernel. */
export function serializeMatcherIndex(index: MatcherIndex): Uint8Array {
  const state = indexStateOf(index);
  if (!state) throw new SnapshotError('not an index built by this matcher');
  if (KERNELS[state.kernel.name] !== state.kernel)
    throw new SnapshotError(`kernel ${state.kernel.name} cannot be stored`);
  const payload: Payload = {
    taxonomy: state.taxonomy,
    analyzer: { options: state.analyzer.options, userWords: [...state.analyzer.userWords] },
    terms: [...state.vocabulary.terms()],
    weighting: state.weighting.fit,
    kernel: state.kernel.name,
    occupations: state.occupations,
    groups: [...state.groups.values()],
    tasks: state.tasks,
    profiles: pack(state.profiles),
    names: pack(state.names),
    taskVectors: pack(state.taskVectors),
    lexicon: state.titles.lexicon,
    scoring: state.scoring,
    taskClauses: packClauses(state.taskClauses),
    workShares: state.workShares,
    tradeShares: {
      words: [...state.tradeShares.keys()],
      shares: Float64Array.from(state.tradeShares.values()),
    },
  };
  const body = serialize(payload);
  const bytes = new Uint8Array(MAGIC.length + body.length);
  bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
  bytes.set(body, MAGIC.length);
  return bytes;
}

/**
 * The index the bytes hold, answering exactly as the one serialised. `scheme` is the stored
 * taxonomy's (rules are code, not data). Throws `SnapshotError` on bytes of another format.
 */
export function restoreMatcherIndex(bytes: Uint8Array, scheme: TaxonomyScheme): MatcherIndex {
  const started = performance.now();
  if (Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC)
    throw new SnapshotError(`not a matcher index snapshot of format ${MAGIC}`);
  let payload: Payload;
  try {
    payload = deserialize(bytes.subarray(MAGIC.length)) as Payload;
  } catch (error) {
    throw new SnapshotError(`unreadable snapshot: ${String(error)}`);
  }
  const kernel = KERNELS[payload.kernel];
  if (!kernel) throw new SnapshotError(`unknown kernel ${payload.kernel}`);

  const vocabulary = Vocabulary.fromTerms(payload.terms);
  // A copy: the deserialised array is a view into the whole snapshot, which serialising again would repeat.
  const weighting = weightingFromFit(
    { ...payload.weighting, idf: payload.weighting.idf.slice() },
    vocabulary,
  );
  const dimension = vocabulary.dimension;
  const profiles = unpack(payload.profiles);
  const names = unpack(payload.names);
  const taskVectors = unpack(payload.taskVectors);
  const { occupations } = payload;
  // Derived parts are built on first use: a restore answers its first request sooner.
  let profileIndex: CorpusIndex | undefined;
  let nameIndex: CorpusIndex | undefined;
  let taskIndex: CorpusIndex | undefined;
  let titles: TitleIndex | undefined;
  const state: IndexState = {
    taxonomy: payload.taxonomy,
    scheme,
    analyzer: analyzerWithWords(payload.analyzer.userWords, payload.analyzer.options),
    vocabulary,
    weighting,
    kernel,
    occupations,
    occupationByCode: new Map(occupations.map((occupation, i) => [occupation.code, i])),
    groups: new Map(payload.groups.map((group) => [group.code, group])),
    profiles,
    get profileIndex() {
      profileIndex ??= kernel.index(profiles, dimension);
      return profileIndex;
    },
    names,
    get nameIndex() {
      nameIndex ??= kernel.index(names, dimension);
      return nameIndex;
    },
    tasks: payload.tasks,
    taskVectors,
    get taskIndex() {
      taskIndex ??= kernel.index(taskVectors, dimension);
      return taskIndex;
    },
    scoring: payload.scoring,
    wordWeight: wordWeight({ vocabulary, weighting }),
    taskClauses: unpackClauses(payload.taskClauses),
    workShares: payload.workShares.slice(),
    tradeShares: new Map(
      payload.tradeShares.words.map((word, i) => [word, payload.tradeShares.shares[i] as number]),
    ),
    get titles() {
      titles ??= buildTitleIndex(occupations, payload.groups, payload.lexicon);
      return titles;
    },
  };
  return matcherOverState(state, started);
}

/**
 * Builds what a restored index builds on first use (jieba's dictionaries, the inverted indexes,
 * the title index, the task tables of coverage by meaning), so that the first request after a restore does not pay for it.
 */
export function warmMatcherIndex(index: MatcherIndex): void {
  const state = indexStateOf(index);
  if (!state) return;
  state.analyzer.analyze('预热');
  void state.profileIndex;
  void state.nameIndex;
  void state.taskIndex;
  void state.titles;
  taskTablesOf(state);
}

function packClauses(taskClauses: readonly Clause[][]): PackedClauses {
  const clauseStart = new Int32Array(taskClauses.length + 1);
  const texts: string[] = [];
  const words: string[] = [];
  const wordId = new Map<string, number>();
  const counts: number[] = [];
  const wordIds: number[] = [];
  const weighed: number[] = [];
  const weights: number[] = [];
  const idOf = (word: string): number => {
    let id = wordId.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      wordId.set(word, id);
    }
    return id;
  };
  taskClauses.forEach((clauses, task) => {
    for (const clause of clauses) {
      texts.push(clause.text);
      counts.push(clause.actions.length, clause.objects.length, clause.expanded.length);
      for (const list of [clause.actions, clause.objects, clause.expanded])
        for (const word of list) wordIds.push(idOf(word));
      const { objectWeights, actionWeights } = clause;
      if (objectWeights && actionWeights) {
        if (objectWeights.length !== clause.objects.length || actionWeights.length !== clause.actions.length)
          throw new SnapshotError('a clause has weights that do not match its words');
        weighed.push(1);
        weights.push(...objectWeights, ...actionWeights);
      } else if (objectWeights || actionWeights) {
        throw new SnapshotError('a clause has object or action weights, not both');
      } else {
        weighed.push(0);
      }
    }
    clauseStart[task + 1] = texts.length;
  });
  return {
    clauseStart,
    texts,
    words,
    counts: Int32Array.from(counts),
    wordIds: Int32Array.from(wordIds),
    weighed: Uint8Array.from(weighed),
    weights: Float64Array.from(weights),
  };
}

/** The clauses `packClauses` packed, as equal objects (weights only on the clauses that had them). */
function unpackClauses(packed: PackedClauses): Clause[][] {
  const { clauseStart, texts, words, counts, wordIds, weighed, weights } = packed;
  const readWords = (start: number, n: number): string[] => {
    const list: string[] = new Array(n);
    for (let k = 0; k < n; k++) list[k] = words[wordIds[start + k] as number] as string;
    return list;
  };
  const readWeights = (start: number, n: number): number[] => {
    const list: number[] = new Array(n);
    for (let k = 0; k < n; k++) list[k] = weights[start + k] as number;
    return list;
  };
  const out: Clause[][] = new Array(clauseStart.length - 1);
  let word = 0;
  let weight = 0;
  for (let task = 0; task + 1 < clauseStart.length; task++) {
    const end = clauseStart[task + 1] as number;
    const clauses: Clause[] = [];
    for (let c = clauseStart[task] as number; c < end; c++) {
      const nActions = counts[3 * c] as number;
      const nObjects = counts[3 * c + 1] as number;
      const nExpanded = counts[3 * c + 2] as number;
      const clause: Clause = {
        text: texts[c] as string,
        actions: readWords(word, nActions),
        objects: readWords(word + nActions, nObjects),
        expanded: readWords(word + nActions + nObjects, nExpanded),
      };
      word += nActions + nObjects + nExpanded;
      if (weighed[c] === 1) {
        clause.objectWeights = readWeights(weight, nObjects);
        clause.actionWeights = readWeights(weight + nObjects, nActions);
        weight += nObjects + nActions;
      }
      clauses.push(clause);
    }
    out[task] = clauses;
  }
  return out;
}

function pack(vectors: readonly SparseVector[]): PackedVectors {
  const offsets = new Int32Array(vectors.length + 1);
  for (let i = 0; i < vectors.length; i++)
    offsets[i + 1] = (offsets[i] as number) + (vectors[i] as SparseVector).ids.length;
  const total = offsets[vectors.length] as number;
  const ids = new Int32Array(total);
  const values = new Float32Array(total);
  vectors.forEach((vector, i) => {
    ids.set(vector.ids, offsets[i]);
    values.set(vector.values, offsets[i]);
  });
  return { offsets, ids, values };
}

/** Views into the packed arrays (no copy). */
function unpack({ offsets, ids, values }: PackedVectors): SparseVector[] {
  const out: SparseVector[] = new Array(offsets.length - 1);
  for (let i = 0; i + 1 < offsets.length; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    out[i] = { ids: ids.subarray(start, end), values: values.subarray(start, end) };
  }
  return out;
}

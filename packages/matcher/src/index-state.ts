/** The built index: everything the matcher's operations read, fixed after `buildMatcherIndex`. */
import type { TaxonomyScheme } from '@skillbank/core';
import type { CorpusIndex, SimilarityKernel } from './kernel/similarity-kernel.js';
import type { RoleSettings } from './scoring/role-types.js';
import type { Clause } from './scoring/task-meaning.js';

/** Parts of the match scoring that can be switched off, for ablations. */
export interface ScoringParts {
  /** Level of work (work-level.ts). */
  workLevel?: boolean;
  /** Coverage by meaning (task-meaning.ts). */
  meaning?: boolean;
  /** Near-synonyms of the evidence's verbs and objects in coverage by meaning (text/near-synonyms.ts). */
  nearSynonyms?: boolean;
  /** Dropping form-of-evidence words (实训, 课程, 实习, 项目, 比赛) from evidence. */
  formWords?: boolean;
  /** The role each evidence item's title names, read by the job-title classifier (role-reading.ts). */
  role?: boolean;
  /** The whole-text reading of a task counts as far as the evidence says its action (scorer.ts `coverCredit`). */
  actionGate?: boolean;
  /** Directions (directions.ts). */
  directions?: boolean;
  /** In the overall ranking, each direction's scores weighed by its share of the evidence (match.ts). */
  directionWeight?: boolean;
  /** The leading occupations' scores weighed by how much of the evidence each explains (match.ts). */
  explained?: boolean;
  /**
   * Skipping the level-of-work power for occupations that cannot enter the top (match.ts). Exact:
   * off gives the same results, slower; the switch exists for the test that shows it.
   */
  pruning?: boolean;
}

import type { Analyzer } from './text/analyzer.js';
import type { TitleIndex } from './titles/title-index.js';
import type { SparseVector } from './vector/sparse-vector.js';
import type { Vocabulary } from './vector/vocabulary.js';
import type { Weighting } from './vector/weighting.js';

export interface OccupationEntry {
  code: string;
  name: string;
  /** Normalised name and definition, for exact substring matches in search. */
  nameText: string;
  definitionText: string;
  digital: boolean;
  green: boolean;
  isNew: boolean;
  /** Group codes by rank (null for a rank the scheme lacks) and the nearest group above. */
  minorCode: string | null;
  middleCode: string | null;
  majorCode: string;
  groupCode: string;
  /** Range of this occupation's tasks in `IndexState.tasks`. */
  taskStart: number;
  taskEnd: number;
}

export interface TaskEntry {
  id: string;
  text: string;
  occupation: number;
}

export interface GroupEntry {
  code: string;
  name: string;
  level: number;
}

export interface IndexState {
  taxonomy: { id: string; version: string };
  /** The taxonomy's rules (code grammar, levels): what the matcher asks instead of slicing codes. */
  scheme: TaxonomyScheme;
  analyzer: Analyzer;
  vocabulary: Vocabulary;
  weighting: Weighting;
  kernel: SimilarityKernel;
  /** Sorted by code. */
  occupations: OccupationEntry[];
  occupationByCode: Map<string, number>;
  groups: Map<string, GroupEntry>;
  /** Whole-occupation vectors (name, definition, tasks, each field weighted). */
  profiles: SparseVector[];
  profileIndex: CorpusIndex;
  /** Name-only vectors, for classification and search. */
  names: SparseVector[];
  nameIndex: CorpusIndex;
  tasks: TaskEntry[];
  taskVectors: SparseVector[];
  taskIndex: CorpusIndex;
  /** How the role read from evidence titles is weighed; absent (a restored snapshot): the shipped setting. */
  roleReading?: RoleSettings;
  /** Which parts of the scoring are on (all by default; the eval switches each off for its ablation). */
  scoring: Required<ScoringParts>;
  /** How distinctive a word is (its idf), for coverage by meaning. */
  wordWeight: (word: string) => number;
  /** Clauses of every task statement (action and object), for coverage by meaning. */
  taskClauses: Clause[][];
  /** Share of professional work of each occupation (`scoring/work-level.ts`), by occupation index. */
  workShares: Float64Array;
  /**
   * Task-clause words everyday language says more often than the tasks, with their share below 1
   * (`scoring/trade-words.ts`): how a gaps report ranks missing terms. Made at build, kept in the snapshot.
   */
  tradeShares: ReadonlyMap<string, number>;
  /** Aliases and labelled titles, for classification. */
  titles: TitleIndex;
}

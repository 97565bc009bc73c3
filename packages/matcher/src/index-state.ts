/** The built index: everything the matcher's operations read, fixed after `buildMatcherIndex`. */
import type { TaxonomyScheme } from '@skillbank/core';
import type { CorpusIndex, SimilarityKernel } from './kernel/similarity-kernel.js';
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
  /** Aliases and labelled titles, for classification. */
  titles: TitleIndex;
}

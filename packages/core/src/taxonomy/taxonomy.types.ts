/** Domain types of an occupation taxonomy, independent of storage. */
import type { TaxonomyScheme } from './scheme/taxonomy-scheme.js';

export interface TaxonomyInfo {
  /** Stable id of the classification, e.g. `cn2022`. */
  id: string;
  /** Version of the data set, bumped when the content changes. */
  version: string;
  name: string;
  nameEn: string | null;
  locale: string;
  source: string;
  /** The classification's rules: code grammar, levels and their names, markers, task ids. */
  scheme: TaxonomyScheme;
}

export interface TaxonomyGroup {
  code: string;
  /** 1 at the top, below the scheme's occupation level. */
  level: number;
  name: string;
  parentCode: string | null;
}

export interface OccupationTask {
  /** Stable id formed by the scheme, e.g. `5-05-01-03#3`. */
  id: string;
  seq: number;
  text: string;
}

export interface Occupation {
  code: string;
  name: string;
  definition: string | null;
  digital: boolean;
  green: boolean;
  /** New in this edition of the classification (新增职业). */
  isNew: boolean;
  /** The occupation's groups by rank; a rank its scheme lacks is `null`. */
  majorCode: string;
  middleCode: string | null;
  minorCode: string | null;
  tasks: OccupationTask[];
}

/** A whole taxonomy in memory: what the importer writes and what the matcher indexes. */
export interface TaxonomyData {
  info: TaxonomyInfo;
  groups: TaxonomyGroup[];
  occupations: Occupation[];
}

/** Groups per rank (0 for a rank the scheme lacks), occupations, markers and tasks. */
export interface TaxonomyCounts {
  major: number;
  middle: number;
  minor: number;
  occupation: number;
  digital: number;
  green: number;
  digitalAndGreen: number;
  new: number;
  tasks: number;
}

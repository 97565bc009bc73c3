/** Domain types of an occupation taxonomy, independent of storage. */
import type { CodeLevel } from './code.js';

export interface TaxonomyInfo {
  /** Stable id of the classification, e.g. `cn2022`. */
  id: string;
  /** Version of the data set, bumped when the content changes. */
  version: string;
  name: string;
  nameEn: string | null;
  locale: string;
  source: string;
}

export interface TaxonomyGroup {
  code: string;
  level: Exclude<CodeLevel, 4>;
  name: string;
  parentCode: string | null;
}

export interface OccupationTask {
  /** Stable id: `<occupation code>#<seq>`, e.g. `5-05-01-03#3`. */
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
  majorCode: string;
  middleCode: string;
  minorCode: string;
  tasks: OccupationTask[];
}

/** A whole taxonomy in memory: what the importer writes and what the matcher indexes. */
export interface TaxonomyData {
  info: TaxonomyInfo;
  groups: TaxonomyGroup[];
  occupations: Occupation[];
}

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

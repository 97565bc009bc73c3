/** Storage tables of occupation taxonomies. Booleans are 0/1 integers on every dialect. */
import type { Insertable, Selectable } from 'kysely';

export interface TaxonomyTable {
  id: string;
  version: string;
  name: string;
  name_en: string | null;
  locale: string;
  source: string;
  content_hash: string;
  imported_at: string;
  /** The scheme as JSON (`SchemeSpec`); null for rows imported before schemes (CN-2022). */
  scheme: string | null;
}

export interface TaxonomyGroupTable {
  taxonomy_id: string;
  code: string;
  level: number;
  name: string;
  parent_code: string | null;
}

export interface OccupationTable {
  taxonomy_id: string;
  code: string;
  name: string;
  definition: string | null;
  digital: number;
  green: number;
  is_new: number;
  major_code: string;
  /** Empty when the taxonomy's scheme has no middle (or minor) rank. */
  middle_code: string;
  minor_code: string;
}

export interface OccupationTaskTable {
  taxonomy_id: string;
  id: string;
  occupation_code: string;
  seq: number;
  text: string;
}

export type TaxonomyRow = Selectable<TaxonomyTable>;
export type NewTaxonomyRow = Insertable<TaxonomyTable>;
export type TaxonomyGroupRow = Selectable<TaxonomyGroupTable>;
export type OccupationRow = Selectable<OccupationTable>;
export type NewOccupationRow = Insertable<OccupationTable>;
export type OccupationTaskRow = Selectable<OccupationTaskTable>;

/** Look-ups per occupation code (its page or API record opened); nothing about who looked. */
export interface OccupationLookupTable {
  code: string;
  lookups: number;
}

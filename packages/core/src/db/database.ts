/** The one list of tables in the Skillbank database. */
import type { Kysely } from 'kysely';
import type {
  OccupationTable,
  OccupationTaskTable,
  TaxonomyGroupTable,
  TaxonomyTable,
} from '../taxonomy/taxonomy.table.js';

export interface Database {
  taxonomies: TaxonomyTable;
  taxonomy_groups: TaxonomyGroupTable;
  occupations: OccupationTable;
  occupation_tasks: OccupationTaskTable;
}

export type Db = Kysely<Database>;

/** The one list of tables in the Skillbank database. */
import type { Kysely, Transaction } from 'kysely';
import type { AccountTable } from '../accounts/accounts.table.js';
import type { AttestationRequestTable } from '../attestation/attestation.table.js';
import type { LedgerEntryTable, LedgerHeadTable } from '../ledger/ledger.table.js';
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
  accounts: AccountTable;
  ledger_heads: LedgerHeadTable;
  ledger_entries: LedgerEntryTable;
  attestation_requests: AttestationRequestTable;
}

export type Db = Kysely<Database>;
/** A transaction, for functions that must run inside one. */
export type Trx = Transaction<Database>;

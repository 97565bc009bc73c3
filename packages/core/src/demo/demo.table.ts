/** Storage table of the demo data set's accounts: who each persona is, and its (public) access key. */
import type { Insertable, Selectable } from 'kysely';

export interface DemoAccountTable {
  /** A stable name for the persona, e.g. `graduate`, `school`, `employer`. */
  persona: string;
  account_id: string;
  /** The demo account's access key, kept in the clear: demo accounts are public by design. */
  token: string;
  created_at: string;
}

export type DemoAccountRow = Selectable<DemoAccountTable>;
export type NewDemoAccountRow = Insertable<DemoAccountTable>;

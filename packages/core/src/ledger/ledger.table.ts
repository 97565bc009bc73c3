/** Storage tables of the ledger: every learner's append-only entries and the head of each chain. */
import type { Insertable, Selectable } from 'kysely';

export interface LedgerEntryTable {
  id: string;
  learner_id: string;
  /** Position in the learner's chain, 1, 2, 3, … without gaps; unique per learner. */
  seq: number;
  type: string;
  /** The evidence the entry is about (the new evidence for deposits and corrections). */
  evidence_id: string | null;
  /** The evidence a correction supersedes. */
  ref_id: string | null;
  actor_id: string;
  /** The entry's content as canonical JSON. */
  payload: string;
  prev_hash: string;
  hash: string;
  created_at: string;
  /** Position in the change feed: global, strictly increasing, gap-free (`feed/`). */
  feed_pos: number | null;
}

/** One row per learner: the last seq and hash. Appends update it first, which serialises them. */
export interface LedgerHeadTable {
  learner_id: string;
  seq: number;
  hash: string;
  /** The hash before the last append (set by the one-statement append on PostgreSQL). */
  prev_hash: string | null;
  updated_at: string;
}

export type LedgerEntryRow = Selectable<LedgerEntryTable>;
export type NewLedgerEntryRow = Insertable<LedgerEntryTable>;
export type LedgerHeadRow = Selectable<LedgerHeadTable>;

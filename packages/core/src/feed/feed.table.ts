/** Storage of the change feed: the last position handed out, and the events that are not ledger entries. */
import type { Selectable } from 'kysely';

/** One row (`id` 1): the last feed position handed out. Claiming the next one locks it to commit. */
export interface FeedStateTable {
  id: number;
  position: number;
}

/** A feed event other than a ledger entry (e.g. a re-imported taxonomy), at its own position. */
export interface FeedEventTable {
  pos: number;
  kind: string;
  ref: string;
  /** Canonical JSON. */
  data: string;
  created_at: string;
}

export type FeedEventRow = Selectable<FeedEventTable>;

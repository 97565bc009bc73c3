/** Queries of the change feed: claiming positions, reading the last one, and what lies after a position. */
import type { Db, Trx } from '../db/database.js';
import type { FeedEventRow } from './feed.table.js';

/**
 * Claims the next feed position (or the next `count`; returns the last). Being an UPDATE of the one state row, it holds that row's write
 * lock until the transaction ends, so positions become visible in the order they were handed out
 * and a rolled-back claim leaves no gap. Claim it last in a transaction, to hold it briefly.
 */
export async function claimFeedPosition(trx: Trx, count = 1): Promise<number> {
  const row = await trx
    .updateTable('feed_state')
    .set((eb) => ({ position: eb('position', '+', count) }))
    .where('id', '=', 1)
    .returning('position')
    .executeTakeFirstOrThrow();
  return Number(row.position);
}

/** The last position handed out by a committed transaction (every position up to it is readable). */
export async function readFeedPosition(db: Db): Promise<number> {
  const row = await db.selectFrom('feed_state').select('position').where('id', '=', 1).executeTakeFirst();
  return Number(row?.position ?? 0);
}

/** Ledger entries at positions `(since, upTo]`, in feed order, at most `limit`. */
export function listFeedEntryRows(
  db: Db,
  since: number,
  upTo: number,
  limit: number,
): Promise<{ learner_id: string; seq: number; type: string; feed_pos: number | null }[]> {
  return db
    .selectFrom('ledger_entries')
    .select(['learner_id', 'seq', 'type', 'feed_pos'])
    .where('feed_pos', '>', since)
    .where('feed_pos', '<=', upTo)
    .orderBy('feed_pos')
    .limit(limit)
    .execute();
}

/** Other feed events at positions `(since, upTo]`, in feed order. */
export function listFeedEventRows(db: Db, since: number, upTo: number): Promise<FeedEventRow[]> {
  return db
    .selectFrom('feed_events')
    .selectAll()
    .where('pos', '>', since)
    .where('pos', '<=', upTo)
    .orderBy('pos')
    .execute();
}

export async function insertFeedEventRow(trx: Trx, row: FeedEventRow): Promise<void> {
  await trx.insertInto('feed_events').values(row).execute();
}

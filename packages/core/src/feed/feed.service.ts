/**
 * The change feed: one global position, strictly increasing and without gaps, that every ledger
 * entry (deposit, correction, revocation, attestation, consent, interest, withdrawal) and every
 * feed event (a re-imported taxonomy) takes in the transaction that writes it. A position is the
 * O(1) version of anything derived from learners' data: a cache built at position p is current
 * while `feedPosition` still says p, and `readFeed(db, p)` says what changed since.
 *
 * Followers poll `feedPosition` (one indexed row) or, on PostgreSQL, also LISTEN on
 * `FEED_CHANNEL`: each append NOTIFYs its position when it commits (a wake-up, never the data).
 */
import type { Db, Trx } from '../db/database.js';
import { canonicalJson } from '../ledger/canonical.js';
import { CONSENT_ENTRY_TYPES, type LedgerEntryType } from '../ledger/ledger.types.js';
import {
  claimFeedPosition,
  insertFeedEventRow,
  listFeedEntryRows,
  listFeedEventRows,
  readFeedPosition,
} from './feed.repository.js';

/** The PostgreSQL channel appends notify (payload: the position, as text). */
export const FEED_CHANNEL = 'skillbank_feed';

/** Most ledger entries one `readFeed` returns (`more` says when there are others). */
export const FEED_PAGE = 10_000;

/** A learner whose chain moved: the head after the last entry read. */
export interface FeedLearnerChange {
  learnerId: string;
  headSeq: number;
  /** Feed position of that entry. */
  pos: number;
  /** Whether any of the entries read changes who may see the learner (consent, interest, withdrawal). */
  consent: boolean;
  /** Whether any of them changes the learner's evidence (deposit, correction, revocation, attestation). */
  evidence: boolean;
}

/** A taxonomy stored anew (imported or re-imported with changed content). */
export interface TaxonomyChange {
  kind: 'taxonomy';
  pos: number;
  taxonomyId: string;
  version: string;
  contentHash: string;
  at: string;
}

export type FeedEvent = TaxonomyChange;

export interface FeedChanges {
  /** Read up to here: pass it as `since` next time. */
  position: number;
  /** Learners whose chain moved after `since`, in the feed order of their last entry. */
  learners: FeedLearnerChange[];
  /** Other events after `since`, in feed order. */
  events: FeedEvent[];
  /** More changes lie after `position` (read again from it). */
  more: boolean;
  /**
   * The feed is behind `since` (the database was restored from a backup, or replaced): nothing
   * derived at `since` can be trusted; reload from scratch at `position`.
   */
  reset: boolean;
}

/** The feed's current position: the version stamp of all learners' data (one indexed row). */
export function feedPosition(db: Db): Promise<number> {
  return readFeedPosition(db);
}

/**
 * Claims the next position for a ledger entry or event written in this transaction (the position
 * row stays locked until commit: claim late). `appendLedgerEntry` does this itself.
 */
export function claimNextFeedPosition(trx: Trx): Promise<number> {
  return claimFeedPosition(trx);
}

/** Claims `count` consecutive positions for bulk writes (imports, benchmarks); returns the first. */
export async function claimFeedPositions(trx: Trx, count: number): Promise<number> {
  return (await claimFeedPosition(trx, count)) - count + 1;
}

/**
 * What changed after `since`: learners with their new heads and feed events, up to the position
 * read at the start (every position up to it is committed), at most `limit` ledger entries.
 * @example
 * let at = await feedPosition(db);            // build a cache …
 * const changes = await readFeed(db, at);     // … later: who changed since
 * at = changes.position;
 */
export async function readFeed(
  db: Db,
  since: number,
  { limit = FEED_PAGE }: { limit?: number } = {},
): Promise<FeedChanges> {
  const current = await readFeedPosition(db);
  if (current < since) return { position: current, learners: [], events: [], more: false, reset: true };
  if (current === since) return { position: since, learners: [], events: [], more: false, reset: false };
  const rows = await listFeedEntryRows(db, since, current, limit);
  const full = rows.length === limit;
  const position = full ? Number(rows[rows.length - 1]?.feed_pos) : current;
  const learners = new Map<string, FeedLearnerChange>();
  for (const row of rows) {
    const previous = learners.get(row.learner_id);
    const consent = CONSENT_ENTRY_TYPES.includes(row.type as LedgerEntryType);
    // Re-inserted so the map's order is the order of each learner's last entry.
    learners.delete(row.learner_id);
    learners.set(row.learner_id, {
      learnerId: row.learner_id,
      headSeq: Number(row.seq),
      pos: Number(row.feed_pos),
      consent: consent || (previous?.consent ?? false),
      evidence: !consent || (previous?.evidence ?? false),
    });
  }
  const events = (await listFeedEventRows(db, since, position)).map(toFeedEvent);
  return {
    position,
    learners: [...learners.values()],
    events,
    more: full && position < current,
    reset: false,
  };
}

function toFeedEvent(row: {
  pos: number;
  kind: string;
  ref: string;
  data: string;
  created_at: string;
}): FeedEvent {
  const data = JSON.parse(row.data) as { version: string; contentHash: string };
  return {
    kind: 'taxonomy',
    pos: Number(row.pos),
    taxonomyId: row.ref,
    version: data.version,
    contentHash: data.contentHash,
    at: row.created_at,
  };
}

/**
 * Records that a taxonomy was stored anew (in the importing transaction): every process following
 * the feed sees it at one position, so all of them can swap to the new index at the same point
 * of the feed. Returns that position.
 */
export async function recordTaxonomyChange(
  trx: Trx,
  { taxonomyId, version, contentHash, at }: Omit<TaxonomyChange, 'kind' | 'pos'>,
): Promise<number> {
  const pos = await claimFeedPosition(trx);
  await insertFeedEventRow(trx, {
    pos,
    kind: 'taxonomy',
    ref: taxonomyId,
    data: canonicalJson({ version, contentHash }),
    created_at: at,
  });
  return pos;
}

/** Every change in `(since, now]`, page after page (a follower's catch-up). */
export async function readFeedAll(db: Db, since: number): Promise<FeedChanges> {
  let changes = await readFeed(db, since);
  if (changes.reset || !changes.more) return changes;
  const learners = new Map(changes.learners.map((l) => [l.learnerId, l]));
  const events = [...changes.events];
  while (changes.more) {
    changes = await readFeed(db, changes.position);
    if (changes.reset) return changes;
    for (const l of changes.learners) {
      const previous = learners.get(l.learnerId);
      learners.delete(l.learnerId);
      learners.set(l.learnerId, {
        ...l,
        consent: l.consent || (previous?.consent ?? false),
        evidence: l.evidence || (previous?.evidence ?? false),
      });
    }
    events.push(...changes.events);
  }
  return { position: changes.position, learners: [...learners.values()], events, more: false, reset: false };
}

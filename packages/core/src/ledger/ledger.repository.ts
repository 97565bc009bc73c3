/** Queries over ledger entries and chain heads. Entries are only ever inserted. */
import { sql } from 'kysely';
import type { Db, Trx } from '../db/database.js';
import { FEED_CHANNEL } from '../feed/feed.service.js';
import type { LedgerEntryRow, LedgerHeadRow, NewLedgerEntryRow } from './ledger.table.js';
import type { LedgerEntryType } from './ledger.types.js';
import { GENESIS_HASH } from './ledger.types.js';

const EVIDENCE_TYPES: LedgerEntryType[] = ['deposit', 'correction'];

export async function createLedgerHead(db: Db, learnerId: string, at: string): Promise<void> {
  await db
    .insertInto('ledger_heads')
    .values({ learner_id: learnerId, seq: 0, hash: GENESIS_HASH, updated_at: at })
    .onConflict((oc) => oc.column('learner_id').doNothing())
    .execute();
}

/**
 * Claims the next seq of a learner's chain and returns it with the current head hash. Being an
 * UPDATE, it takes the head row's write lock (a row lock on PostgreSQL, the database write lock on
 * SQLite) until the transaction ends, so appends to one chain run one after another.
 */
export function claimNextSeq(
  db: Db,
  learnerId: string,
  at: string,
): Promise<{ seq: number; hash: string } | undefined> {
  return db
    .updateTable('ledger_heads')
    .set((eb) => ({ seq: eb('seq', '+', 1), updated_at: at }))
    .where('learner_id', '=', learnerId)
    .returning(['seq', 'hash'])
    .executeTakeFirst();
}

export async function setHeadHash(db: Db, learnerId: string, seq: number, hash: string): Promise<void> {
  await db
    .updateTable('ledger_heads')
    .set({ hash })
    .where('learner_id', '=', learnerId)
    .where('seq', '=', seq)
    .execute();
}

/**
 * PostgreSQL: one statement that claims the next seq (the head row's lock, as `claimNextSeq`),
 * hashes the entry from its canonical text split around the previous hash and the seq, takes the
 * next feed position (only when the learner has a head, so no position is lost), inserts the entry,
 * moves the head and notifies the feed's followers at commit. No row when the learner has no ledger.
 */
export async function appendEntryStatement(
  trx: Trx,
  e: {
    before: string;
    between: string;
    after: string;
    id: string;
    learnerId: string;
    type: string;
    evidenceId: string | null;
    refId: string | null;
    actorId: string;
    payload: string;
    createdAt: string;
  },
): Promise<{ seq: number; prev_hash: string; hash: string; feed_pos: number } | undefined> {
  const result = await sql<{ seq: number; prev_hash: string; hash: string; feed_pos: number }>`
    with h as (
      update ledger_heads
         set prev_hash = hash,
             seq = seq + 1,
             hash = encode(sha256(convert_to(
               ${e.before}::text || hash || ${e.between}::text || (seq + 1)::text || ${e.after}::text,
               'UTF8')), 'hex'),
             updated_at = ${e.createdAt}
       where learner_id = ${e.learnerId}
       returning seq, prev_hash, hash
    ), f as (
      update feed_state set position = position + 1
       where id = 1 and exists (select 1 from h)
       returning position
    ), e as (
      insert into ledger_entries
        (id, learner_id, seq, type, evidence_id, ref_id, actor_id, payload, prev_hash, hash, created_at, feed_pos)
      select ${e.id}, ${e.learnerId}, h.seq, ${e.type}, ${e.evidenceId}, ${e.refId}, ${e.actorId},
             ${e.payload}, h.prev_hash, h.hash, ${e.createdAt}, f.position
        from h, f
      returning seq, prev_hash, hash, feed_pos
    )
    select e.seq, e.prev_hash, e.hash, e.feed_pos, pg_notify(${FEED_CHANNEL}, e.feed_pos::text) as notified
      from e`.execute(trx);
  return result.rows[0];
}

export function findLedgerHead(db: Db, learnerId: string): Promise<LedgerHeadRow | undefined> {
  return db.selectFrom('ledger_heads').selectAll().where('learner_id', '=', learnerId).executeTakeFirst();
}

export async function insertLedgerEntryRow(db: Db, row: NewLedgerEntryRow): Promise<void> {
  await db.insertInto('ledger_entries').values(row).execute();
}

/**
 * Entries the chains cover: those at or before their learner's head. The head is the truth: a row
 * after the head, or of a learner without a head, is not part of any ledger, so nothing serves it
 * (`verify` reports it as tampering). Every read of standing goes through this.
 */
export function coveredEntries(db: Db) {
  return db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_heads as h', 'h.learner_id', 'e.learner_id')
    .whereRef('e.seq', '<=', 'h.seq');
}

/** Every stored row of a learner, in seq order, covered or not (for verification). */
export function listAllLedgerEntryRows(db: Db, learnerId: string): Promise<LedgerEntryRow[]> {
  return db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('seq')
    .execute();
}

/** A learner's whole chain (or its first `upToSeq` entries), in order. */
export function listLedgerEntryRows(
  db: Db,
  learnerId: string,
  { upToSeq }: { upToSeq?: number } = {},
): Promise<LedgerEntryRow[]> {
  let query = db.selectFrom('ledger_entries').selectAll().where('learner_id', '=', learnerId);
  if (upToSeq !== undefined) query = query.where('seq', '<=', upToSeq);
  return query.orderBy('seq').execute();
}

/** A page of a learner's deposits and corrections, in ledger order; optionally only active ones. */
export function listEvidenceEntryRows(
  db: Db,
  learnerId: string,
  { limit, offset, activeOnly = false }: { limit: number; offset: number; activeOnly?: boolean },
): Promise<LedgerEntryRow[]> {
  let query = coveredEntries(db)
    .selectAll('e')
    .where('e.learner_id', '=', learnerId)
    .where('e.type', 'in', EVIDENCE_TYPES);
  if (activeOnly) {
    query = query.where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('ledger_entries as s')
            .select('s.id')
            .whereRef('s.learner_id', '=', 'e.learner_id')
            .whereRef('s.seq', '<=', 'h.seq')
            .where((eb) =>
              eb.or([
                eb.and([eb('s.type', '=', 'revocation'), eb('s.evidence_id', '=', eb.ref('e.evidence_id'))]),
                eb.and([eb('s.type', '=', 'correction'), eb('s.ref_id', '=', eb.ref('e.evidence_id'))]),
              ]),
            ),
        ),
      ),
    );
  }
  return query.orderBy('e.seq').limit(limit).offset(offset).execute();
}

/** The deposit or correction that created a piece of evidence. */
export function findEvidenceEntryRow(db: Db, evidenceId: string): Promise<LedgerEntryRow | undefined> {
  return coveredEntries(db)
    .selectAll('e')
    .where('e.evidence_id', '=', evidenceId)
    .where('e.type', 'in', EVIDENCE_TYPES)
    .executeTakeFirst();
}

/** Entries that change the standing of these pieces: revocations, attestations, corrections of them. */
export function listEntriesAbout(db: Db, evidenceIds: string[]): Promise<LedgerEntryRow[]> {
  if (evidenceIds.length === 0) return Promise.resolve([]);
  return coveredEntries(db)
    .selectAll('e')
    .where((eb) =>
      eb.or([
        eb.and([eb('e.evidence_id', 'in', evidenceIds), eb('e.type', 'in', ['revocation', 'attestation'])]),
        eb.and([eb('e.ref_id', 'in', evidenceIds), eb('e.type', '=', 'correction')]),
      ]),
    )
    .orderBy('e.learner_id')
    .orderBy('e.seq')
    .execute();
}

/** A learner's entries of one type, in order. */
export function listEntryRowsOfType(
  db: Db,
  learnerId: string,
  type: LedgerEntryType,
): Promise<LedgerEntryRow[]> {
  return coveredEntries(db)
    .selectAll('e')
    .where('e.learner_id', '=', learnerId)
    .where('e.type', '=', type)
    .orderBy('e.seq')
    .execute();
}

/** The latest entry of one type for each learner that has one (e.g. everyone's current consent). */
export function listLatestEntryRowsOfType(db: Db, type: LedgerEntryType): Promise<LedgerEntryRow[]> {
  return coveredEntries(db)
    .selectAll('e')
    .where('e.type', '=', type)
    .where('e.seq', '=', (eb) =>
      eb
        .selectFrom('ledger_entries as s')
        .select((s) => s.fn.max('s.seq').as('m'))
        .whereRef('s.learner_id', '=', 'e.learner_id')
        .whereRef('s.seq', '<=', 'h.seq')
        .where('s.type', '=', type),
    )
    .orderBy('e.learner_id')
    .execute();
}

/**
 * Takes a learner's chain lock for the rest of the transaction without appending (a no-op UPDATE
 * of the head), so a check of the chain's state and the append that depends on it cannot interleave
 * with another writer.
 */
export async function lockLedger(trx: Trx, learnerId: string): Promise<boolean> {
  const result = await trx
    .updateTable('ledger_heads')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Stored learner vectors: upserts and keyed reads. Core keeps the bytes; the matcher knows their form. */
import type { Db } from '../db/database.js';
import { CONSENT_ENTRY_TYPES, type LedgerEntryType } from '../ledger/ledger.types.js';
import type { LearnerVectorRow } from './learner-vectors.table.js';

export interface VectorKey {
  /** The matcher's `STORED_VECTOR_VERSION` (scorer and encoding). */
  scorerVersion: string;
  /** Content hash of the taxonomy the matcher index was built from. */
  taxonomyHash: string;
}

export interface StoredVector {
  learnerId: string;
  headHash: string;
  headSeq: number;
  data: Uint8Array;
}

/** Stores vectors (one row per learner and key: a newer head replaces the older vector). */
export async function upsertLearnerVectors(
  db: Db,
  key: VectorKey,
  vectors: readonly StoredVector[],
  at: string,
): Promise<void> {
  for (let i = 0; i < vectors.length; i += 500) {
    await db
      .insertInto('learner_vectors')
      .values(
        vectors.slice(i, i + 500).map((v) => ({
          learner_id: v.learnerId,
          head_hash: v.headHash,
          head_seq: v.headSeq,
          scorer_version: key.scorerVersion,
          taxonomy_hash: key.taxonomyHash,
          // Both drivers store a Buffer as a blob / bytea.
          data: Buffer.from(v.data.buffer, v.data.byteOffset, v.data.byteLength),
          created_at: at,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['learner_id', 'scorer_version', 'taxonomy_hash']).doUpdateSet((eb) => ({
          head_hash: eb.ref('excluded.head_hash'),
          head_seq: eb.ref('excluded.head_seq'),
          data: eb.ref('excluded.data'),
          created_at: eb.ref('excluded.created_at'),
        })),
      )
      .execute();
  }
}

/** A page of the stored vectors of one key, by learner id after `after` (keyset paging). */
export async function listLearnerVectorPage(
  db: Db,
  key: VectorKey,
  { after = '', limit = 5000 }: { after?: string; limit?: number } = {},
): Promise<StoredVector[]> {
  const rows = await db
    .selectFrom('learner_vectors')
    .select(['learner_id', 'head_hash', 'head_seq', 'data'])
    .where('scorer_version', '=', key.scorerVersion)
    .where('taxonomy_hash', '=', key.taxonomyHash)
    .where('learner_id', '>', after)
    .orderBy('learner_id')
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** The stored vectors of these learners under one key (whatever head they were made for). */
export async function getLearnerVectors(
  db: Db,
  key: VectorKey,
  learnerIds: readonly string[],
): Promise<Map<string, StoredVector>> {
  const out = new Map<string, StoredVector>();
  for (let i = 0; i < learnerIds.length; i += 1000) {
    const rows = await db
      .selectFrom('learner_vectors')
      .select(['learner_id', 'head_hash', 'head_seq', 'data'])
      .where('scorer_version', '=', key.scorerVersion)
      .where('taxonomy_hash', '=', key.taxonomyHash)
      .where('learner_id', 'in', learnerIds.slice(i, i + 1000) as string[])
      .execute();
    for (const row of rows) out.set(row.learner_id, toStored(row));
  }
  return out;
}

function toStored(
  row: Pick<LearnerVectorRow, 'learner_id' | 'head_hash' | 'head_seq' | 'data'>,
): StoredVector {
  return {
    learnerId: row.learner_id,
    headHash: row.head_hash,
    headSeq: Number(row.head_seq),
    data: row.data,
  };
}

/** A stored vector made for an older head of its learner's chain, and that chain's head now. */
export interface StaleVector {
  vector: StoredVector;
  head: { seq: number; hash: string };
}

/**
 * Of vectors made for an older head, those still right for the head now: every entry appended
 * since only records who may see what (consent, interest in a role, withdrawal from an employer),
 * which a vector does not read. They come back under the current head and, when `writeTo` is given,
 * are stored so (the data kept), so the next reader takes them at once; a learner who changed
 * consent is not analysed again. The old head must still be the chain's entry at its position.
 */
export async function carryVectorsPastConsent(
  db: Db,
  key: VectorKey,
  stale: readonly StaleVector[],
  { writeTo = db, at = new Date().toISOString() }: { writeTo?: Db | null; at?: string } = {},
): Promise<StoredVector[]> {
  const carried: StoredVector[] = [];
  for (let i = 0; i < stale.length; i += 1000) {
    const batch = stale.slice(i, i + 1000).filter((s) => s.vector.headSeq < s.head.seq);
    if (batch.length === 0) continue;
    const since = Math.min(...batch.map((s) => s.vector.headSeq));
    const rows = await db
      .selectFrom('ledger_entries')
      .select(['learner_id', 'seq', 'type', 'hash'])
      .where(
        'learner_id',
        'in',
        batch.map((s) => s.vector.learnerId),
      )
      .where('seq', '>=', since)
      .execute();
    const byLearner = new Map<string, { seq: number; type: string; hash: string }[]>();
    for (const row of rows) {
      const list = byLearner.get(row.learner_id) ?? [];
      list.push({ seq: Number(row.seq), type: row.type, hash: row.hash });
      byLearner.set(row.learner_id, list);
    }
    for (const { vector, head } of batch) {
      const entries = byLearner.get(vector.learnerId) ?? [];
      const entry = (seq: number) => entries.find((e) => e.seq === seq);
      if (entry(vector.headSeq)?.hash !== vector.headHash || entry(head.seq)?.hash !== head.hash) continue;
      const between = entries.filter((e) => e.seq > vector.headSeq && e.seq <= head.seq);
      if (between.length !== head.seq - vector.headSeq) continue;
      if (!between.every((e) => CONSENT_ENTRY_TYPES.includes(e.type as LedgerEntryType))) continue;
      carried.push({ ...vector, headSeq: head.seq, headHash: head.hash });
    }
  }
  if (writeTo && carried.length > 0) await upsertLearnerVectors(writeTo, key, carried, at);
  return carried;
}

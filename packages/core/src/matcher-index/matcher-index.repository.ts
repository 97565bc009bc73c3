/** Stored matcher indexes: read one by its key, store one, keep the few newest per taxonomy. */
import type { Db } from '../db/database.js';

/** What a stored index is for: a taxonomy's content, as built by one matcher build. */
export interface MatcherIndexKey {
  taxonomyId: string;
  contentHash: string;
  buildId: string;
}

/** Indexes kept per taxonomy: the newest few serve processes still running older code. */
const KEPT_PER_TAXONOMY = 4;

/** The stored bytes for `key`, or null. */
export async function findStoredMatcherIndex(db: Db, key: MatcherIndexKey): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('matcher_indexes')
    .select(['bytes', 'byte_length'])
    .where('taxonomy_id', '=', key.taxonomyId)
    .where('content_hash', '=', key.contentHash)
    .where('build_id', '=', key.buildId)
    .executeTakeFirst();
  if (!row || row.bytes.byteLength !== row.byte_length) return null;
  return row.bytes;
}

/** Whether bytes are stored for `key` (without reading them). */
export async function hasStoredMatcherIndex(db: Db, key: MatcherIndexKey): Promise<boolean> {
  const row = await db
    .selectFrom('matcher_indexes')
    .select('byte_length')
    .where('taxonomy_id', '=', key.taxonomyId)
    .where('content_hash', '=', key.contentHash)
    .where('build_id', '=', key.buildId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Stores the bytes for `key` (a second store of the same key, from another process, keeps the
 * first) and drops all but the newest few of the taxonomy's other indexes.
 */
export async function storeMatcherIndex(
  db: Db,
  key: MatcherIndexKey,
  bytes: Uint8Array,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('matcher_indexes')
      .values({
        taxonomy_id: key.taxonomyId,
        content_hash: key.contentHash,
        build_id: key.buildId,
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        byte_length: bytes.byteLength,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['taxonomy_id', 'content_hash', 'build_id']).doNothing())
      .execute();
    const kept = await trx
      .selectFrom('matcher_indexes')
      .select(['content_hash', 'build_id'])
      .where('taxonomy_id', '=', key.taxonomyId)
      .orderBy('created_at', 'desc')
      .orderBy('content_hash')
      .orderBy('build_id')
      .limit(KEPT_PER_TAXONOMY)
      .execute();
    const stale = await trx
      .selectFrom('matcher_indexes')
      .select(['content_hash', 'build_id'])
      .where('taxonomy_id', '=', key.taxonomyId)
      .execute();
    for (const row of stale) {
      if (kept.some((k) => k.content_hash === row.content_hash && k.build_id === row.build_id)) continue;
      await trx
        .deleteFrom('matcher_indexes')
        .where('taxonomy_id', '=', key.taxonomyId)
        .where('content_hash', '=', row.content_hash)
        .where('build_id', '=', row.build_id)
        .execute();
    }
  });
}

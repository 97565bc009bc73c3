/**
 * Candidate-pool snapshots: one blob per key (scorer version, taxonomy content hash), cut into
 * parts so that no row is huge (PostgreSQL sends bytea as text). The newest complete position
 * wins; writing one deletes the older ones of its key. Core keeps the bytes; the
 * matcher knows their form.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { VectorKey } from '../learner-vectors/learner-vectors.repository.js';

/**
 * Bytes per stored part (small enough that the PostgreSQL driver never grows one message buffer
 * far: it copies what it holds each time it doubles).
 */
export const POOL_SNAPSHOT_PART_BYTES = 2 * 2 ** 20;
/** Parts read per query (bounds what is held twice, as text and as bytes, while reading). */
const PARTS_PER_READ = 16;

export interface PoolSnapshot {
  /** The feed position the pool is complete up to. */
  position: number;
  /** The day its qualities were counted for (`YYYY-MM-DD`). */
  day: string;
  data: Uint8Array;
}

/**
 * Stores a snapshot under `key`, then deletes the older ones of that key. One statement per part,
 * part 0 last, each on its own (no transaction holds SQLite's one writer, or the connection,
 * for the whole blob): a snapshot counts once its part 0 is there, so readers never see a part
 * of one. `between` runs between parts (e.g. a turn of the event loop). A snapshot of the same
 * key and position already there (another process) is kept as it is.
 */
export async function writePoolSnapshot(
  db: Db,
  key: VectorKey,
  { position, day, data }: PoolSnapshot,
  at: string,
  {
    between,
    partBytes = POOL_SNAPSHOT_PART_BYTES,
  }: { between?: () => Promise<unknown>; partBytes?: number } = {},
): Promise<void> {
  const parts = Math.max(1, Math.ceil(data.byteLength / partBytes));
  const base = {
    scorer_version: key.scorerVersion,
    taxonomy_hash: key.taxonomyHash,
    position,
    day,
    parts,
    created_at: at,
  };
  for (let part = parts - 1; part >= 0; part--) {
    const chunk = data.subarray(part * partBytes, (part + 1) * partBytes);
    await db
      .insertInto('pool_snapshots')
      .values({ ...base, part, data: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await between?.();
  }
  await db
    .deleteFrom('pool_snapshots')
    .where('scorer_version', '=', key.scorerVersion)
    .where('taxonomy_hash', '=', key.taxonomyHash)
    .where('position', '<', position)
    .execute();
}

/**
 * The newest snapshot under `key` at or before feed position `atMost`, or `null` (none, or one
 * being replaced while it was read).
 */
export async function latestPoolSnapshot(
  db: Db,
  key: VectorKey,
  atMost: number,
): Promise<PoolSnapshot | null> {
  const head = await db
    .selectFrom('pool_snapshots')
    .select(['position', 'day', 'parts'])
    .where('scorer_version', '=', key.scorerVersion)
    .where('taxonomy_hash', '=', key.taxonomyHash)
    .where('position', '<=', atMost)
    .where('part', '=', 0)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return null;
  // PostgreSQL sends bytea as hex text, which the driver decodes slowly (≈ 1 s per 100 MB on this
  // machine); base64 is a third shorter and decodes about twice as fast (line breaks included).
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const parts: Uint8Array[] = [];
  for (let first = 0; first < head.parts; first += PARTS_PER_READ) {
    const rows = await db
      .selectFrom('pool_snapshots')
      .select((eb) => [
        'part',
        postgres ? sql<string>`encode(data, 'base64')`.as('data') : eb.ref('data').as('data'),
      ])
      .where('scorer_version', '=', key.scorerVersion)
      .where('taxonomy_hash', '=', key.taxonomyHash)
      .where('position', '=', head.position)
      .where('part', '>=', first)
      .where('part', '<', first + PARTS_PER_READ)
      .orderBy('part')
      .execute();
    for (const row of rows) {
      // A part missing (a newer snapshot replaced this one meanwhile): none.
      if (row.part !== parts.length) return null;
      parts.push(typeof row.data === 'string' ? Buffer.from(row.data, 'base64') : (row.data as Uint8Array));
    }
  }
  if (parts.length !== head.parts) return null;
  // One aligned buffer (the matcher makes typed-array views on it).
  const data = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.byteLength;
  }
  return { position: Number(head.position), day: head.day, data };
}

/** Queries over the transparency log: leaves, stored subtrees, the tree state and checkpoints. */
import type { Db } from '../db/database.js';
import type { Frontier } from './merkle.js';
import type {
  NewTransparencyLeafRow,
  TransparencyCheckpointRow,
  TransparencyLeafRow,
} from './transparency.table.js';

/**
 * Claims the next leaf index and returns it with the tree's right edge. Being an UPDATE, it takes
 * the state row's write lock until the transaction ends, so appends to the log run one at a time
 * (always after the learner's chain head, so the two locks are taken in one order).
 */
export async function claimNextLeaf(db: Db, at: string): Promise<{ index: number; frontier: Frontier }> {
  const row = await db
    .updateTable('transparency_state')
    .set((eb) => ({ size: eb('size', '+', 1), updated_at: at }))
    .where('id', '=', 1)
    .returning(['size', 'frontier'])
    .executeTakeFirstOrThrow();
  return { index: Number(row.size) - 1, frontier: JSON.parse(row.frontier) as Frontier };
}

/** Takes the log's lock for the rest of the transaction without appending. */
export async function claimLogLock(db: Db, at: string): Promise<void> {
  await db.updateTable('transparency_state').set({ updated_at: at }).where('id', '=', 1).execute();
}

export async function setFrontier(db: Db, frontier: Frontier): Promise<void> {
  await db
    .updateTable('transparency_state')
    .set({ frontier: JSON.stringify(frontier) })
    .where('id', '=', 1)
    .execute();
}

export async function readTreeState(db: Db): Promise<{ size: number; frontier: Frontier }> {
  const row = await db
    .selectFrom('transparency_state')
    .select(['size', 'frontier'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row
    ? { size: Number(row.size), frontier: JSON.parse(row.frontier) as Frontier }
    : { size: 0, frontier: [] };
}

export async function insertLeafRow(db: Db, row: NewTransparencyLeafRow): Promise<void> {
  await db.insertInto('transparency_leaves').values(row).execute();
}

export async function insertNodeRows(
  db: Db,
  rows: { level: number; idx: number; hash: string }[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('transparency_nodes').values(rows).execute();
}

/** Stored subtree hashes by `level:index`. */
export async function findNodeHashes(
  db: Db,
  keys: readonly { level: number; index: number }[],
): Promise<Map<string, string>> {
  const byLevel = new Map<number, number[]>();
  for (const k of keys) byLevel.set(k.level, [...(byLevel.get(k.level) ?? []), k.index]);
  if (byLevel.size === 0) return new Map();
  const rows = await db
    .selectFrom('transparency_nodes')
    .selectAll()
    .where((eb) =>
      eb.or([...byLevel].map(([level, idxs]) => eb.and([eb('level', '=', level), eb('idx', 'in', idxs)]))),
    )
    .execute();
  return new Map(rows.map((r) => [`${r.level}:${r.idx}`, r.hash]));
}

export function findLeafByEntryHash(db: Db, entryHash: string): Promise<TransparencyLeafRow | undefined> {
  return db
    .selectFrom('transparency_leaves')
    .selectAll()
    .where('entry_hash', '=', entryHash)
    .executeTakeFirst();
}

export function listLeafRowsByEntryHash(db: Db, hashes: readonly string[]): Promise<TransparencyLeafRow[]> {
  if (hashes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('transparency_leaves')
    .selectAll()
    .where('entry_hash', 'in', hashes as string[])
    .execute();
}

/** Leaves from `from` on, in order, at most `limit`. */
export function listLeafRows(db: Db, from: number, limit: number): Promise<TransparencyLeafRow[]> {
  return db
    .selectFrom('transparency_leaves')
    .selectAll()
    .where('idx', '>=', from)
    .orderBy('idx')
    .limit(limit)
    .execute();
}

/** The key leaves of attester accounts, in log order (the last one of an account is its key in force). */
export function listKeyLeafRows(db: Db, accountIds?: readonly string[]): Promise<TransparencyLeafRow[]> {
  let query = db.selectFrom('transparency_leaves').selectAll().where('kind', '=', 'attester_key');
  if (accountIds !== undefined) {
    if (accountIds.length === 0) return Promise.resolve([]);
    query = query.where('ref', 'in', accountIds as string[]);
  }
  return query.orderBy('idx').execute();
}

export function findLatestCheckpointRow(db: Db): Promise<TransparencyCheckpointRow | undefined> {
  return db
    .selectFrom('transparency_checkpoints')
    .selectAll()
    .orderBy('tree_size', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findCheckpointRow(db: Db, treeSize: number): Promise<TransparencyCheckpointRow | undefined> {
  return db
    .selectFrom('transparency_checkpoints')
    .selectAll()
    .where('tree_size', '=', treeSize)
    .executeTakeFirst();
}

/** Stores a checkpoint; a checkpoint of the same size another process signed first is kept instead. */
export async function insertCheckpointRow(db: Db, row: TransparencyCheckpointRow): Promise<void> {
  await db
    .insertInto('transparency_checkpoints')
    .values(row)
    .onConflict((oc) => oc.column('tree_size').doNothing())
    .execute();
}

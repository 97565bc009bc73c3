/**
 * The transparency log: one append-only RFC 9162 Merkle tree over every ledger entry of every
 * learner and every attester key, appended in the same transaction as what it records. Proofs are
 * built from the stored subtrees; checkpoints are signed by the platform key.
 */
import type { Db } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { type Checkpoint, type CheckpointSigner, signCheckpointText } from './checkpoint.js';
import {
  composeRange,
  consistencyRanges,
  frontierRoot,
  type Hex,
  inclusionRanges,
  nodeKey,
  perfectParts,
  type Range,
} from './merkle.js';
import { sequencePending } from './transparency.backfill.js';
import {
  findCheckpointRow,
  findLatestCheckpointRow,
  findLeafByEntryHash,
  findNodeHashes,
  insertCheckpointRow,
  readTreeState,
} from './transparency.repository.js';
import type { TransparencyCheckpointRow } from './transparency.table.js';

/** The current size and root of the log. */
export async function treeHead(db: Db): Promise<{ treeSize: number; rootHash: Hex }> {
  const { size, frontier } = await readTreeState(db);
  return { treeSize: size, rootHash: frontierRoot(frontier) };
}

/** Hashes of these ranges from the stored subtrees (one query). */
async function rangeHashes(db: Db, ranges: readonly Range[]): Promise<Hex[]> {
  const parts = ranges.flatMap((r) => perfectParts(r));
  const stored = await findNodeHashes(db, parts.map(nodeKey));
  const perfect = (r: Range) => {
    const { level, index } = nodeKey(r);
    const hash = stored.get(`${level}:${index}`);
    if (!hash) throw new Error(`transparency log: subtree ${level}:${index} is missing`);
    return hash;
  };
  return ranges.map((r) => composeRange(r, perfect));
}

async function checkSize(db: Db, treeSize: number, name: string): Promise<void> {
  const { size } = await readTreeState(db);
  if (treeSize > size) throw invalidField(name, fieldMessage('tree_size_too_large', { max: size }));
}

/** The root of the log when it had `treeSize` leaves. */
export async function rootAt(db: Db, treeSize: number): Promise<Hex> {
  await checkSize(db, treeSize, 'treeSize');
  const [root] = await rangeHashes(db, [{ start: 0, end: treeSize }]);
  return root as Hex;
}

export interface InclusionProof {
  entryHash: string;
  leafIndex: number;
  treeSize: number;
  /** The leaf data; its `H(0x00 || data)` is `leafHash`. */
  leafData: string;
  leafHash: Hex;
  /** RFC 9162 inclusion path, bottom up. */
  path: Hex[];
}

/** An inclusion proof for the entry (or key record) with this hash in the tree of `treeSize`. */
export async function inclusionProof(db: Db, entryHash: string, treeSize: number): Promise<InclusionProof> {
  await checkSize(db, treeSize, 'treeSize');
  const leaf = await findLeafByEntryHash(db, entryHash);
  if (!leaf)
    throw new DomainError(
      'transparency.entry_not_found',
      { entryHash },
      `no log entry has hash ${entryHash}`,
    );
  const leafIndex = Number(leaf.idx);
  if (leafIndex >= treeSize)
    throw invalidField('treeSize', fieldMessage('tree_size_before_leaf', { leafIndex }));
  return {
    entryHash,
    leafIndex,
    treeSize,
    leafData: leaf.data,
    leafHash: leaf.leaf_hash,
    path: await rangeHashes(db, inclusionRanges(leafIndex, treeSize)),
  };
}

/** An RFC 9162 consistency proof that the tree of `from` is a prefix of the tree of `to`. */
export async function consistencyProof(
  db: Db,
  from: number,
  to: number,
): Promise<{ from: number; to: number; path: Hex[] }> {
  if (from > to) throw invalidField('from', fieldMessage('from_after_to'));
  await checkSize(db, to, 'to');
  return { from, to, path: await rangeHashes(db, consistencyRanges(from, to)) };
}

function toCheckpoint(row: TransparencyCheckpointRow): Checkpoint {
  return {
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    timestamp: row.timestamp,
    signature: row.signature,
    keyId: row.key_id,
  };
}

export async function latestCheckpoint(db: Db): Promise<Checkpoint | null> {
  const row = await findLatestCheckpointRow(db);
  return row ? toCheckpoint(row) : null;
}

/**
 * Signs a checkpoint of the log as it is now, after sequencing what is pending (kept as it is
 * when one of that size exists).
 */
export async function signCheckpoint(
  db: Db,
  signer: CheckpointSigner,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<Checkpoint> {
  await sequencePending(db);
  const { treeSize, rootHash } = await treeHead(db);
  const existing = await findCheckpointRow(db, treeSize);
  if (existing) return toCheckpoint(existing);
  const checkpoint = await signCheckpointText(signer, { treeSize, rootHash, timestamp: now().toISOString() });
  await insertCheckpointRow(db, {
    tree_size: checkpoint.treeSize,
    root_hash: checkpoint.rootHash,
    timestamp: checkpoint.timestamp,
    signature: checkpoint.signature,
    key_id: checkpoint.keyId,
  });
  return toCheckpoint((await findCheckpointRow(db, treeSize)) as TransparencyCheckpointRow);
}

/**
 * The latest checkpoint, signing a fresh one first when the log has grown since it and it is
 * older than `maxAgeSeconds` (0: whenever the log has grown) or there is none.
 */
export async function currentCheckpoint(
  db: Db,
  signer: CheckpointSigner,
  { maxAgeSeconds, now = () => new Date() }: { maxAgeSeconds: number; now?: () => Date },
): Promise<Checkpoint> {
  await sequencePending(db);
  const latest = await latestCheckpoint(db);
  if (latest) {
    const { treeSize } = await treeHead(db);
    const age = (now().getTime() - Date.parse(latest.timestamp)) / 1000;
    if (treeSize === latest.treeSize || age < maxAgeSeconds) return latest;
  }
  return signCheckpoint(db, signer, { now });
}

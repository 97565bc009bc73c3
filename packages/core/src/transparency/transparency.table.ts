/** Storage tables of the transparency log and the rate-limit counters. */
import type { Insertable, Selectable } from 'kysely';

/** One leaf of the log: a ledger entry or an attester key, in the order they were logged. */
export interface TransparencyLeafTable {
  /** Position in the tree, 0, 1, 2, … */
  idx: number;
  kind: string;
  /** The ledger entry id or the attester account id. */
  ref: string;
  /** The ledger entry hash, or the canonical hash of the key record: what proofs are asked for by. */
  entry_hash: string;
  /** The leaf data (canonical JSON) whose `H(0x00 || data)` is the leaf hash. */
  data: string;
  leaf_hash: string;
  created_at: string;
}

/** Hashes of the aligned perfect subtrees (level 0 = leaves): what proofs are built from. */
export interface TransparencyNodeTable {
  level: number;
  idx: number;
  hash: string;
}

/** One row: the tree's size and right edge. Appends update it first, which serialises them. */
export interface TransparencyStateTable {
  id: number;
  size: number;
  /** JSON `[{level, hash}]`, largest subtree first. */
  frontier: string;
  updated_at: string;
}

export interface TransparencyCheckpointTable {
  tree_size: number;
  root_hash: string;
  timestamp: string;
  signature: string;
  key_id: string;
}

/** Hits per bucket (action and client) per fixed window, shared by every server process. */
export interface RateLimitTable {
  bucket: string;
  /** Window start, in milliseconds since the epoch. */
  window_start: number;
  hits: number;
}

export type TransparencyLeafRow = Selectable<TransparencyLeafTable>;
export type NewTransparencyLeafRow = Insertable<TransparencyLeafTable>;
export type TransparencyCheckpointRow = Selectable<TransparencyCheckpointTable>;

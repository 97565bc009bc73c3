/** Candidate-pool snapshots: a derived cache of the whole pool, never a source of truth. */

/**
 * Part `part` of `parts` of the pool of discoverable learners as of feed position `position`,
 * with qualities for `day`, made by the scorer and taxonomy content of the key. `data` is the
 * matcher's binary encoding cut into parts, opaque to core.
 */
export interface PoolSnapshotTable {
  scorer_version: string;
  taxonomy_hash: string;
  position: number;
  day: string;
  part: number;
  parts: number;
  data: Uint8Array;
  created_at: string;
}

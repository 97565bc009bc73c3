/** Stored matcher indexes (a derived cache, left out of backups). */
import type { Selectable } from 'kysely';

export interface MatcherIndexTable {
  taxonomy_id: string;
  content_hash: string;
  /** The matcher build that made the bytes (`matcherBuildId`): other code never restores them. */
  build_id: string;
  bytes: Uint8Array;
  byte_length: number;
  created_at: string;
}

export type MatcherIndexRow = Selectable<MatcherIndexTable>;

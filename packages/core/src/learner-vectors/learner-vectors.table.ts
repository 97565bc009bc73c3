/** Stored learner vectors: a derived cache of each learner's vectorised evidence, never a source of truth. */
import type { Selectable } from 'kysely';

/**
 * One row per learner, scorer version and taxonomy content: the vector of the chain whose head hash
 * is `head_hash` (valid only while the learner's head still has that hash). `data` is the
 * matcher's binary encoding, opaque to core.
 */
export interface LearnerVectorTable {
  learner_id: string;
  head_hash: string;
  scorer_version: string;
  taxonomy_hash: string;
  head_seq: number;
  data: Uint8Array;
  created_at: string;
}

export type LearnerVectorRow = Selectable<LearnerVectorTable>;

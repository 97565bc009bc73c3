/**
 * Learners sent to a report thread, packed: the stored vectors of a chunk are copied back to back
 * into one buffer (8-byte aligned, so the thread reads them in place) that is moved to the thread,
 * not cloned — a vector read from the database is often a view on a larger shared buffer, which a
 * message would otherwise copy whole.
 */
import type { EvidenceInput } from '@skillbank/matcher';
import type { LearnerToAssess } from './learner-assessment.js';

export interface PackedLearners {
  /** Every stored vector of the chunk, back to back. */
  bytes: Uint8Array;
  learners: (
    | { learnerId: string; at: number; length: number }
    | { learnerId: string; items: readonly EvidenceInput[] }
  )[];
}

const align8 = (n: number) => (n + 7) & ~7;

export function packLearners(learners: readonly LearnerToAssess[]): PackedLearners {
  let size = 0;
  for (const l of learners) if ('stored' in l) size = align8(size) + l.stored.length;
  const bytes = new Uint8Array(align8(size));
  let at = 0;
  return {
    bytes,
    learners: learners.map((l) => {
      if (!('stored' in l)) return l;
      at = align8(at);
      bytes.set(l.stored, at);
      const placed = { learnerId: l.learnerId, at, length: l.stored.length };
      at += l.stored.length;
      return placed;
    }),
  };
}

export function unpackLearners({ bytes, learners }: PackedLearners): LearnerToAssess[] {
  return learners.map((l) =>
    'items' in l ? l : { learnerId: l.learnerId, stored: bytes.subarray(l.at, l.at + l.length) },
  );
}

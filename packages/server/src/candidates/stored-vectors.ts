/**
 * Learners' stored vectors for one matcher index: read by chain head, and where missing or made
 * for an older head, analysed from the active evidence once and stored (keyed by head hash, scorer
 * version and taxonomy content hash), so the next reader — this process or another — does not
 * analyse the text again.
 */
import {
  carryVectorsPastConsent,
  type Db,
  getLearnerVectors,
  getTaxonomyStamp,
  listActiveEvidenceOf,
  type StaleVector,
  type StoredVector,
  upsertLearnerVectors,
  type VectorKey,
} from '@skillbank/core';
import {
  decodeStoredLearner,
  encodeStoredLearner,
  type MatcherIndex,
  STORED_VECTOR_VERSION,
  type StoredLearner,
} from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';

/** Learners analysed per read of evidence (and per write of vectors). */
const BATCH = 1000;

/**
 * The key vectors of this matcher are stored under, or `null` when the stored taxonomy is no
 * longer the one the index was built from (then vectors are made but not stored).
 */
export async function vectorKeyOf(db: Db, matcher: MatcherIndex): Promise<VectorKey | null> {
  const stamp = await getTaxonomyStamp(db, matcher.taxonomy.id);
  if (!stamp || stamp.version !== matcher.taxonomy.version) return null;
  return { scorerVersion: STORED_VECTOR_VERSION, taxonomyHash: stamp.contentHash };
}

/** A learner to analyse: the chain head its evidence was read at. */
export interface Head {
  learnerId: string;
  seq: number;
  hash: string;
}

/**
 * Analyses these learners' active evidence and stores the vectors under `key` (skipped when
 * `key` is null). Evidence is read after the heads: if a chain moved meanwhile, the vector is
 * stored under the older head and simply not found by the newer one.
 */
export async function analyseAndStore(
  db: Db,
  matcher: MatcherIndex,
  key: VectorKey | null,
  heads: readonly Head[],
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<Map<string, StoredLearner>> {
  const out = new Map<string, StoredLearner>();
  for (let i = 0; i < heads.length; i += BATCH) {
    const batch = heads.slice(i, i + BATCH);
    const evidence = await listActiveEvidenceOf(
      db,
      batch.map((h) => h.learnerId),
    );
    const rows: StoredVector[] = [];
    for (const head of batch) {
      const stored = matcher.analyseLearner(toMatcherEvidence(evidence.get(head.learnerId) ?? []));
      out.set(head.learnerId, stored);
      rows.push({
        learnerId: head.learnerId,
        headHash: head.hash,
        headSeq: head.seq,
        data: encodeStoredLearner(stored),
      });
    }
    if (key) await upsertLearnerVectors(db, key, rows, now().toISOString());
  }
  return out;
}

/** These learners' vectors for their current heads: stored ones where they match, the rest analysed and stored. */
export async function storedLearners(
  db: Db,
  matcher: MatcherIndex,
  key: VectorKey | null,
  heads: readonly Head[],
): Promise<{ learners: Map<string, StoredLearner>; analysed: number }> {
  const stored = key
    ? await getLearnerVectors(
        db,
        key,
        heads.map((h) => h.learnerId),
      )
    : new Map<string, StoredVector>();
  const learners = new Map<string, StoredLearner>();
  const stale: StaleVector[] = [];
  for (const head of heads) {
    const row = stored.get(head.learnerId);
    if (row && row.headHash === head.hash) learners.set(head.learnerId, decodeStoredLearner(row.data));
    else if (row) stale.push({ vector: row, head });
  }
  // Made before a consent change only: still right (and stored under the new head).
  if (key)
    for (const row of await carryVectorsPastConsent(db, key, stale))
      learners.set(row.learnerId, decodeStoredLearner(row.data));
  const missing = heads.filter((h) => !learners.has(h.learnerId));
  for (const [id, learner] of await analyseAndStore(db, matcher, key, missing)) learners.set(id, learner);
  return { learners, analysed: missing.length };
}

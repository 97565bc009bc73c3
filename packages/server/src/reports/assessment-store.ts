/**
 * What a cohort report and the pre-assessor share around assessing learners: loading each one to
 * assess (their stored vector for their current chain head, carried past a consent-only change, or
 * else their active evidence), and storing what came back (the vectors analysed, for the next
 * report and the candidate pool; the assessments, for the next report of that day). Reads go in
 * batches with a turn of the event loop between, so other requests keep their latency.
 */
import {
  type ActiveEvidence,
  type AssessmentKey,
  carryVectorsPastConsent,
  type Db,
  getLearnerVectors,
  listActiveEvidenceOf,
  type StaleVector,
  type StoredAssessment,
  type StoredVector,
  storeLearnerAssessments,
  upsertLearnerVectors,
  type VectorKey,
} from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import { type Assessed, encodeAssessment, type LearnerToAssess } from './learner-assessment.js';
import type { ReportPool } from './report-pool.js';

/** Learners whose vectors or evidence are read (and vectors or assessments stored) at a time. */
export const LOAD_BATCH = 200;
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type Heads = ReadonlyMap<string, { seq: number; hash: string }>;

/**
 * Each learner to assess, in the order given: from their stored vector under `key` made for their
 * head in `heads` (or for an older one before a consent change only: then carried to the head, and
 * stored so in `storeVectorsIn`), else from their active evidence. `onEvidence` after each batch of
 * evidence read.
 */
export async function loadLearnersToAssess(
  db: Db,
  key: VectorKey | null,
  ids: readonly string[],
  heads: Heads,
  {
    storeVectorsIn = db,
    onEvidence,
  }: { storeVectorsIn?: Db | null; onEvidence?: (done: number, total: number) => void } = {},
): Promise<LearnerToAssess[]> {
  const stored = new Map<string, StoredVector>();
  for (let i = 0; key && i < ids.length; i += LOAD_BATCH) {
    for (const [id, row] of await getLearnerVectors(db, key, ids.slice(i, i + LOAD_BATCH)))
      stored.set(id, row);
    await turn();
  }
  // Made before a consent change only: still right (and stored under the new head).
  if (key) {
    const stale: StaleVector[] = [];
    for (const [id, row] of stored) {
      const head = heads.get(id);
      if (head && row.headHash !== head.hash) stale.push({ vector: row, head });
    }
    for (const row of await carryVectorsPastConsent(db, key, stale, { writeTo: storeVectorsIn ?? null }))
      stored.set(row.learnerId, row);
  }
  const current = (id: string) => {
    const row = stored.get(id);
    return row && row.headHash === heads.get(id)?.hash ? row.data : null;
  };
  // Evidence only of those without a current vector, a batch at a time: other requests run between.
  const missing = ids.filter((id) => !current(id));
  const evidence = new Map<string, ActiveEvidence[]>();
  for (let i = 0; i < missing.length; i += LOAD_BATCH) {
    for (const [id, items] of await listActiveEvidenceOf(db, missing.slice(i, i + LOAD_BATCH)))
      evidence.set(id, items);
    onEvidence?.(Math.min(missing.length, i + LOAD_BATCH), missing.length);
    await turn();
  }
  return ids.map((learnerId): LearnerToAssess => {
    const data = current(learnerId);
    return data
      ? { learnerId, stored: data }
      : { learnerId, items: toMatcherEvidence(evidence.get(learnerId) ?? []) };
  });
}

/** A learner assessed: under which head, and (pre-assessment) the day a report last used their row. */
export interface AssessedLearner {
  learnerId: string;
  result: Assessed | undefined;
  reportedOn?: string;
}

/**
 * Stores what was assessed in `db` under the heads in `heads` (the heads the evidence or vectors were
 * read after): the vectors analysed, then the assessments (with `alsoStore`, rows to store again as
 * they are). The assessment store is guarded (head still the one assessed, consent still shares).
 * Returns the assessments written.
 */
export async function storeAssessed(
  db: Db,
  key: VectorKey,
  assessmentKey: AssessmentKey,
  heads: Heads,
  assessed: readonly AssessedLearner[],
  at: string,
  alsoStore: readonly StoredAssessment[] = [],
): Promise<number> {
  const vectors: StoredVector[] = [];
  const assessments: StoredAssessment[] = [...alsoStore];
  let encoded = 0;
  for (const { learnerId, result, reportedOn } of assessed) {
    // Encoded a batch at a time: other requests run between.
    if (++encoded % LOAD_BATCH === 0) await turn();
    const head = heads.get(learnerId);
    if (!head || !result) continue;
    if (result.analysed)
      vectors.push({ learnerId, headHash: head.hash, headSeq: head.seq, data: result.analysed });
    const data = encodeAssessment(result.assessment);
    if (data)
      assessments.push({
        learnerId,
        headHash: head.hash,
        headSeq: head.seq,
        data,
        ...(reportedOn !== undefined ? { reportedOn } : {}),
      });
  }
  for (let i = 0; i < vectors.length; i += LOAD_BATCH) {
    await upsertLearnerVectors(db, key, vectors.slice(i, i + LOAD_BATCH), at);
    await turn();
  }
  let written = 0;
  for (let i = 0; i < assessments.length; i += LOAD_BATCH) {
    written += await storeLearnerAssessments(db, assessmentKey, assessments.slice(i, i + LOAD_BATCH), at);
    await turn();
  }
  return written;
}

/** Batches given to the pool at once by `assessAndStore`: one assessed while the next waits its turn. */
const AHEAD = 2;

/**
 * Each learner of `ids` assessed (in the order given), a batch of `LOAD_BATCH` at a time with the
 * three steps overlapping: while the pool assesses a batch the next one is read
 * (`loadLearnersToAssess`), and each batch is stored (`storeAssessed`, in `storeIn` under `key` and
 * `assessmentKey`; not stored without all three) as soon as it is assessed, while the pool assesses
 * the others — so neither the reads' nor the writes' round trips hold the assessment up. The rows
 * read, the assessments and the rows written are those that reading, assessing and storing them all
 * one after the other gives; the batches are stored in order, each at its own time (`now`). A store
 * that fails stops the stores after it (the assessments go on); its error is thrown at the end, or
 * given once to `onStoreError`.
 */
export async function assessAndStore(
  db: Db,
  pool: ReportPool,
  matcher: MatcherIndex,
  ids: readonly string[],
  heads: Heads,
  asOf: string,
  {
    key,
    assessmentKey,
    storeIn,
    now,
    onLoaded,
    onAssessed,
    onStoreError,
  }: {
    key: VectorKey | null;
    assessmentKey: AssessmentKey | null;
    /** Where vectors carried or analysed and the assessments are written (null: nowhere). */
    storeIn: Db | null;
    now: () => Date;
    /** Learners read so far, of all, after a batch whose evidence was read. */
    onLoaded?: (done: number, total: number) => void;
    /** Learners assessed so far. */
    onAssessed?: (done: number) => void;
    onStoreError?: (error: unknown) => void;
  },
): Promise<(Assessed | undefined)[]> {
  const results: (Assessed | undefined)[] = new Array(ids.length);
  const assessing: Promise<void>[] = [];
  let assessed = 0;
  let failure: { error: unknown } | null = null;
  // One batch's store after the one before it.
  let stored: Promise<void> = Promise.resolve();
  const store = (batch: readonly AssessedLearner[]) => {
    if (!key || !assessmentKey || !storeIn) return;
    stored = stored.then(async () => {
      if (failure) return;
      try {
        await storeAssessed(storeIn, key, assessmentKey, heads, batch, now().toISOString());
      } catch (error) {
        failure = { error };
      }
    });
  };
  for (let i = 0; i < ids.length; i += LOAD_BATCH) {
    // Read ahead of the pool by one batch at most.
    if (assessing.length >= AHEAD) await assessing[assessing.length - AHEAD];
    const batch = ids.slice(i, i + LOAD_BATCH);
    const learners = await loadLearnersToAssess(db, key, batch, heads, {
      storeVectorsIn: storeIn,
      onEvidence: () => {
        if (assessed === 0) onLoaded?.(i + batch.length, ids.length);
      },
    });
    let done = 0;
    const one = pool
      .assess(matcher, learners, asOf, (n) => {
        assessed += n - done;
        done = n;
        onAssessed?.(assessed);
      })
      .then((chunk) => {
        chunk.forEach((result, k) => {
          results[i + k] = result;
        });
        store(batch.map((learnerId, k) => ({ learnerId, result: chunk[k] })));
      });
    // Awaited below: a failure must not go unhandled meanwhile.
    one.catch(() => {});
    assessing.push(one);
  }
  await Promise.all(assessing);
  await stored;
  // Set in the stores above (which the compiler does not follow).
  const failed = failure as { error: unknown } | null;
  if (failed) {
    if (!onStoreError) throw failed.error;
    onStoreError(failed.error);
  }
  return results;
}

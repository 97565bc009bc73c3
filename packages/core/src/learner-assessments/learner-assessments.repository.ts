/**
 * Stored learner assessments: keyed reads, guarded writes and removal. Core keeps the bytes; the
 * report knows their form. A row is only ever written for a learner's current chain head while they
 * let advisors see their evidence, and a learner who stops letting them loses it (`setConsent`).
 */
import { listConsentStates } from '../candidates/candidates.service.js';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import { runInTransaction } from '../db/transaction.js';
import type { LearnerAssessmentRow } from './learner-assessments.table.js';

export interface AssessmentKey {
  /** The report's assessment form and the matcher's scorer (and stored-vector form). */
  scorerVersion: string;
  /** Content hash of the taxonomy the matcher index was built from. */
  taxonomyHash: string;
  /** `YYYY-MM-DD`: the day recency was measured at. */
  asOf: string;
}

export interface StoredAssessment {
  learnerId: string;
  headHash: string;
  headSeq: number;
  data: Uint8Array;
  /**
   * `YYYY-MM-DD`: the latest day a report used it (default: the day of the write), or
   * `NOT_REPORTED` (a pre-assessment of a learner no report used yet). A row keeps the latest of its
   * own and the one written over it.
   */
  reportedOn?: string;
}

/** `reported_on` of a row no report has used (sorts before every day). */
export const NOT_REPORTED = '';

/** Rows written per statement (and learners checked per transaction). */
const BATCH = 500;

/** The stored assessments of these learners under one key and day (whatever head they were made for). */
export async function getLearnerAssessments(
  db: Db,
  key: AssessmentKey,
  learnerIds: readonly string[],
): Promise<Map<string, StoredAssessment>> {
  const out = new Map<string, StoredAssessment>();
  for (let i = 0; i < learnerIds.length; i += 1000) {
    const rows = await db
      .selectFrom('learner_assessments')
      .select(['learner_id', 'head_hash', 'head_seq', 'data'])
      .where('scorer_version', '=', key.scorerVersion)
      .where('taxonomy_hash', '=', key.taxonomyHash)
      .where('as_of', '=', key.asOf)
      .where('learner_id', 'in', learnerIds.slice(i, i + 1000) as string[])
      .execute();
    for (const row of rows) out.set(row.learner_id, toStored(row));
  }
  return out;
}

function toStored(
  row: Pick<LearnerAssessmentRow, 'learner_id' | 'head_hash' | 'head_seq' | 'data'>,
): StoredAssessment {
  return {
    learnerId: row.learner_id,
    headHash: row.head_hash,
    headSeq: Number(row.head_seq),
    data: row.data,
  };
}

/**
 * Stores assessments: each replaces the learner's row (whatever key, day or head it had: one row per
 * learner, so old ones never pile up), except a row for a later day. Written only for learners whose
 * chain head is still the one assessed and whose consent in force lets advisors see their evidence,
 * checked in the writing transaction with the heads held (on PostgreSQL `FOR SHARE`, so a consent
 * change waits for it and then removes what it wrote; SQLite has one writer): a report that raced
 * a withdrawal never leaves that learner's assessment behind. Returns the rows written.
 */
export async function storeLearnerAssessments(
  db: Db,
  key: AssessmentKey,
  assessments: readonly StoredAssessment[],
  at: string,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < assessments.length; i += BATCH) {
    const batch = assessments.slice(i, i + BATCH);
    written += await runInTransaction(db, async (trx) => {
      const ids = batch.map((a) => a.learnerId);
      let heads = trx
        .selectFrom('ledger_heads')
        .select(['learner_id', 'hash'])
        .where('learner_id', 'in', ids);
      if (isPostgres(trx)) heads = heads.forShare();
      const headOf = new Map((await heads.execute()).map((h) => [h.learner_id, h.hash]));
      const consent = await listConsentStates(trx, ids);
      const rows = batch.filter(
        (a) => headOf.get(a.learnerId) === a.headHash && consent.get(a.learnerId)?.advisorsCanSeeEvidence,
      );
      if (rows.length === 0) return 0;
      await trx
        .insertInto('learner_assessments')
        .values(
          rows.map((a) => ({
            learner_id: a.learnerId,
            head_hash: a.headHash,
            head_seq: a.headSeq,
            scorer_version: key.scorerVersion,
            taxonomy_hash: key.taxonomyHash,
            as_of: key.asOf,
            // Both drivers store a Buffer as a blob / bytea.
            data: Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength),
            created_at: at,
            reported_on: a.reportedOn ?? at.slice(0, 10),
          })),
        )
        .onConflict((oc) =>
          oc
            .column('learner_id')
            .doUpdateSet((eb) => ({
              head_hash: eb.ref('excluded.head_hash'),
              head_seq: eb.ref('excluded.head_seq'),
              scorer_version: eb.ref('excluded.scorer_version'),
              taxonomy_hash: eb.ref('excluded.taxonomy_hash'),
              as_of: eb.ref('excluded.as_of'),
              data: eb.ref('excluded.data'),
              created_at: eb.ref('excluded.created_at'),
              reported_on: eb
                .case()
                .when(eb.ref('excluded.reported_on'), '>', eb.ref('learner_assessments.reported_on'))
                .then(eb.ref('excluded.reported_on'))
                .else(eb.ref('learner_assessments.reported_on'))
                .end(),
            }))
            .where('learner_assessments.as_of', '<=', key.asOf),
        )
        .execute();
      return rows.length;
    });
  }
  return written;
}

/**
 * Marks these learners' rows as used by a report on `day` (`YYYY-MM-DD`, UTC), those not marked for
 * it yet: the first report of a day writes, later ones find nothing to change. Returns the rows marked.
 */
export async function markAssessmentsReported(
  db: Db,
  learnerIds: readonly string[],
  day: string,
): Promise<number> {
  let marked = 0;
  for (let i = 0; i < learnerIds.length; i += 1000) {
    const result = await db
      .updateTable('learner_assessments')
      .set({ reported_on: day })
      .where('learner_id', 'in', learnerIds.slice(i, i + 1000) as string[])
      .where('reported_on', '<', day)
      .executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  return marked;
}

export interface AssessmentDue {
  learnerId: string;
  reportedOn: string;
}

/**
 * Learners whose row is not made for `key` (an older day, or another scorer or taxonomy), those a
 * report used on `since` or later when given: the most recently reported first, then by id; `after`
 * is the last one of the previous page.
 */
export async function listAssessmentsDue(
  db: Db,
  key: AssessmentKey,
  { since, after, limit }: { since?: string | undefined; after?: AssessmentDue | undefined; limit: number },
): Promise<AssessmentDue[]> {
  let query = db
    .selectFrom('learner_assessments')
    .select(['learner_id', 'reported_on'])
    .where((eb) =>
      eb.or([
        eb('as_of', '!=', key.asOf),
        eb('scorer_version', '!=', key.scorerVersion),
        eb('taxonomy_hash', '!=', key.taxonomyHash),
      ]),
    );
  if (since !== undefined) query = query.where('reported_on', '>=', since);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('reported_on', '<', after.reportedOn),
        eb.and([eb('reported_on', '=', after.reportedOn), eb('learner_id', '>', after.learnerId)]),
      ]),
    );
  const rows = await query.orderBy('reported_on', 'desc').orderBy('learner_id').limit(limit).execute();
  return rows.map((r) => ({ learnerId: r.learner_id, reportedOn: r.reported_on }));
}

/** The key a day's pre-assessment is recorded under. */
const keyText = (key: AssessmentKey) => `${key.scorerVersion}|${key.taxonomyHash}`;

export interface PreassessmentDay {
  /** Learners pre-assessed that day, for any key (what the day's cap counts). */
  learners: number;
  /** True when the day's sweep of every reportable learner was done for `key`. */
  finished: boolean;
  /**
   * Where following changes goes on from, for `key` that day (null before its sweep began): the
   * change-feed position, and the instant after which cohort joins are looked at.
   */
  follow: PreassessmentFollow | null;
}

export interface PreassessmentFollow {
  feedPos: number;
  membersSince: string;
}

/** What was pre-assessed on `key.asOf`. */
export async function getPreassessmentDay(db: Db, key: AssessmentKey): Promise<PreassessmentDay> {
  const rows = await db.selectFrom('preassessments').selectAll().where('day', '=', key.asOf).execute();
  const own = rows.find((r) => r.assessment_key === keyText(key));
  return {
    learners: rows.reduce((sum, r) => sum + Number(r.learners), 0),
    finished: own?.finished_at != null,
    follow:
      own && own.feed_pos !== null && own.members_since !== null
        ? { feedPos: Number(own.feed_pos), membersSince: own.members_since }
        : null,
  };
}

/**
 * A sweep of `key`'s day begins: where following changes goes on from once it is finished, unless
 * an earlier sweep of that day already set it (changes since then are looked at again: harmless).
 */
export async function beginPreassessmentSweep(
  db: Db,
  key: AssessmentKey,
  { feedPos, membersSince, at }: PreassessmentFollow & { at: string },
): Promise<void> {
  await db
    .insertInto('preassessments')
    .values({
      day: key.asOf,
      assessment_key: keyText(key),
      learners: 0,
      finished_at: null,
      updated_at: at,
      feed_pos: feedPos,
      members_since: membersSince,
    })
    .onConflict((oc) =>
      oc.columns(['day', 'assessment_key']).doUpdateSet((eb) => ({
        feed_pos: eb.fn.coalesce('preassessments.feed_pos', eb.ref('excluded.feed_pos')),
        members_since: eb.fn.coalesce('preassessments.members_since', eb.ref('excluded.members_since')),
        updated_at: at,
      })),
    )
    .execute();
}

/**
 * Moves where following changes goes on from, forward only (so a process that looked earlier never
 * takes it back past what another has done, nor one that looked later past what it has not):
 * everything up to `feedPos` and every join up to `membersSince` has been looked at. False when the
 * day's sweep is not finished or the position was already there.
 */
export async function advancePreassessmentFollow(
  db: Db,
  key: AssessmentKey,
  { feedPos, membersSince, at }: PreassessmentFollow & { at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('preassessments')
    .set({ feed_pos: feedPos, members_since: membersSince, updated_at: at })
    .where('day', '=', key.asOf)
    .where('assessment_key', '=', keyText(key))
    .where('finished_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('feed_pos', '<', feedPos),
        eb.and([eb('feed_pos', '=', feedPos), eb('members_since', '<', membersSince)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The day's work for `key` must be swept again (the change feed went back: a restored database). */
export async function reopenPreassessment(db: Db, key: AssessmentKey, at: string): Promise<void> {
  await db
    .updateTable('preassessments')
    .set({ finished_at: null, feed_pos: null, members_since: null, updated_at: at })
    .where('day', '=', key.asOf)
    .where('assessment_key', '=', keyText(key))
    .execute();
}

/** Adds `learners` pre-assessed on `key.asOf` for `key`, and marks the day done for it when `finished`. */
export async function recordPreassessment(
  db: Db,
  key: AssessmentKey,
  { learners, finished, at }: { learners: number; finished: boolean; at: string },
): Promise<void> {
  await db
    .insertInto('preassessments')
    .values({
      day: key.asOf,
      assessment_key: keyText(key),
      learners,
      finished_at: finished ? at : null,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['day', 'assessment_key']).doUpdateSet((eb) => ({
        learners: eb('preassessments.learners', '+', eb.ref('excluded.learners')),
        finished_at: finished ? at : eb.ref('preassessments.finished_at'),
        updated_at: at,
      })),
    )
    .execute();
}

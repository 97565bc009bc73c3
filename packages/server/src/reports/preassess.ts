/**
 * Pre-assessment: every learner a cohort report could include — a member of any cohort whose consent
 * in force lets advisors see their evidence — keeps a stored assessment made for today, their current
 * chain head, the scorer and the taxonomy, made in the background, so that any cohort's report (a
 * new one, one not reported for weeks, one whose members just joined or deposited) reads stored
 * assessments instead of assessing everyone while the advisor waits.
 *
 * A day's work for a key (the day, scorer and taxonomy) is a sweep, then following changes:
 * - the sweep, after the UTC day changes (or the scorer or taxonomy does, which makes every row
 *   stale): first the learners whose rows are not made for the key, the most recently reported first,
 *   then every other cohort member, by id;
 * - once swept, each look goes on from where the last one stopped (`preassessments.feed_pos`,
 *   `members_since`): the learners whose chain moved since (the change feed: deposits, consent), and
 *   the cohort members who joined since (less `JOIN_MARGIN_MS`, for joins committed late and clocks
 *   apart) — two indexed reads when nothing changed. Of those, only the ones whose row is missing or
 *   stale are assessed (`findMissing`).
 *
 * It runs in report threads (from the stored matcher index's snapshot bytes: the process running
 * it need not hold the index), a chunk at a time with turns of the event loop between, through the
 * same guarded store as a report (written only for the chain head assessed, only while the learner
 * lets advisors see their evidence: a learner who withdrew never gets a row back). It keeps a cap of
 * learners per day. One process at a time runs it (`runExclusively`): the server starts it
 * (`startPreassessor`, which looks every minute, without the lease while nothing is missing) and
 * `skillbank preassess` runs it once by hand.
 */
import {
  type AssessmentDue,
  type AssessmentKey,
  advancePreassessmentFollow,
  beginPreassessmentSweep,
  carryVectorsPastConsent,
  cohortLearnersAmong,
  type Db,
  feedPosition,
  findStoredMatcherIndex,
  getLearnerAssessments,
  getPreassessmentDay,
  getTaxonomyInfo,
  getTaxonomyStamp,
  type Lease,
  listAssessmentsDue,
  listCohortLearnerIds,
  listCohortLearnersJoinedAfter,
  listConsentStates,
  listLedgerHeads,
  NOT_REPORTED,
  type PreassessmentFollow,
  readFeed,
  recordPreassessment,
  reopenPreassessment,
  runExclusively,
  type StaleVector,
  type StoredAssessment,
  systemNow,
  todayUtc,
  type VectorKey,
} from '@skillbank/core';
import { matcherBuildId, STORED_VECTOR_VERSION } from '@skillbank/matcher';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import {
  type AssessedLearner,
  type Heads,
  loadLearnersToAssess,
  storeAssessed,
  turn,
} from './assessment-store.js';
import { assessmentKeyOf } from './learner-assessment.js';
import { createReportPool, type ReportIndex, type ReportThreadPool } from './report-pool.js';

/** The lease name: one process at a time pre-assesses. */
export const PREASSESS_LEASE = 'skillbank.preassess';

export interface PreassessSettings {
  /** Learners assessed per UTC day at most (across runs and processes). */
  cap: number;
}

/**
 * 200,000 a day: every reportable learner of a large deployment each day (from stored vectors
 * ≈ 1.7 ms of one core each, ≈ 6 minutes of one core for all of them).
 */
export const DEFAULT_PREASSESS: PreassessSettings = { cap: 200_000 };

/** Learners assessed and stored at a time. */
const CHUNK = 200;
/** Learners looked at (members, heads, rows, consent) at a time. */
const PAGE = 1000;
/**
 * Cohort joins are looked at from this long before the last look: a join whose transaction began
 * before the look but committed after it, or a process whose clock is behind, is still seen.
 */
export const JOIN_MARGIN_MS = 10 * 60_000;

export interface PreassessOutcome {
  /** `YYYY-MM-DD` assessed for. */
  day: string;
  /** Learners assessed by this run. */
  assessed: number;
  /** Assessments it stored (fewer when a chain moved meanwhile or a learner stopped sharing; more when some were carried past a consent change unassessed). */
  stored: number;
  /** True when no learner is left missing: the day's sweep is done and every change up to now followed. */
  finished: boolean;
  /** True when it stopped at the day's cap with learners left. */
  capped: boolean;
  /** Learners assessed that day before this run (for the cap). */
  before: number;
}

export interface PreassessRun extends PreassessSettings {
  /** The taxonomy assessed against (its stored matcher index, by the stored taxonomy's content). */
  taxonomyId: string;
  pool: ReportThreadPool;
  now?: () => Date;
  /** Checked between chunks: false stops the run (the lease was lost, or the process is stopping). */
  keepGoing?: () => Promise<boolean> | boolean;
  /** Sweep every cohort member again even when the day's sweep is recorded as finished (a run by hand). */
  again?: boolean;
  /** After each chunk. */
  onChunk?: (assessedSoFar: number) => void;
  /** The index to assess with, when the caller has it (default: the stored snapshot). */
  index?: ReportIndex;
}

/** The keys today's assessments are stored under for a taxonomy as stored now, or null when it is not stored. */
export async function preassessmentKeys(
  db: Db,
  taxonomyId: string,
  now: () => Date = systemNow,
): Promise<{ key: VectorKey; assessmentKey: AssessmentKey } | null> {
  const stamp = await getTaxonomyStamp(db, taxonomyId);
  if (!stamp) return null;
  const key: VectorKey = { scorerVersion: STORED_VECTOR_VERSION, taxonomyHash: stamp.contentHash };
  return { key, assessmentKey: assessmentKeyOf(key, todayUtc(now())) };
}

/** The stored matcher index of a taxonomy as it is stored now, as snapshot bytes for report threads. */
export async function storedIndexSnapshot(db: Db, taxonomyId: string): Promise<ReportIndex | null> {
  const [stamp, info] = await Promise.all([
    getTaxonomyStamp(db, taxonomyId),
    getTaxonomyInfo(db, taxonomyId),
  ]);
  if (!stamp || !info) return null;
  const indexKey = { taxonomyId, contentHash: stamp.contentHash, buildId: matcherBuildId() };
  const snapshot = await findStoredMatcherIndex(db, indexKey);
  if (!snapshot) return null;
  return {
    id: `${taxonomyId}/${stamp.contentHash}/${indexKey.buildId}`,
    snapshot,
    schemeSpec: info.scheme.spec,
  };
}

export interface Missing {
  /** Learners to assess, in the order given: a cohort member who shares, with a chain, and no current row. */
  learnerIds: string[];
  /** Rows made for an older head before consent changes only: still right, to store under the head now. */
  carried: StoredAssessment[];
  /** The chain heads read (the evidence is read after them: a row is stored only for them). */
  heads: Heads;
}

/**
 * Of these learners, the ones a cohort report could include (a member of any cohort — assumed when
 * `members` says they all are — whose consent in force lets advisors see their evidence, with a
 * chain) whose stored assessment is not made for `assessmentKey` and their head now. Current ones
 * are dropped first (heads and rows by key: two indexed reads a page), so looking at learners
 * with nothing missing stays cheap.
 */
export async function findMissing(
  db: Db,
  key: VectorKey,
  assessmentKey: AssessmentKey,
  ids: readonly string[],
  { members = false }: { members?: boolean } = {},
): Promise<Missing> {
  const unique = [...new Set(ids)];
  const heads = await listLedgerHeads(db, unique);
  const rows = await getLearnerAssessments(
    db,
    assessmentKey,
    unique.filter((id) => heads.has(id)),
  );
  let stale = unique.filter((id) => {
    const head = heads.get(id);
    return head !== undefined && rows.get(id)?.headHash !== head.hash;
  });
  if (stale.length === 0) return { learnerIds: [], carried: [], heads };
  if (!members) {
    const inCohorts = await cohortLearnersAmong(db, stale);
    stale = stale.filter((id) => inCohorts.has(id));
  }
  const consent = await listConsentStates(db, stale);
  stale = stale.filter((id) => consent.get(id)?.advisorsCanSeeEvidence);
  // Today's row made before consent changes only: carried to the head now, as a report carries it.
  const older: StaleVector[] = [];
  for (const id of stale) {
    const row = rows.get(id);
    const head = heads.get(id);
    if (row && head) older.push({ vector: row, head });
  }
  const carried = older.length === 0 ? [] : await carryVectorsPastConsent(db, key, older, { writeTo: null });
  const done = new Set(carried.map((c) => c.learnerId));
  return { learnerIds: stale.filter((id) => !done.has(id)), carried, heads };
}

type Stop = 'done' | 'capped' | 'stopped';

/** Pre-assesses today's missing learners (see the module comment) in this process, under no lease: call it through `runExclusively` (`preassessOnce`). Null when the taxonomy or its stored index is missing. */
export async function preassess(db: Db, run: PreassessRun): Promise<PreassessOutcome | null> {
  const { taxonomyId, pool, now = systemNow, cap, keepGoing, again = false, onChunk } = run;
  const keys = await preassessmentKeys(db, taxonomyId, now);
  if (!keys) return null;
  const { key, assessmentKey } = keys;
  const day = assessmentKey.asOf;
  const state = await getPreassessmentDay(db, assessmentKey);
  const outcome: PreassessOutcome = {
    day,
    assessed: 0,
    stored: 0,
    finished: false,
    capped: false,
    before: state.learners,
  };
  let index = run.index ?? null;
  let noIndex = false;

  /** Assesses and stores those of `ids` that are missing, within the day's cap. */
  const catchUp = async (
    ids: readonly string[],
    { members = false, reportedOn }: { members?: boolean; reportedOn?: ReadonlyMap<string, string> } = {},
  ): Promise<Stop> => {
    for (let p = 0; p < ids.length; p += PAGE) {
      const missing = await findMissing(db, key, assessmentKey, ids.slice(p, p + PAGE), { members });
      const at = () => now().toISOString();
      if (missing.carried.length > 0)
        outcome.stored += await storeAssessed(
          db,
          key,
          assessmentKey,
          missing.heads,
          [],
          at(),
          missing.carried.map((row) => ({ ...row, reportedOn: NOT_REPORTED })),
        );
      for (let i = 0; i < missing.learnerIds.length; ) {
        const left = cap - state.learners - outcome.assessed;
        if (left <= 0) {
          outcome.capped = true;
          return 'capped';
        }
        const chunk = missing.learnerIds.slice(i, i + Math.min(CHUNK, left));
        i += chunk.length;
        index ??= await storedIndexSnapshot(db, taxonomyId);
        if (!index) {
          noIndex = true;
          return 'stopped';
        }
        const learners = await loadLearnersToAssess(db, key, chunk, missing.heads);
        const results = await pool.assess(index, learners, day);
        // A pre-assessment is no report: a row keeps the day a report last used it, a new one none.
        const assessed: AssessedLearner[] = chunk.map((learnerId, k) => ({
          learnerId,
          result: results[k],
          reportedOn: reportedOn?.get(learnerId) ?? NOT_REPORTED,
        }));
        const when = at();
        outcome.stored += await storeAssessed(db, key, assessmentKey, missing.heads, assessed, when);
        outcome.assessed += chunk.length;
        await recordPreassessment(db, assessmentKey, { learners: chunk.length, finished: false, at: when });
        onChunk?.(outcome.assessed);
        if (keepGoing && !(await keepGoing())) return 'stopped';
        await turn();
      }
      if (keepGoing && !(await keepGoing())) return 'stopped';
      await turn();
    }
    return 'done';
  };

  /** The day's sweep: rows made for another day or key, the most recently reported first; then every cohort member. */
  const sweep = async (): Promise<Stop> => {
    let after: AssessmentDue | undefined;
    for (;;) {
      const due = await listAssessmentsDue(db, assessmentKey, { after, limit: PAGE });
      if (due.length === 0) break;
      after = due[due.length - 1];
      const reportedOn = new Map(due.map((d) => [d.learnerId, d.reportedOn]));
      const stop = await catchUp([...reportedOn.keys()], { reportedOn });
      if (stop !== 'done') return stop;
    }
    let last: string | undefined;
    for (;;) {
      const ids = await listCohortLearnerIds(db, { after: last, limit: PAGE });
      if (ids.length === 0) break;
      last = ids[ids.length - 1];
      const stop = await catchUp(ids, { members: true });
      if (stop !== 'done') return stop;
    }
    return 'done';
  };

  /** What changed since the last look: learners whose chain moved, members who joined. */
  const follow = async (from: PreassessmentFollow): Promise<Stop | 'reset'> => {
    const lookedAt = now().toISOString();
    const joined = await listCohortLearnersJoinedAfter(db, joinsAfter(from.membersSince));
    const stop = await catchUp(joined);
    if (stop !== 'done') return stop;
    let pos = from.feedPos;
    for (;;) {
      const changes = await readFeed(db, pos);
      if (changes.reset) {
        await reopenPreassessment(db, assessmentKey, lookedAt);
        return 'reset';
      }
      if (changes.position === pos) break;
      const moved = await catchUp(changes.learners.map((l) => l.learnerId));
      if (moved !== 'done') return moved;
      pos = changes.position;
      if (!changes.more) break;
      await advancePreassessmentFollow(db, assessmentKey, {
        feedPos: pos,
        membersSince: from.membersSince,
        at: now().toISOString(),
      });
    }
    await advancePreassessmentFollow(db, assessmentKey, {
      feedPos: pos,
      membersSince: lookedAt,
      at: now().toISOString(),
    });
    return 'done';
  };

  // A day finished before following began (rows of an older release) is swept again too.
  if (!state.finished || !state.follow || again) {
    // Where following begins once swept: read before the sweep reads anything.
    await beginPreassessmentSweep(db, assessmentKey, {
      feedPos: await feedPosition(db),
      membersSince: now().toISOString(),
      at: now().toISOString(),
    });
    const swept = await sweep();
    if (noIndex) return null;
    if (swept !== 'done') return outcome;
    await recordPreassessment(db, assessmentKey, { learners: 0, finished: true, at: now().toISOString() });
  }
  const from = (await getPreassessmentDay(db, assessmentKey)).follow;
  if (!from) return outcome;
  const followed = await follow(from);
  if (noIndex) return null;
  outcome.finished = followed === 'done';
  return outcome;
}

/** Cohort joins after this instant are looked at when the last look was at `membersSince`. */
const joinsAfter = (membersSince: string) =>
  new Date(Date.parse(membersSince) - JOIN_MARGIN_MS).toISOString();

/**
 * Whether anything is missing now for today's key (read only, no lease: what the scheduler asks
 * every minute): the day's sweep is not finished, or a learner whose chain moved or who joined a
 * cohort since the last look has no current row. When nothing is, the look's position is moved on
 * (forward only), so the next look reads only what changed after it.
 */
export async function preassessmentDue(
  db: Db,
  { taxonomyId, cap, now = systemNow }: { taxonomyId: string; cap: number; now?: () => Date },
): Promise<boolean> {
  const keys = await preassessmentKeys(db, taxonomyId, now);
  if (!keys) return false;
  const { key, assessmentKey } = keys;
  const state = await getPreassessmentDay(db, assessmentKey);
  if (state.learners >= cap) return false;
  if (!state.finished || !state.follow) return true;
  const lookedAt = now().toISOString();
  const from = state.follow;
  const changes = await readFeed(db, from.feedPos);
  if (changes.reset || changes.more) return true;
  const joined = await listCohortLearnersJoinedAfter(db, joinsAfter(from.membersSince));
  const ids = [...joined, ...changes.learners.map((l) => l.learnerId)];
  if (ids.length > 0) {
    const missing = await findMissing(db, key, assessmentKey, ids);
    if (missing.learnerIds.length > 0 || missing.carried.length > 0) return true;
  }
  await advancePreassessmentFollow(db, assessmentKey, {
    feedPos: changes.position,
    membersSince: lookedAt,
    at: lookedAt,
  });
  return false;
}

export type PreassessOnce = { ran: true; outcome: PreassessOutcome | null } | { ran: false; reason: 'busy' };

/**
 * One pre-assessment run under the lease (`PREASSESS_LEASE`): `{ ran: false }` when another process
 * is running one now. The lease is renewed between chunks; a run that loses it stops.
 */
export async function preassessOnce(
  db: Db,
  run: Omit<PreassessRun, 'pool'> & { threads: number; pool?: ReportThreadPool },
): Promise<PreassessOnce> {
  const result = await runExclusively(
    db,
    PREASSESS_LEASE,
    async (lease: Lease) => {
      // Kept for the whole run (started by its first chunk), ended after it.
      const pool = run.pool ?? createReportPool({ threads: Math.max(1, run.threads) });
      try {
        return await preassess(db, {
          ...run,
          pool,
          keepGoing: async () => (await lease.renew()) && (run.keepGoing ? await run.keepGoing() : true),
        });
      } finally {
        if (!run.pool) await pool.close();
      }
    },
    run.now ? { now: run.now } : {},
  );
  return result.ran ? { ran: true, outcome: result.value } : { ran: false, reason: 'busy' };
}

export interface PreassessorOptions extends PreassessSettings {
  taxonomyId: string;
  threads: number;
  logger: Logger;
  /** Threads to assess in (default: a pool of `threads`, started for each run and ended after it). */
  pool?: ReportThreadPool;
  /** How often it looks whether a learner's assessment is missing (default every minute). */
  intervalMs?: number;
  /** When it first looks after its start (default 10 s). */
  firstCheckMs?: number;
  now?: () => Date;
}

export interface Preassessor {
  /** Looks now whether a run is due, and runs it (resolves when done). */
  check(): Promise<void>;
  /** Stops looking and waits for a run in progress to stop (after its current chunk). */
  stop(): Promise<void>;
}

/**
 * The server's pre-assessor: every `intervalMs` it looks whether any learner's assessment is missing
 * for today (the scorer and taxonomy as stored now: `preassessmentDue`, no lease); when one is and
 * the day's cap is not reached, it runs under the lease. Several processes may run it: the lease
 * lets one work at a time, the day's record and the look's position tell the others what is done.
 */
export function startPreassessor(db: Db, options: PreassessorOptions): Preassessor {
  const { logger, intervalMs = 60_000, firstCheckMs = 10_000, now = systemNow } = options;
  let stopping = false;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const due = () => preassessmentDue(db, { taxonomyId: options.taxonomyId, cap: options.cap, now });

  const check = async (): Promise<void> => {
    if (busy || stopping) return running;
    busy = true;
    running = (async () => {
      try {
        if (!(await due())) return;
        const started = performance.now();
        const cpu = process.cpuUsage();
        const result = await preassessOnce(db, { ...options, now, keepGoing: () => !stopping });
        if (!result.ran || !result.outcome || result.outcome.assessed === 0) return;
        const { day, assessed, stored, finished, capped } = result.outcome;
        const used = process.cpuUsage(cpu);
        logger.info('cohort learners pre-assessed', {
          day,
          assessed,
          stored,
          finished,
          capped,
          ms: Math.round(performance.now() - started),
          mainThreadCpuMs: Math.round((used.user + used.system) / 1000),
        });
      } catch (error) {
        logger.error('pre-assessment failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        busy = false;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  // The first look a little after the start, out of the start-up's way.
  const first = setTimeout(() => void check(), firstCheckMs);
  first.unref();
  return {
    check,
    stop: async () => {
      stopping = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}

/**
 * The server's pre-assessor as configured (`SKILLBANK_PREASSESS…`), or null when it is off. Started by
 * the process that runs the server's background duties: the cluster primary, or a single server.
 */
export function startConfiguredPreassessor(
  db: Db,
  config: Readonly<Config>,
  logger: Logger,
): Preassessor | null {
  if (!config.preassess.enabled) return null;
  const { cap, threads } = config.preassess;
  logger.info('pre-assessor on: every cohort learner who shares with advisors is kept assessed for today', {
    cap,
    threads,
  });
  return startPreassessor(db, { taxonomyId: config.taxonomyId, cap, threads, logger });
}

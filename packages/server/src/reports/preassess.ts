/**
 * Pre-assessment: after the UTC day changes (or the scorer or taxonomy does, which makes every
 * stored assessment stale), the learners whose stored assessments a report used in the last few
 * days are assessed again for today, in the background, so that a cohort's first report of the
 * day reads stored assessments instead of assessing everyone while the advisor waits.
 *
 * It runs in report threads (from the stored matcher index's snapshot bytes: the process running
 * it need not hold the index), a chunk at a time with turns of the event loop between, through the
 * same guarded store as a report (written only for the chain head assessed, only while the learner
 * lets advisors see their evidence: a learner who withdrew never gets a row back). It keeps a cap of
 * learners per day, and records each day's work so that it is done once whichever process runs it.
 * One process at a time runs it (`runExclusively`): the server starts it (`startPreassessor`) and
 * `skillbank preassess` runs it once by hand.
 */
import {
  type AssessmentKey,
  DAY_MS,
  type Db,
  findStoredMatcherIndex,
  getPreassessmentDay,
  getTaxonomyInfo,
  getTaxonomyStamp,
  type Lease,
  listAssessmentsDue,
  listConsentStates,
  listLedgerHeads,
  recordPreassessment,
  runExclusively,
  systemNow,
  todayUtc,
  type VectorKey,
} from '@skillbank/core';
import { matcherBuildId, STORED_VECTOR_VERSION } from '@skillbank/matcher';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { type AssessedLearner, loadLearnersToAssess, storeAssessed, turn } from './assessment-store.js';
import { assessmentKeyOf } from './learner-assessment.js';
import { createReportPool, type ReportIndex, type ReportThreadPool } from './report-pool.js';

/** The lease name: one process at a time pre-assesses. */
export const PREASSESS_LEASE = 'skillbank.preassess';

export interface PreassessSettings {
  /** Learners assessed per UTC day at most (across runs and processes). */
  cap: number;
  /** Learners whose stored assessment a report used this many days back (today included) are refreshed. */
  lookBackDays: number;
}

export const DEFAULT_PREASSESS: PreassessSettings = { cap: 20_000, lookBackDays: 7 };

/** Learners read, assessed and stored at a time. */
const CHUNK = 200;

export interface PreassessOutcome {
  /** `YYYY-MM-DD` assessed for. */
  day: string;
  /** Learners assessed by this run. */
  assessed: number;
  /** Assessments it stored (fewer when a chain moved meanwhile or a learner stopped sharing). */
  stored: number;
  /** True when no learner due is left for the day. */
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
  /** Run even when the day is recorded as finished (a run by hand). */
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

/**
 * Pre-assesses today's due learners (see the module comment) in this process, under no lease: call
 * it through `runExclusively` (`preassessOnce`). Null when the taxonomy or its stored index is missing.
 */
export async function preassess(db: Db, run: PreassessRun): Promise<PreassessOutcome | null> {
  const { taxonomyId, pool, now = systemNow, cap, lookBackDays, keepGoing, again = false, onChunk } = run;
  const keys = await preassessmentKeys(db, taxonomyId, now);
  if (!keys) return null;
  const { key, assessmentKey } = keys;
  const day = assessmentKey.asOf;
  const done = await getPreassessmentDay(db, assessmentKey);
  const outcome: PreassessOutcome = {
    day,
    assessed: 0,
    stored: 0,
    finished: false,
    capped: false,
    before: done.learners,
  };
  if (done.finished && !again) return { ...outcome, finished: true };
  const since = todayUtc(new Date(Date.parse(`${day}T00:00:00Z`) - (lookBackDays - 1) * DAY_MS));
  let index = run.index ?? null;
  let after: { learnerId: string; reportedOn: string } | undefined;
  for (;;) {
    const left = cap - done.learners - outcome.assessed;
    if (left <= 0) {
      outcome.capped = (await listAssessmentsDue(db, assessmentKey, { since, after, limit: 1 })).length > 0;
      outcome.finished = !outcome.capped;
      break;
    }
    const due = await listAssessmentsDue(db, assessmentKey, { since, after, limit: Math.min(CHUNK, left) });
    if (due.length === 0) {
      outcome.finished = true;
      break;
    }
    after = due[due.length - 1];
    // Only learners who let advisors see their evidence now (the store checks again as it writes).
    const consent = await listConsentStates(
      db,
      due.map((d) => d.learnerId),
    );
    const sharing = due.filter((d) => consent.get(d.learnerId)?.advisorsCanSeeEvidence);
    if (sharing.length > 0) {
      index ??= await storedIndexSnapshot(db, taxonomyId);
      if (!index) return null;
      const ids = sharing.map((d) => d.learnerId);
      const heads = await listLedgerHeads(db, ids);
      const learners = await loadLearnersToAssess(db, key, ids, heads);
      const results = await pool.assess(index, learners, day);
      const assessed: AssessedLearner[] = sharing.map((d, i) => ({
        learnerId: d.learnerId,
        result: results[i],
        reportedOn: d.reportedOn,
      }));
      const at = now().toISOString();
      outcome.stored += await storeAssessed(db, key, assessmentKey, heads, assessed, at);
      outcome.assessed += sharing.length;
      await recordPreassessment(db, assessmentKey, { learners: sharing.length, finished: false, at });
      onChunk?.(outcome.assessed);
    }
    if (keepGoing && !(await keepGoing())) break;
    await turn();
  }
  if (outcome.finished)
    await recordPreassessment(db, assessmentKey, { learners: 0, finished: true, at: now().toISOString() });
  return outcome;
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
  /** How often it looks whether today's pre-assessment is due (default every minute). */
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
 * The server's pre-assessor: every `intervalMs` it looks whether today's pre-assessment (for the
 * scorer and taxonomy as stored now) is done or capped; when not, it runs one under the lease.
 * Several processes may run it: the lease lets one work at a time, the day's record tells the others
 * it is done.
 */
export function startPreassessor(db: Db, options: PreassessorOptions): Preassessor {
  const { logger, intervalMs = 60_000, firstCheckMs = 10_000, now = systemNow } = options;
  let stopping = false;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const due = async (): Promise<boolean> => {
    const keys = await preassessmentKeys(db, options.taxonomyId, now);
    if (!keys) return false;
    const day = await getPreassessmentDay(db, keys.assessmentKey);
    return !day.finished && day.learners < options.cap;
  };

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
        logger.info('cohort learners pre-assessed for the day', {
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
  const { cap, lookBackDays, threads } = config.preassess;
  logger.info('pre-assessor on: recently reported cohort learners are assessed after the day changes', {
    cap,
    lookBackDays,
    threads,
  });
  return startPreassessor(db, { taxonomyId: config.taxonomyId, cap, lookBackDays, threads, logger });
}

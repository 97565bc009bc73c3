/**
 * Builds a cohort match report. Which members count follows consent: a member is used only while
 * their consent in force lets advisors see their evidence (`advisorsCanSeeEvidence`); the others are
 * counted as "not shared" and nothing else of theirs is read. Each used learner is assessed once
 * (`learner-assessment.ts`: ranked against every occupation; the gaps are the uncovered tasks and
 * missing distinctive terms of their best-fitting occupation), in report threads when given a pool,
 * from their stored vector for their current chain head; a learner without one is analysed from
 * their evidence (in the threads too) and the vector stored for the next report and the pool. The
 * assessments are stored as well (for the head, the scorer and taxonomy, and the day), so the next
 * report that day reads them and assesses only the learners whose chain moved.
 */
import {
  carryVectorsPastConsent,
  type Db,
  getLearnerAssessments,
  listCohortMembers,
  listLedgerHeads,
  markAssessmentsReported,
  type StaleVector,
  type StoredAssessment,
  systemNow,
  todayUtc,
} from '@skillbank/core';
import { type MatcherIndex, SCORER_VERSION } from '@skillbank/matcher';
import { vectorKeyOf } from '../candidates/stored-vectors.js';
import { assessAndStore, LOAD_BATCH, storeAssessed, turn } from './assessment-store.js';
import { BEST_FITS, bestFits, FIT_THRESHOLD, fitsWell, TOP_OCCUPATIONS } from './cohort-report.fits.js';
import type {
  CohortReport,
  ReportLearner,
  ReportOccupationScore,
  ScoreBucket,
} from './cohort-report.types.js';
import { assessmentKeyOf, decodeAssessment, type LearnerAssessment } from './learner-assessment.js';
import { DEFAULT_REPORT_LANG, reportMessages } from './report-i18n.js';
import { createReportPool, type ReportPool } from './report-pool.js';

export { BEST_FITS, bestFits, FIT_THRESHOLD, fitsWell, TOP_OCCUPATIONS } from './cohort-report.fits.js';

const BUCKETS = 10;

/** The consent rule in the default language (`presentReport` writes it in the reader's). */
export const CONSENT_RULE = reportMessages(DEFAULT_REPORT_LANG).consentRule;

export type ReportPhase = 'loading' | 'matching' | 'done';

/** Assesses on the event loop, yielding every few learners. */
const INLINE_POOL = createReportPool({ threads: 0 });

export interface BuildReportOptions {
  cohort: { id: string; name: string };
  /** `YYYY-MM-DD` recency is measured at (default today, UTC). */
  asOf?: string;
  now?: () => Date;
  onProgress?: (done: number, total: number, phase: ReportPhase) => void;
  /** Where learners are assessed: a pool of report threads (default: on the event loop, yielding). */
  pool?: ReportPool;
  /**
   * Where the vectors of learners analysed for this report, and the assessments made for it, are
   * stored (the primary when `db` is a replica; default `db`); `null`: not stored.
   */
  storeVectorsIn?: Db | null;
  /** A failure to store those vectors or assessments: the report goes on (default: the report fails). */
  onStoreError?: (error: unknown) => void;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const share = (count: number, of: number) => (of === 0 ? 0 : round4(count / of));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round4(
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2,
  );
}

/** Counts of best scores in ten buckets 0–0.1, …, 0.9–1. */
export function scoreHistogram(scores: readonly number[]): ScoreBucket[] {
  const buckets = Array.from({ length: BUCKETS }, (_, i) => ({
    from: round4(i / BUCKETS),
    to: round4((i + 1) / BUCKETS),
    learners: 0,
  }));
  for (const s of scores) {
    const bucket = buckets[Math.min(BUCKETS - 1, Math.max(0, Math.floor(s * BUCKETS)))];
    if (bucket) bucket.learners += 1;
  }
  return buckets;
}

/**
 * The full (named) report of a cohort, every list complete and no summary yet: pass it to
 * `presentReport`, which anonymises it when asked, trims the lists and writes the summary.
 */
export async function buildCohortReport(
  db: Db,
  matcher: MatcherIndex,
  {
    cohort,
    now = systemNow,
    asOf = todayUtc(now()),
    onProgress,
    pool = INLINE_POOL,
    storeVectorsIn = db,
    onStoreError,
  }: BuildReportOptions,
): Promise<CohortReport> {
  const members = await listCohortMembers(db, cohort.id);
  const sharing = members.filter((m) => m.sharesEvidence);
  onProgress?.(0, sharing.length, 'loading');
  const ids = sharing.map((m) => m.learnerId);
  // Chain heads first: a stored assessment or vector is used only when made for the head read here.
  const key = await vectorKeyOf(db, matcher);
  const heads = await listLedgerHeads(db, ids);
  const assessmentKey = key && assessmentKeyOf(key, asOf);

  // Today's stored assessments made for these heads (or before a consent change only): used as they are.
  const assessed = new Map<string, LearnerAssessment>();
  const carried: StoredAssessment[] = [];
  if (key && assessmentKey) {
    const stale: StaleVector[] = [];
    // The next batch is read while this one is decoded.
    const read = (i: number) => {
      const rows = getLearnerAssessments(db, assessmentKey, ids.slice(i, i + LOAD_BATCH));
      rows.catch(() => {});
      return rows;
    };
    let next = read(0);
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const rows = await next;
      if (i + LOAD_BATCH < ids.length) next = read(i + LOAD_BATCH);
      for (const [id, row] of rows) {
        const head = heads.get(id);
        const assessment = head?.hash === row.headHash ? decodeAssessment(matcher, row.data) : null;
        if (assessment) assessed.set(id, assessment);
        else if (head && row.headHash !== head.hash) stale.push({ vector: row, head });
      }
      await turn();
    }
    for (const row of await carryVectorsPastConsent(db, key, stale, { writeTo: null })) {
      const assessment = decodeAssessment(matcher, row.data);
      if (!assessment) continue;
      assessed.set(row.learnerId, assessment);
      carried.push(row);
    }
  }
  const toAssess = ids.filter((id) => !assessed.has(id));

  // Marked as used today: the pre-assessor refreshes the rows of learners reported on lately. Written
  // while the others are assessed and the report is built (awaited before it is returned); the
  // assessments carried past a consent change are stored after the mark (the same rows).
  const reportedOn = todayUtc(now());
  let marked: Promise<{ error: unknown } | null> = Promise.resolve(null);
  if (storeVectorsIn && (assessed.size > 0 || carried.length > 0)) {
    const learnerIds = [...assessed.keys()];
    marked = (async () => {
      if (learnerIds.length > 0) await markAssessmentsReported(storeVectorsIn, learnerIds, reportedOn);
      if (key && assessmentKey && carried.length > 0)
        await storeAssessed(storeVectorsIn, key, assessmentKey, heads, [], now().toISOString(), carried);
    })().then(
      () => null,
      (error: unknown) => ({ error }),
    );
  }

  // Each learner without a stored assessment assessed once (in the report threads when the pool has
  // any), read and stored a batch at a time while the others are assessed: kept for the next report
  // (vectors also for the candidate pool), under the head the evidence was read after.
  const fromStore = assessed.size;
  const fresh =
    toAssess.length === 0
      ? []
      : await assessAndStore(db, pool, matcher, toAssess, heads, asOf, {
          key,
          assessmentKey,
          storeIn: storeVectorsIn,
          now,
          onLoaded: (done, total) => onProgress?.(done, total, 'loading'),
          onAssessed: (done) => onProgress?.(fromStore + done, sharing.length, 'matching'),
          ...(onStoreError ? { onStoreError } : {}),
        });
  toAssess.forEach((id, i) => {
    assessed.set(id, fresh[i]?.assessment as LearnerAssessment);
  });
  const learners: ReportLearner[] = [];
  const fits = new Map<
    string,
    { code: string; name: string; digital: boolean; green: boolean; learners: number }
  >();
  const tasks = new Map<
    string,
    {
      taskId: string;
      text: string;
      occupationCode: string;
      occupationName: string;
      learners: number;
      gain: number;
    }
  >();
  const terms = new Map<string, number>();
  let digital = 0;
  let green = 0;
  let counted = 0;
  for (const member of members) {
    // Counted a batch at a time too: other requests run between.
    if (++counted % LOAD_BATCH === 0) await turn();
    const base = { learnerId: member.learnerId, name: member.name, topOccupations: [], bestScore: null };
    const assessment = member.sharesEvidence ? assessed.get(member.learnerId) : undefined;
    if (!assessment) {
      learners.push({ ...base, status: 'not_shared', evidenceCount: 0 });
      continue;
    }
    if (assessment.status !== 'included') {
      learners.push({ ...base, ...assessment });
      continue;
    }
    const { matches, evidenceCount } = assessment;
    const best = matches[0] as ReportOccupationScore;
    const well = matches.filter((m) => m.fitsWell);
    for (const m of well) {
      const fit = fits.get(m.code) ?? {
        code: m.code,
        name: m.name,
        digital: m.digital,
        green: m.green,
        learners: 0,
      };
      fit.learners += 1;
      fits.set(m.code, fit);
    }
    for (const gap of assessment.gaps) {
      const entry = tasks.get(gap.taskId) ?? {
        taskId: gap.taskId,
        text: gap.text,
        occupationCode: best.code,
        occupationName: best.name,
        learners: 0,
        gain: 0,
      };
      entry.learners += 1;
      entry.gain += gap.gain;
      tasks.set(gap.taskId, entry);
    }
    for (const term of assessment.missingTerms) terms.set(term, (terms.get(term) ?? 0) + 1);
    const learner: ReportLearner = {
      ...base,
      status: 'included',
      evidenceCount,
      topOccupations: matches.slice(0, TOP_OCCUPATIONS),
      bestScore: best.score,
    };
    const own = bestFits(learner);
    if (own.some((o) => o.digital)) digital += 1;
    if (own.some((o) => o.green)) green += 1;
    learners.push(learner);
  }

  const included = learners.filter((l) => l.status === 'included');
  const n = included.length;
  const best = included.map((l) => l.bestScore as number);
  // The lists sorted a piece at a time too (thousands of gap tasks and learners): other requests run between.
  learners.sort(
    (a, b) => (b.bestScore ?? -1) - (a.bestScore ?? -1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  await turn();
  const taskGaps = [...tasks.values()].sort(
    (a, b) => b.learners - a.learners || b.gain - a.gain || (a.taskId < b.taskId ? -1 : 1),
  );
  await turn();
  const skillGaps = [...terms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const count = (status: ReportLearner['status']) => learners.filter((l) => l.status === status).length;
  const report: CohortReport = {
    format: 'skillbank.cohort-report',
    version: 1,
    lang: DEFAULT_REPORT_LANG,
    cohort: { id: cohort.id, name: cohort.name },
    generatedAt: now().toISOString(),
    anonymised: false,
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...matcher.taxonomy },
    method: {
      fitThreshold: FIT_THRESHOLD,
      topOccupations: TOP_OCCUPATIONS,
      bestFits: BEST_FITS,
      consentRule: CONSENT_RULE,
      minGroupSize: null,
    },
    population: {
      members: learners.length,
      included: n,
      notShared: count('not_shared'),
      noEvidence: count('no_evidence'),
      failed: count('failed'),
    },
    scores: {
      mean: n === 0 ? null : round4(best.reduce((a, b) => a + b, 0) / n),
      median: median(best),
      fitWellShare: n === 0 ? null : share(included.filter((l) => fitsWell(l.bestScore as number)).length, n),
    },
    learners,
    occupations: [...fits.values()]
      .sort((a, b) => b.learners - a.learners || (a.code < b.code ? -1 : 1))
      .map((f) => ({ ...f, share: share(f.learners, n) })),
    gaps: {
      tasks: taskGaps.map(({ gain, ...t }) => ({
        ...t,
        share: share(t.learners, n),
        meanGain: round4(gain / t.learners),
      })),
      skills: skillGaps.map(([term, learnersCount]) => ({
        term,
        learners: learnersCount,
        share: share(learnersCount, n),
      })),
    },
    readiness: {
      digital: { learners: digital, share: n === 0 ? null : share(digital, n) },
      green: { learners: green, share: n === 0 ? null : share(green, n) },
    },
    distribution: scoreHistogram(best),
    suppressed: null,
    summary: [],
  };
  const markFailed = await marked;
  if (markFailed) {
    if (!onStoreError) throw markFailed.error;
    onStoreError(markFailed.error);
  }
  onProgress?.(sharing.length, sharing.length, 'done');
  return report;
}

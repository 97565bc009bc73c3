/**
 * The anonymised form of a cohort report, for sharing outside the school (k-anonymity, k = 5):
 * - no names and no learner ids: the per-learner list is dropped, and so are member counts other
 *   than the number of learners the report is about;
 * - a count c of the n learners is shown only when neither it nor its complement names a small
 *   group: c is 0 or at least k, and n − c is 0 or at least k (otherwise "5 of 7 fit X" would tell
 *   that 2 do not). Occupations, task gaps and skill gaps failing this are left out (and counted in
 *   `suppressed`); readiness and the share fitting well become `null`;
 * - score buckets are merged with their neighbours until each holds at least k learners;
 * - the median (one learner's own score for odd n) is dropped; the mean stays;
 * - with fewer than k learners nothing about them is shown at all.
 */
import type { CohortReport, ScoreBucket } from './cohort-report.types.js';
import { reportMessages } from './report-i18n.js';

export const MIN_GROUP_SIZE = 5;

/** Whether a count c out of n may be shown: neither c nor n − c is a group of 1 … k − 1. */
export function isShowable(c: number, n: number, k = MIN_GROUP_SIZE): boolean {
  const small = (x: number) => x > 0 && x < k;
  return !small(c) && !small(n - c);
}

/** Merges adjacent buckets (low to high) until each holds at least k; a short tail joins the last one. */
export function mergeBuckets(buckets: readonly ScoreBucket[], k = MIN_GROUP_SIZE): ScoreBucket[] {
  const merged: ScoreBucket[] = [];
  let open: ScoreBucket | null = null;
  for (const b of buckets) {
    open = open ? { from: open.from, to: b.to, learners: open.learners + b.learners } : { ...b };
    if (open.learners >= k) {
      merged.push(open);
      open = null;
    }
  }
  if (open) {
    const last = merged.pop();
    if (last) merged.push({ from: last.from, to: open.to, learners: last.learners + open.learners });
    // Fewer than k in all: nothing can be shown.
  }
  return merged;
}

/** The suppression note is written in the report's language (`report.lang`). */
export function anonymiseReport(report: CohortReport, k = MIN_GROUP_SIZE): CohortReport {
  const n = report.population.included ?? 0;
  const t = reportMessages(report.lang);
  const base: CohortReport = {
    ...report,
    anonymised: true,
    method: { ...report.method, minGroupSize: k },
    population: { members: null, included: null, notShared: null, noEvidence: null, failed: null },
    scores: { mean: null, median: null, fitWellShare: null },
    learners: [],
    occupations: [],
    gaps: { tasks: [], skills: [] },
    readiness: { digital: { learners: null, share: null }, green: { learners: null, share: null } },
    distribution: [],
    suppressed: {
      occupations: 0,
      tasks: 0,
      skills: 0,
      note: t.noteTooFew(k),
    },
    summary: [],
  };
  if (n < k) return base;
  const show = (c: number) => isShowable(c, n, k);
  const occupations = report.occupations.filter((o) => show(o.learners));
  const tasks = report.gaps.tasks.filter((t) => show(t.learners));
  const skills = report.gaps.skills.filter((s) => show(s.learners));
  const readiness = (r: CohortReport['readiness']['digital']) =>
    r.learners !== null && show(r.learners) ? r : { learners: null, share: null };
  const fitWell = report.learners.filter(
    (l) => l.status === 'included' && (l.bestScore ?? 0) >= report.method.fitThreshold,
  ).length;
  return {
    ...base,
    population: { ...base.population, included: n },
    scores: {
      mean: report.scores.mean,
      median: null,
      fitWellShare: show(fitWell) ? report.scores.fitWellShare : null,
    },
    occupations,
    gaps: { tasks, skills },
    readiness: { digital: readiness(report.readiness.digital), green: readiness(report.readiness.green) },
    distribution: mergeBuckets(report.distribution, k),
    suppressed: {
      occupations: report.occupations.length - occupations.length,
      tasks: report.gaps.tasks.length - tasks.length,
      skills: report.gaps.skills.length - skills.length,
      note: t.noteSuppressed(k),
    },
  };
}

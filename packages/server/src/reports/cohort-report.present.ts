/** Turns a built report into the form a reader gets: anonymised when asked, lists trimmed, summarised. */
import { anonymiseReport } from './cohort-report.anonymise.js';
import { summarise } from './cohort-report.summary.js';
import type { CohortReport } from './cohort-report.types.js';

/** Longest list of occupations, task gaps or skill gaps a report shows (the most important come first). */
export const LIST_LIMIT = 20;

export function presentReport(
  report: CohortReport,
  { anonymised = false }: { anonymised?: boolean } = {},
): CohortReport {
  const form = anonymised ? anonymiseReport(report) : report;
  const trimmed: CohortReport = {
    ...form,
    occupations: form.occupations.slice(0, LIST_LIMIT),
    gaps: { tasks: form.gaps.tasks.slice(0, LIST_LIMIT), skills: form.gaps.skills.slice(0, LIST_LIMIT) },
  };
  return { ...trimmed, summary: summarise(trimmed) };
}

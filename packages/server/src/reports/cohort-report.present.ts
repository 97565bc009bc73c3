/**
 * Turns a built report into the form a reader gets: in their language, anonymised when asked, lists
 * trimmed, summarised. The language changes only the sentences (`summary`, `method.consentRule`,
 * `suppressed.note`); the data stay the same.
 */
import { anonymiseReport } from './cohort-report.anonymise.js';
import { summarise } from './cohort-report.summary.js';
import type { CohortReport } from './cohort-report.types.js';
import { DEFAULT_REPORT_LANG, type ReportLang, reportMessages } from './report-i18n.js';

/** Longest list of occupations, task gaps or skill gaps a report shows (the most important come first). */
export const LIST_LIMIT = 20;

export function presentReport(
  report: CohortReport,
  { anonymised = false, lang = DEFAULT_REPORT_LANG }: { anonymised?: boolean; lang?: ReportLang } = {},
): CohortReport {
  const localised: CohortReport = {
    ...report,
    lang,
    method: { ...report.method, consentRule: reportMessages(lang).consentRule },
  };
  const form = anonymised ? anonymiseReport(localised) : localised;
  const trimmed: CohortReport = {
    ...form,
    occupations: form.occupations.slice(0, LIST_LIMIT),
    gaps: { tasks: form.gaps.tasks.slice(0, LIST_LIMIT), skills: form.gaps.skills.slice(0, LIST_LIMIT) },
  };
  return { ...trimmed, summary: summarise(trimmed) };
}

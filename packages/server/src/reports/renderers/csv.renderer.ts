/**
 * The report as one CSV table (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the Chinese text right): one row per fact, a `section` column saying what it is. Cells that a
 * spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.
 * Columns, sections, keys and statuses are stable codes for programs; the sentences (summary,
 * consent rule, suppression note) are in the report's language, named by the `meta,lang` row.
 */
import type { CohortReport } from '../cohort-report.types.js';
import type { ReportRenderer } from './report-renderer.js';

export const CSV_COLUMNS = [
  'section',
  'key',
  'label',
  'status',
  'count',
  'share',
  'score',
  'detail',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** One CSV cell: quoted when needed, formulas defused. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rows(report: CohortReport): Row[] {
  const out: Row[] = [
    { section: 'meta', key: 'cohort', label: report.cohort.name, detail: report.cohort.id },
    { section: 'meta', key: 'generatedAt', detail: report.generatedAt },
    { section: 'meta', key: 'lang', detail: report.lang },
    { section: 'meta', key: 'anonymised', detail: report.anonymised },
    { section: 'meta', key: 'scorer', detail: report.scorer.version },
    { section: 'meta', key: 'taxonomy', label: report.taxonomy.id, detail: report.taxonomy.version },
    { section: 'meta', key: 'fitThreshold', score: report.method.fitThreshold },
    { section: 'meta', key: 'consentRule', detail: report.method.consentRule },
  ];
  if (report.method.minGroupSize !== null)
    out.push({ section: 'meta', key: 'minGroupSize', count: report.method.minGroupSize });
  for (const [i, line] of report.summary.entries()) out.push({ section: 'summary', key: i + 1, label: line });
  for (const [key, value] of Object.entries(report.population))
    if (value !== null) out.push({ section: 'population', key, count: value });
  for (const [key, value] of Object.entries(report.scores))
    if (value !== null)
      out.push({ section: 'scores', key, [key === 'fitWellShare' ? 'share' : 'score']: value });
  for (const l of report.learners)
    out.push({
      section: 'learner',
      key: l.learnerId,
      label: l.name,
      status: l.status,
      count: l.evidenceCount,
      score: l.bestScore,
      detail: l.topOccupations.map((o) => `${o.code} ${o.name} ${o.score}`).join('; '),
    });
  for (const o of report.occupations)
    out.push({
      section: 'occupation',
      key: o.code,
      label: o.name,
      count: o.learners,
      share: o.share,
      detail: [o.digital ? 'digital' : null, o.green ? 'green' : null].filter(Boolean).join(' '),
    });
  for (const t of report.gaps.tasks)
    out.push({
      section: 'gap_task',
      key: t.taskId,
      label: t.text,
      count: t.learners,
      share: t.share,
      score: t.meanGain,
      detail: `${t.occupationCode} ${t.occupationName}`,
    });
  for (const s of report.gaps.skills)
    out.push({ section: 'gap_skill', key: s.term, label: s.term, count: s.learners, share: s.share });
  for (const [key, r] of Object.entries(report.readiness))
    if (r.learners !== null) out.push({ section: 'readiness', key, count: r.learners, share: r.share });
  for (const b of report.distribution)
    out.push({ section: 'distribution', key: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`, count: b.learners });
  if (report.suppressed) {
    const { note, ...counts } = report.suppressed;
    for (const [key, value] of Object.entries(counts)) out.push({ section: 'suppressed', key, count: value });
    out.push({ section: 'suppressed', key: 'note', label: note });
  }
  return out;
}

export function renderReportCsv(report: CohortReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows(report)) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const csvRenderer: ReportRenderer = {
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  render: renderReportCsv,
};

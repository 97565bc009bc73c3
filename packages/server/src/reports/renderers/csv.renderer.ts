/**
 * The report as one CSV table (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the Chinese text right): one row per fact, a `section` column saying what it is. Cells that a
 * spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.
 * Columns, sections, keys and statuses are stable codes for programs; the sentences (summary,
 * consent rule, suppression note) are in the report's language, named by the `meta,lang` row.
 */
import type { CohortReport } from '../cohort-report.types.js';
import { reportMessages } from '../report-i18n.js';
import { batches, joinPieces, type ReportRenderer } from './report-renderer.js';

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

/** The rows before the learners (fixed in size). */
function headRows(report: CohortReport): Row[] {
  const out: Row[] = [
    { section: 'meta', key: 'cohort', label: report.cohort.name, detail: report.cohort.id },
    { section: 'meta', key: 'generatedAt', detail: report.generatedAt },
    { section: 'meta', key: 'lang', detail: report.lang },
    { section: 'meta', key: 'anonymised', detail: report.anonymised },
    { section: 'meta', key: 'scorer', detail: report.scorer.version },
    { section: 'meta', key: 'taxonomy', label: report.taxonomy.id, detail: report.taxonomy.version },
    {
      section: 'meta',
      key: 'fitThreshold',
      label: reportMessages(report.lang).fitThresholdLabel,
      score: report.method.fitThreshold,
    },
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
  return out;
}

const learnerRow = (l: CohortReport['learners'][number]): Row => ({
  section: 'learner',
  key: l.learnerId,
  label: l.name,
  status: l.status,
  // Not read for a member who does not share: unknown, so empty rather than 0.
  count: l.status === 'not_shared' ? null : l.evidenceCount,
  score: l.bestScore,
  detail: l.topOccupations.map((o) => `${o.code} ${o.name} ${o.score}`).join('; '),
});

/** The rows after the learners. */
function tailRows(report: CohortReport): Row[] {
  const out: Row[] = [];
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

/** CSV lines, each ended by CRLF. */
export const csvLines = (cells: readonly (readonly Cell[])[]) =>
  cells.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
type Cell = string | number | boolean | null | undefined;

const lineCells = (rows: readonly Row[]) => rows.map((row) => CSV_COLUMNS.map((c) => row[c]));

/** The report's CSV in pieces: the byte-order mark, header and fixed rows, the learners in batches, the rest. */
export function* reportCsvPieces(report: CohortReport): Generator<string> {
  yield `\uFEFF${csvLines([CSV_COLUMNS, ...lineCells(headRows(report))])}`;
  for (const batch of batches(report.learners)) yield csvLines(lineCells(batch.map(learnerRow)));
  yield csvLines(lineCells(tailRows(report)));
}

export function renderReportCsv(report: CohortReport): string {
  return joinPieces(reportCsvPieces(report));
}

export const csvRenderer: ReportRenderer = {
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  pieces: reportCsvPieces,
  render: renderReportCsv,
};

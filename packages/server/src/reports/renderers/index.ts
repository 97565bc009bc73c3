/**
 * The report formats: format → renderer, each from the one report model. The API (`?format=` and
 * the Accept header), the report page's downloads and the CLI (`--format`) all read this registry,
 * so a new format is one renderer file and one line here.
 */

import type { CohortReport } from '../cohort-report.types.js';
import { csvRenderer } from './csv.renderer.js';
import { htmlRenderer } from './html.renderer.js';
import { jsonRenderer } from './json.renderer.js';
import type { ReportRenderer } from './report-renderer.js';
import { studentsCsvRenderer } from './students-csv.renderer.js';

/** Registration order matters: JSON is the default, and `text/csv` in an Accept header means the long CSV. */
export const REPORT_RENDERERS = {
  json: jsonRenderer,
  csv: csvRenderer,
  html: htmlRenderer,
  'students-csv': studentsCsvRenderer,
} as const satisfies Record<string, ReportRenderer>;

export type ReportFormat = keyof typeof REPORT_RENDERERS;

/** The formats, the default (JSON) first. */
export const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as [ReportFormat, ...ReportFormat[]];

export const isReportFormat = (value: unknown): value is ReportFormat =>
  typeof value === 'string' && Object.hasOwn(REPORT_RENDERERS, value);

export { ReportMethod, ReportSections } from './html.renderer.js';
export type { ReportRenderer } from './report-renderer.js';

/** Whether a format has an anonymised form (the per-learner table has none). */
export const hasAnonymisedForm = (format: ReportFormat) =>
  (REPORT_RENDERERS[format] as ReportRenderer).namedOnly !== true;

/**
 * The report in a format: its text, and how to serve it (`contentDisposition` names the file; a
 * document such as the HTML report opens in the browser unless `download` is asked for).
 */
export function renderReport(
  format: ReportFormat,
  report: CohortReport,
  { download = false, timeZone }: { download?: boolean; timeZone?: string | undefined } = {},
) {
  const renderer: ReportRenderer = REPORT_RENDERERS[format];
  const parts = [
    'cohort-report',
    report.anonymised ? 'anonymised' : null,
    renderer.fileLabel,
    report.cohort.id,
  ];
  const name = `${parts.filter(Boolean).join('-')}.${renderer.extension}`;
  const disposition = download ? 'attachment' : (renderer.disposition ?? 'attachment');
  return {
    /** The whole text (the CLI, pages). */
    get body() {
      return renderer.render(report, { timeZone });
    },
    /** The text piece by piece (the API streams these). */
    pieces: () => renderer.pieces(report, { timeZone }),
    mediaType: renderer.mediaType,
    extension: renderer.extension,
    contentDisposition: `${disposition}; filename="${name}"`,
  };
}

/** "json, csv or html": the formats in words, for messages. */
export const REPORT_FORMATS_TEXT = `${REPORT_FORMATS.slice(0, -1).join(', ')} or ${REPORT_FORMATS.at(-1)}`;

/** The media types without parameters (`text/csv`), for documents such as the OpenAPI description. */
export const REPORT_MEDIA_RANGES = [
  ...new Set(REPORT_FORMATS.map((f) => REPORT_RENDERERS[f].mediaType.split(';')[0] as string)),
];

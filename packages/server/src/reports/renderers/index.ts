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

export const REPORT_RENDERERS = {
  json: jsonRenderer,
  csv: csvRenderer,
  html: htmlRenderer,
} as const satisfies Record<string, ReportRenderer>;

export type ReportFormat = keyof typeof REPORT_RENDERERS;

/** The formats, the default (JSON) first. */
export const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as [ReportFormat, ...ReportFormat[]];

export const isReportFormat = (value: unknown): value is ReportFormat =>
  typeof value === 'string' && Object.hasOwn(REPORT_RENDERERS, value);

export { ReportMethod, ReportSections } from './html.renderer.js';
export type { ReportRenderer } from './report-renderer.js';

/** The report in a format: its text, and how to serve it. */
export function renderReport(format: ReportFormat, report: CohortReport) {
  const renderer: ReportRenderer = REPORT_RENDERERS[format];
  return { body: renderer.render(report), mediaType: renderer.mediaType, extension: renderer.extension };
}

/** "json, csv or html": the formats in words, for messages. */
export const REPORT_FORMATS_TEXT = `${REPORT_FORMATS.slice(0, -1).join(', ')} or ${REPORT_FORMATS.at(-1)}`;

/** The media types without parameters (`text/csv`), for documents such as the OpenAPI description. */
export const REPORT_MEDIA_RANGES = REPORT_FORMATS.map(
  (f) => REPORT_RENDERERS[f].mediaType.split(';')[0] as string,
);

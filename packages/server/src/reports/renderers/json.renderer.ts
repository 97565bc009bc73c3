/** The report model itself, as JSON (indented, for people who open the file). */
import type { ReportRenderer } from './report-renderer.js';

export const jsonRenderer: ReportRenderer = {
  mediaType: 'application/json; charset=utf-8',
  answersRanges: ['*/*', 'application/*'],
  extension: 'json',
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};

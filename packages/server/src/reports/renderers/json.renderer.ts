/**
 * The report model itself, as JSON (indented, for people who open the file): exactly
 * `JSON.stringify(report, null, 2)`, with the learners written a batch at a time.
 */
import type { CohortReport } from '../cohort-report.types.js';
import { batches, joinPieces, type ReportRenderer } from './report-renderer.js';

/** Stands for the learners in the document around them (a string no report holds). */
const LEARNERS = '\u0000learners\u0000';

/** `JSON.stringify(value, null, 2)` as an element of the learners list (two levels deep). */
const element = (value: unknown) => JSON.stringify(value, null, 2).replaceAll('\n', '\n    ');

export function* reportJsonPieces(report: CohortReport): Generator<string> {
  if (report.learners.length === 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  const [head, tail] = JSON.stringify({ ...report, learners: [LEARNERS] }, null, 2).split(
    JSON.stringify(LEARNERS),
  ) as [string, string];
  yield head;
  let first = true;
  for (const batch of batches(report.learners)) {
    yield (first ? '' : ',\n    ') + batch.map(element).join(',\n    ');
    first = false;
  }
  yield `${tail}\n`;
}

export const jsonRenderer: ReportRenderer = {
  mediaType: 'application/json; charset=utf-8',
  answersRanges: ['*/*', 'application/*'],
  extension: 'json',
  pieces: reportJsonPieces,
  render: (report) => joinPieces(reportJsonPieces(report)),
};

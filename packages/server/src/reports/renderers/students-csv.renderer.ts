/**
 * The report as one row per student (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read the Chinese text right), beside the long section/key CSV. The header row is stable English
 * codes in both languages (listed in `STUDENT_CSV_COLUMNS`, documented in the README); dates are ISO
 * 8601, scores 0–1, flags `true`/`false`. Only the named report has it: the anonymised one lists no
 * one. Cells a spreadsheet would run as a formula are defused like the long CSV's.
 */
import { bestFits, TOP_OCCUPATIONS } from '../cohort-report.fits.js';
import type { CohortReport, ReportLearner } from '../cohort-report.types.js';
import { csvLines } from './csv.renderer.js';
import { batches, joinPieces, type ReportRenderer } from './report-renderer.js';

const occupationColumns = (n: number) =>
  [
    `occupation_${n}_code`,
    `occupation_${n}_name`,
    `occupation_${n}_score`,
    `occupation_${n}_band`,
    `occupation_${n}_fits_well`,
    `occupation_${n}_tags`,
  ] as const;

/** The columns, in order; the same for every report and language. */
export const STUDENT_CSV_COLUMNS = [
  'learner_id',
  'name',
  'status',
  'evidence_count',
  'best_score',
  'fits_well',
  'digital_ready',
  'green_ready',
  ...Array.from({ length: TOP_OCCUPATIONS }, (_, i) => occupationColumns(i + 1)).flat(),
  'cohort_id',
  'generated_at',
] as const;

type Cell = string | number | boolean | null;

function row(report: CohortReport, l: ReportLearner): Cell[] {
  const included = l.status === 'included';
  const fits = bestFits(l);
  const occupations = Array.from({ length: TOP_OCCUPATIONS }, (_, i) => {
    const o = l.topOccupations[i];
    if (!o) return [null, null, null, null, null, null];
    const tags = [o.digital ? 'digital' : null, o.green ? 'green' : null].filter(Boolean).join(' ');
    return [o.code, o.name, o.score, o.band, o.fitsWell, tags];
  }).flat();
  return [
    l.learnerId,
    l.name,
    l.status,
    // Not read for a member who does not share: unknown, so empty (as their flags are).
    l.status === 'not_shared' ? null : l.evidenceCount,
    l.bestScore,
    included ? fits.length > 0 : null,
    included ? fits.some((o) => o.digital) : null,
    included ? fits.some((o) => o.green) : null,
    ...occupations,
    report.cohort.id,
    report.generatedAt,
  ];
}

/** One row per student, in pieces: the byte-order mark and header, then the learners in batches. */
export function* studentsCsvPieces(report: CohortReport): Generator<string> {
  yield `\uFEFF${csvLines([STUDENT_CSV_COLUMNS])}`;
  for (const batch of batches(report.learners)) yield csvLines(batch.map((l) => row(report, l)));
}

export function renderStudentsCsv(report: CohortReport): string {
  return joinPieces(studentsCsvPieces(report));
}

export const studentsCsvRenderer: ReportRenderer = {
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  fileLabel: 'students',
  namedOnly: true,
  pieces: studentsCsvPieces,
  render: renderStudentsCsv,
};

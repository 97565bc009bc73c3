/**
 * A provider's results file (CSV, UTF-8, header row): one result per row, read and checked row by
 * row so every bad row is named with its line and column. Nothing is recorded from a file that
 * has any bad row — the use case records all rows in one transaction or none.
 *
 * Columns: `enrolmentId,outcome,level,rank,award,statement` (only the first two are required;
 * empty cells mean "not given").
 */
import { CsvError, parse } from 'csv-parse/sync';
import { type FieldMessage, fieldMessage, fieldMessageOf } from '../field-messages.js';
import { type ResultInput, resultInputSchema } from './offerings.schema.js';

export const RESULTS_CSV_COLUMNS = ['enrolmentId', 'outcome', 'level', 'rank', 'award', 'statement'] as const;
export const MAX_RESULTS_CSV_ROWS = 2_000;

export interface ResultsCsvRow {
  line: number;
  enrolmentId: string;
  input: ResultInput;
}

/** A problem in one row (`line` is the CSV line; 1 is the header), or in the file as a whole. */
export type CsvRowProblem = { line: number; field: string | null } & FieldMessage;

/** The rows that parsed, and the problems of the others (a file-level problem leaves no rows). */
export interface ResultsCsv {
  rows: ResultsCsvRow[];
  problems: CsvRowProblem[];
}

const number = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : Number(value);
const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

/** Parses and checks a results file row by row: the good rows and every problem of the bad ones. */
export function parseResultsCsv(csv: string): ResultsCsv {
  let records: { info: { lines: number }; record: Record<string, string> }[];
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, info: true, bom: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError)
      return {
        rows: [],
        problems: [
          {
            line: (error as CsvError & { lines?: number }).lines ?? 1,
            field: null,
            ...fieldMessage('csv_unreadable', { detail: error.message }),
          },
        ],
      };
    throw error;
  }
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = header.split(',').map((c) => c.trim());
  const problems: CsvRowProblem[] = [];
  for (const column of columns) {
    if (!(RESULTS_CSV_COLUMNS as readonly string[]).includes(column))
      problems.push({
        line: 1,
        field: column,
        ...fieldMessage('csv_unknown_column', { expected: RESULTS_CSV_COLUMNS.join(', ') }),
      });
  }
  for (const required of ['enrolmentId', 'outcome'])
    if (!columns.includes(required))
      problems.push({ line: 1, field: required, ...fieldMessage('csv_missing_column') });
  if (records.length === 0) problems.push({ line: 1, field: null, ...fieldMessage('csv_no_rows') });
  if (records.length > MAX_RESULTS_CSV_ROWS)
    problems.push({
      line: 1,
      field: null,
      ...fieldMessage('csv_too_many_rows', { max: MAX_RESULTS_CSV_ROWS }),
    });
  if (problems.length > 0) return { rows: [], problems };

  const rows: ResultsCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const { info, record } of records) {
    const line = info.lines;
    const enrolmentId = record.enrolmentId ?? '';
    if (enrolmentId === '') problems.push({ line, field: 'enrolmentId', ...fieldMessage('required') });
    else if (seen.has(enrolmentId))
      problems.push({
        line,
        field: 'enrolmentId',
        ...fieldMessage('csv_repeats_line', { line: seen.get(enrolmentId) as number }),
      });
    else seen.set(enrolmentId, line);
    const parsed = resultInputSchema.safeParse({
      outcome: text(record.outcome),
      level: number(record.level),
      rank: number(record.rank),
      award: text(record.award),
      statement: text(record.statement),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          line,
          field: issue.path.length > 0 ? issue.path.join('.') : null,
          ...(issue.path[0] === 'outcome' && (record.outcome ?? '') === ''
            ? fieldMessage('required')
            : fieldMessageOf(issue)),
        });
      continue;
    }
    rows.push({ line, enrolmentId, input: parsed.data });
  }
  return { rows, problems };
}

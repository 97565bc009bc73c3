/**
 * What a report format is: a media type, a file extension, and a function from the one report model
 * to text, given piece by piece so a large report is written out as it is produced (the API streams
 * the pieces; `render` joins them).
 */
import type { CohortReport } from '../cohort-report.types.js';

/** How a rendered report is written for its reader. */
export interface RenderOptions {
  /**
   * The reader's IANA time zone: the dates and times a person reads in the document are written in
   * it, with the offset (`2026-11-30 09:12 UTC+8`). Default UTC. Data formats keep ISO 8601 UTC.
   */
  timeZone?: string | undefined;
}

export interface ReportRenderer {
  /** The Content-Type it is served with. */
  mediaType: string;
  /** The file extension of a download. */
  extension: string;
  /** A word in the file name telling two formats with one extension apart (`cohort-report-students-co_….csv`). */
  fileLabel?: string;
  /**
   * Accept-header wildcards this format answers (e.g. `text/*`), besides its own media type. When
   * two formats share a media type, the Accept header gets the one registered first.
   */
  answersRanges?: readonly string[];
  /** `inline`: a browser shows it (a document); `attachment` (the default): a browser saves it (data). */
  disposition?: 'inline' | 'attachment';
  /** One row per named learner: there is no anonymised form (the anonymised report lists no one). */
  namedOnly?: boolean;
  /**
   * The text in pieces, in order: the parts that grow with the cohort (a row per learner) come a
   * batch of `LEARNERS_PER_PIECE` at a time, so no piece holds the whole report.
   */
  pieces(report: CohortReport, options?: RenderOptions): Iterable<string>;
  /** The whole text (the pieces joined). */
  render(report: CohortReport, options?: RenderOptions): string;
}

/** Learners (rows) per piece of a rendered report. */
export const LEARNERS_PER_PIECE = 200;

/** The pieces joined into one text. */
export function joinPieces(pieces: Iterable<string>): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/** Items in batches of `size` (the last one shorter). */
export function* batches<T>(items: readonly T[], size = LEARNERS_PER_PIECE): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

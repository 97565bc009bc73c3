/** What a report format is: a media type, a file extension, and a function from the one report model to text. */
import type { CohortReport } from '../cohort-report.types.js';

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
  render(report: CohortReport): string;
}

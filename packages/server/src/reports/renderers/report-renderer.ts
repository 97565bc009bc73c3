/** What a report format is: a media type, a file extension, and a function from the one report model to text. */
import type { CohortReport } from '../cohort-report.types.js';

export interface ReportRenderer {
  /** The Content-Type it is served with. */
  mediaType: string;
  /** The file extension of a download. */
  extension: string;
  /** Accept-header wildcards this format answers (e.g. `text/*`), besides its own media type. */
  answersRanges?: readonly string[];
  render(report: CohortReport): string;
}

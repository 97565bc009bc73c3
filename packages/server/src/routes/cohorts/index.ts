export { cohortRoutes } from './cohorts.routes.js';
export {
  negotiateReportFormat,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  type ReportFormat,
} from './report-format.js';

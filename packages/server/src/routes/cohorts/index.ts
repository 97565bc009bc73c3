export { cohortRoutes } from './cohorts.routes.js';
export {
  negotiateReportFormat,
  negotiateReportLang,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  type ReportFormat,
} from './report-format.js';

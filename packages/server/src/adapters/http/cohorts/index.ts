export {
  negotiateReportFormat,
  negotiateReportLang,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  type ReportFormat,
} from '../../../reports/report-format.js';
export { cohortRoutes } from './cohorts.routes.js';

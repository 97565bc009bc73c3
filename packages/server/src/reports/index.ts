export * from './cohort-report.anonymise.js';
export * from './cohort-report.build.js';
export * from './cohort-report.csv.js';
export * from './cohort-report.html.js';
export * from './cohort-report.present.js';
export type * from './cohort-report.types.js';
export * from './report-i18n.js';

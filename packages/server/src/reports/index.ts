export * from './cohort-report.anonymise.js';
export * from './cohort-report.build.js';
export * from './cohort-report.present.js';
export type * from './cohort-report.types.js';
export * from './renderers/index.js';
export * from './report-format.js';
export * from './report-i18n.js';

export * from './showcases.service.js';
export type * from './showcases.table.js';

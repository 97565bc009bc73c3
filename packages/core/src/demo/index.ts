export * from './demo.service.js';
export type * from './demo.table.js';

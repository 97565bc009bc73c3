export * from './messages.service.js';
export type * from './messages.table.js';

export * from './sessions.service.js';
export type * from './sessions.table.js';

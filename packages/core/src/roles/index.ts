export * from './roles.service.js';
export type * from './roles.table.js';
export * from './roles.types.js';

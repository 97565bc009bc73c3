export * from './pool-snapshots.repository.js';
export type * from './pool-snapshots.table.js';

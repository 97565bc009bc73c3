export * from './matcher-index.repository.js';
export type { MatcherIndexRow, MatcherIndexTable } from './matcher-index.table.js';

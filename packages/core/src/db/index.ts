export * from './backup.js';
export type * from './database.js';
export * from './dialect.js';
export * from './migrate.js';
export * from './replication.js';
export * from './transaction.js';

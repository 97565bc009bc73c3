export * from './feed.follower.js';
export * from './feed.service.js';
export type * from './feed.table.js';

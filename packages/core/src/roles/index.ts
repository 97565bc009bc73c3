export * from './role-details.js';
export * from './role-lifecycle.js';
export { publishedRolesStamp } from './roles.repository.js';
export * from './roles.service.js';
export type * from './roles.table.js';
export * from './roles.types.js';

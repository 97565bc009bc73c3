export * from './bundled.js';
export * from './occupation-lookups.js';
export * from './scheme/index.js';
export * from './taxonomy.importer.js';
export * from './taxonomy.schema.js';
export * from './taxonomy.service.js';
export * from './taxonomy.source.js';
export type * from './taxonomy.table.js';
export type * from './taxonomy.types.js';

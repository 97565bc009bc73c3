export * from './evidence.schema.js';
export * from './evidence.service.js';
export type * from './evidence.types.js';
export * from './evidence.view.js';
export * from './evidence.vocabulary.js';

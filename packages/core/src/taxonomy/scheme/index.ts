export * from './cn2022.scheme.js';
export * from './scheme.resolve.js';
export * from './scheme.spec.js';
export * from './taxonomy-scheme.js';

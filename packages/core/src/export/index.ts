export * from './export.service.js';
export * from './export.transparency.js';
export * from './export.types.js';
export * from './export.verify.js';

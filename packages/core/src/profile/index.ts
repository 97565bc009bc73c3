export * from './evidence-weight.js';
export * from './profile.formula.js';
export * from './profile.service.js';

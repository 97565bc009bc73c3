export * from './profile.formula.js';
export * from './profile.service.js';

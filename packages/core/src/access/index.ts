export * from './access.facts.js';
export * from './access.policy.js';

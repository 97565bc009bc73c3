export * from './access.facts.js';
export * from './access.policy.js';
export * from './learning.facts.js';
export * from './learning.policy.js';

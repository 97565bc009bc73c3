export * from './candidate-states.service.js';
export type * from './candidate-states.table.js';

/** @skillbank/core: the domain of Skillbank (taxonomy, evidence, ledger, profiles) and its storage. */
export * from './db/index.js';
export * from './taxonomy/index.js';

/** @skillbank/core: the domain of Skillbank (taxonomy, evidence, ledger, profiles) and its storage. */
export * from './access/index.js';
export * from './accounts/index.js';
export * from './attestation/index.js';
export * from './consent/index.js';
export * from './db/index.js';
export * from './errors.js';
export * from './evidence/index.js';
export * from './export/index.js';
export * from './ids.js';
export * from './ledger/index.js';
export * from './profile/index.js';
export * from './skills/index.js';
export * from './taxonomy/index.js';

export * from './attestation.message.js';
export * from './attestation.repository.js';
export * from './attestation.service.js';
export type * from './attestation.table.js';
export * from './attestation-request.policy.js';
export * from './attestation-request.state.js';
export * from './attestation-requests.service.js';

/** The platform's own issuer key (Ed25519, did:key), kept in a key file outside the database. */
export { loadOrCreatePlatformKey, type PlatformKey } from './platform-key.js';

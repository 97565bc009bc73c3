/** Test helpers shared by the packages' test suites (not part of the runtime API). */

export * from './independent-verifier.js';
export * from './test-databases.js';

/** Test helpers shared by the packages' test suites (not part of the runtime API). */
export * from './test-databases.js';

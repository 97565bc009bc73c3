/** Stored matcher indexes: serialise a built index, restore it, and the id of the matcher that built it. */

export {
  restoreMatcherIndex,
  SnapshotError,
  serializeMatcherIndex,
  warmMatcherIndex,
} from './index-snapshot.js';
export { matcherBuildId } from './matcher-build-id.js';

/**
 * The matcher index a process serves, from storage when it can: restored from the database in tens
 * of milliseconds when an index of the same taxonomy content and matcher build is stored, else
 * built in a worker thread (the event loop keeps serving), stored for every other process and
 * every later start, and restored from those bytes.
 *
 * Stored in the database rather than in a file beside the SQLite file: every process and every
 * machine of a PostgreSQL deployment reads the same one, a taxonomy import and its index live in
 * one place and one backup policy (the table is derived data and left out of backups).
 */
import {
  type Db,
  findStoredMatcherIndex,
  getTaxonomyStamp,
  loadTaxonomy,
  type MatcherIndexKey,
  storeMatcherIndex,
  type TaxonomyInfo,
} from '@skillbank/core';
import {
  buildMatcherIndex,
  type MatcherIndex,
  matcherBuildId,
  restoreMatcherIndex,
  SnapshotError,
  serializeMatcherIndex,
  warmMatcherIndex,
} from '@skillbank/matcher';
import type { Logger } from '../logger.js';
import { startWorker } from '../workers/worker-script.js';
import type { IndexBuildInput } from './index-build.worker.js';

/** When a restored index builds its lazily built parts anyway (after the start-up's own work). */
const WARM_AFTER_MS = 1500;

/** The key of the index for a stored taxonomy as it is now, or null when it is not stored. */
export async function currentIndexKey(db: Db, taxonomyId: string): Promise<MatcherIndexKey | null> {
  const stamp = await getTaxonomyStamp(db, taxonomyId);
  return stamp ? { taxonomyId, contentHash: stamp.contentHash, buildId: matcherBuildId() } : null;
}

/**
 * The stored index for `key`, restored, or null when none is stored (or the stored bytes do not
 * restore: then it is built again). Jieba's dictionaries, the inverted indexes and the title index
 * are built on first use, or a little after start, whichever comes first.
 */
export async function restoreStoredMatcher(
  db: Db,
  taxonomy: TaxonomyInfo,
  key: MatcherIndexKey,
  logger: Logger,
): Promise<MatcherIndex | null> {
  const started = performance.now();
  const bytes = await findStoredMatcherIndex(db, key);
  if (!bytes) return null;
  try {
    const matcher = restoreMatcherIndex(bytes, taxonomy.scheme);
    logger.info('matcher index restored', {
      taxonomy: `${taxonomy.id}@${taxonomy.version}`,
      bytes: bytes.byteLength,
      ms: Math.round(performance.now() - started),
    });
    // Off the start-up path: the first request builds what it needs itself, the rest comes later.
    setTimeout(() => warmMatcherIndex(matcher), WARM_AFTER_MS).unref();
    return matcher;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    logger.error('stored matcher index does not restore: building it again', { error: error.message });
    return null;
  }
}

/**
 * Builds the index of a stored taxonomy in a worker thread (or on this thread with
 * `inWorker: false`), stores it under `key` and returns it.
 */
export async function buildAndStoreMatcher(
  db: Db,
  taxonomy: TaxonomyInfo,
  key: MatcherIndexKey,
  logger: Logger,
  { inWorker = true }: { inWorker?: boolean } = {},
): Promise<MatcherIndex> {
  const started = performance.now();
  let matcher: MatcherIndex;
  let bytes: Uint8Array;
  if (inWorker) {
    bytes = await buildInWorker(await buildInput(db, taxonomy));
    matcher = restoreMatcherIndex(bytes, taxonomy.scheme);
    warmMatcherIndex(matcher);
  } else {
    const data = await loadTaxonomy(db, taxonomy.id);
    if (!data) throw new Error(`taxonomy ${taxonomy.id} is not stored`);
    matcher = buildMatcherIndex(data);
    bytes = serializeMatcherIndex(matcher);
  }
  await storeMatcherIndex(db, key, bytes);
  logger.info('matcher index built and stored', {
    ...matcher.stats,
    buildMs: Math.round(performance.now() - started),
    inWorker,
    bytes: bytes.byteLength,
  });
  return matcher;
}

/**
 * Builds the index of a stored taxonomy in a worker thread and stores it under `key`, without
 * restoring it here: for a process that serves no matching (the cluster primary).
 */
export async function buildAndStoreIndexBytes(
  db: Db,
  taxonomy: TaxonomyInfo,
  key: MatcherIndexKey,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  const bytes = await buildInWorker(await buildInput(db, taxonomy));
  await storeMatcherIndex(db, key, bytes);
  logger.info('matcher index built and stored', {
    taxonomy: `${taxonomy.id}@${taxonomy.version}`,
    buildMs: Math.round(performance.now() - started),
    inWorker: true,
    bytes: bytes.byteLength,
  });
}

async function buildInput(db: Db, taxonomy: TaxonomyInfo): Promise<IndexBuildInput> {
  const data = await loadTaxonomy(db, taxonomy.id);
  if (!data) throw new Error(`taxonomy ${taxonomy.id} is not stored`);
  const { scheme, ...info } = data.info;
  return { data: { ...data, info }, schemeSpec: scheme.spec };
}

/** The stored index of a taxonomy, else a freshly built (and stored) one. */
export async function storedOrBuiltMatcher(
  db: Db,
  taxonomy: TaxonomyInfo,
  logger: Logger,
  options: { inWorker?: boolean } = {},
): Promise<MatcherIndex> {
  const key = await currentIndexKey(db, taxonomy.id);
  if (!key) throw new Error(`taxonomy ${taxonomy.id} is not stored`);
  return (
    (await restoreStoredMatcher(db, taxonomy, key, logger)) ??
    (await buildAndStoreMatcher(db, taxonomy, key, logger, options))
  );
}

function buildInWorker(input: IndexBuildInput): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(new URL('./index-build.worker.js', import.meta.url), { workerData: input });
    let result: Uint8Array | null = null;
    worker.once('message', (bytes: Uint8Array) => {
      result = bytes;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the index build worker exited with code ${code} and no index`));
    });
  });
}

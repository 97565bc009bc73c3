/**
 * Start-up: open the database, prepare it (`prepare.ts`: migrate, import the bundled taxonomy on
 * first start) unless a cluster primary did, restore the matcher index, build the app.
 */
import {
  type DatabaseHandle,
  type Db,
  getTaxonomyInfo,
  type ImportProgress,
  type ImportReport,
  loadOrCreatePlatformKey,
  type MatcherIndexKey,
  openDatabase,
  type TaxonomyInfo,
} from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';
import { createApp } from './app.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import type { Logger } from './logger.js';
import { ServedTaxonomyHolder } from './matching/served-taxonomy.js';
import { buildAndStoreMatcher, currentIndexKey, restoreStoredMatcher } from './matching/stored-index.js';
import { type TaxonomyRefresher, taxonomyRefresher } from './matching/taxonomy-refresh.js';
import { type PreparedDatabase, prepareDatabase } from './prepare.js';
import { withReplica } from './replica/replica-reads.js';

export interface BootOptions {
  logger: Logger;
  onImportProgress?: (progress: ImportProgress) => void;
  /**
   * Whether this process builds a missing matcher index (in a worker thread) or waits for another
   * process to store it (`elsewhere`: cluster workers, whose primary builds it). Default `here`.
   */
  indexBuilds?: 'here' | 'elsewhere';
  /** Called after each taxonomy swap (the cluster primary tells its workers). */
  onSwap?: () => void;
  /** A cluster worker: looks for a changed taxonomy only when its primary says so. */
  followsPrimary?: boolean;
  /**
   * A cluster worker: its primary prepared the database (`prepareDatabase`), so this process only
   * reads what it serves.
   */
  preparedByPrimary?: boolean;
}

export interface Booted {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  handle: DatabaseHandle;
  /** What the first-start import did, or null when the taxonomy was already stored. */
  imported: ImportReport | null;
  /** Keeps the served taxonomy current (poked by requests; `checkNow` on a primary's word). */
  refresher: TaxonomyRefresher;
}

/**
 * The served taxonomy: with its stored matcher index restored (tens of milliseconds), or, when
 * none fits, serving at once while the index is prepared (matching answers 503 "starting" until it
 * is swapped in): built in a worker thread here, or (`elsewhere`: a cluster worker, whose primary
 * builds it) restored as soon as another process has stored it.
 */
async function servedFromStorage(
  db: Db,
  taxonomy: TaxonomyInfo,
  key: MatcherIndexKey,
  logger: Logger,
  indexBuilds: 'here' | 'elsewhere',
): Promise<ServedTaxonomyHolder> {
  const restored = await restoreStoredMatcher(db, taxonomy, key, logger);
  if (restored) return new ServedTaxonomyHolder({ taxonomy, matcher: restored });
  const served = ServedTaxonomyHolder.preparing(taxonomy);
  // A refresh may swap in a newer taxonomy meanwhile: only fill the holder still preparing.
  const fill = (matcher: MatcherIndex) => {
    if (!served.ready) served.swap({ taxonomy, matcher });
  };
  const failed = (error: unknown) =>
    logger.error('matcher index preparation failed', { error: String(error) });
  if (indexBuilds === 'here') {
    logger.info('no stored matcher index: building it in a worker thread, serving meanwhile', {
      taxonomy: `${taxonomy.id}@${taxonomy.version}`,
    });
    buildAndStoreMatcher(db, taxonomy, key, logger).then(fill, failed);
  } else {
    const poll = async (): Promise<void> => {
      if (served.ready) return;
      const matcher = await restoreStoredMatcher(db, taxonomy, key, logger);
      if (matcher) fill(matcher);
      else setTimeout(() => void poll().catch(failed), STORED_INDEX_POLL_MS).unref();
    };
    await poll();
  }
  return served;
}

/** How often a process that leaves the build to another looks for the stored index while preparing. */
const STORED_INDEX_POLL_MS = 250;

/** The taxonomy a cluster primary prepared: stored, with its index key (nothing is written). */
async function preparedElsewhere(
  handle: DatabaseHandle,
  config: Readonly<Config>,
): Promise<PreparedDatabase> {
  const taxonomy = await getTaxonomyInfo(handle.db, config.taxonomyId);
  const key = taxonomy && (await currentIndexKey(handle.db, taxonomy.id));
  if (!taxonomy || !key) throw new Error(`taxonomy ${config.taxonomyId} is not stored`);
  return { taxonomy, key, imported: null };
}

export async function boot(
  config: Readonly<Config>,
  {
    logger,
    onImportProgress,
    indexBuilds = 'here',
    onSwap,
    followsPrimary = false,
    preparedByPrimary = false,
  }: BootOptions,
): Promise<Booted> {
  const handle = openDatabase(config.databaseUrl);
  // Never migrated or written: a streaming replica follows the primary's WAL.
  const replica = config.databaseReplicaUrl ? openDatabase(config.databaseReplicaUrl) : null;
  try {
    const { taxonomy, key, imported } = preparedByPrimary
      ? await preparedElsewhere(handle, config)
      : await prepareDatabase(handle, config, { logger, ...(onImportProgress ? { onImportProgress } : {}) });
    const served = await servedFromStorage(handle.db, taxonomy, key, logger, indexBuilds);
    const platformKey = await loadOrCreatePlatformKey(config.keyFile);
    if (!preparedByPrimary)
      logger.info('platform issuer key', { did: platformKey.did, file: config.keyFile });
    const reads = replica
      ? withReplica(handle.db, replica.db, {
          onFallback: (waitedMs) =>
            logger.info('the replica lags: this read goes to the primary', { waitedMs }),
        })
      : undefined;
    const base = {
      db: handle.db,
      dialect: handle.dialect,
      config,
      logger,
      served,
      platformKey,
      listen: handle.listen,
      ...(reads ? { reads } : {}),
    };
    const refresher = taxonomyRefresher(base, {
      servedContentHash: key.contentHash,
      indexBuilds,
      followsPrimary,
      ...(onSwap ? { onSwap } : {}),
    });
    const deps: AppDeps = { ...base, refresher };
    // One handle for the caller to close: the replica's pool goes with the primary's.
    const both: DatabaseHandle = replica
      ? { ...handle, destroy: () => Promise.all([replica.destroy(), handle.destroy()]).then(() => {}) }
      : handle;
    return { app: createApp(deps), deps, handle: both, imported, refresher };
  } catch (error) {
    await Promise.all([handle.destroy(), replica?.destroy()]);
    throw error;
  }
}

export { importTaxonomyDir, type PreparedDatabase, prepareDatabase } from './prepare.js';

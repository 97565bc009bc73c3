/** Start-up: open the database, migrate, import the bundled taxonomy on first start, build the app. */
import {
  type DatabaseHandle,
  type Db,
  getTaxonomyInfo,
  type ImportProgress,
  type ImportReport,
  importTaxonomy,
  loadOrCreatePlatformKey,
  logUnloggedEntries,
  type MatcherIndexKey,
  migrateToLatest,
  openDatabase,
  readTaxonomySource,
  type TaxonomyInfo,
} from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { loadDemo } from './demo/load-demo.js';
import type { AppDeps } from './deps.js';
import type { Logger } from './logger.js';
import { ServedTaxonomyHolder } from './matching/served-taxonomy.js';
import { buildAndStoreMatcher, currentIndexKey, restoreStoredMatcher } from './matching/stored-index.js';
import { type TaxonomyRefresher, taxonomyRefresher } from './matching/taxonomy-refresh.js';
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

/** Imports a taxonomy folder, throwing with the first problems when it is invalid. */
export async function importTaxonomyDir(
  handle: DatabaseHandle,
  dir: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const source = await readTaxonomySource(dir);
  return importTaxonomy(handle.db, source, onProgress ? { onProgress } : {});
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

export async function boot(
  config: Readonly<Config>,
  { logger, onImportProgress, indexBuilds = 'here', onSwap, followsPrimary = false }: BootOptions,
): Promise<Booted> {
  const handle = openDatabase(config.databaseUrl);
  // Never migrated or written: a streaming replica follows the primary's WAL.
  const replica = config.databaseReplicaUrl ? openDatabase(config.databaseReplicaUrl) : null;
  try {
    await migrateToLatest(handle.db);
    let imported: ImportReport | null = null;
    let taxonomy = await getTaxonomyInfo(handle.db, config.taxonomyId);
    if (!taxonomy) {
      logger.info('taxonomy not stored yet: importing', {
        taxonomy: config.taxonomyId,
        dir: config.taxonomyDir,
      });
      imported = await importTaxonomyDir(handle, config.taxonomyDir, onImportProgress);
      if (imported.status === 'invalid') {
        const first = imported.problems
          .slice(0, 5)
          .map((p) => `${p.file}:${p.line} ${p.field ?? ''} ${p.message}`);
        throw new Error(`taxonomy in ${config.taxonomyDir} is invalid:\n${first.join('\n')}`);
      }
      taxonomy = await getTaxonomyInfo(handle.db, config.taxonomyId);
      if (!taxonomy)
        throw new Error(
          `${config.taxonomyDir} holds taxonomy ${imported.taxonomyId}, not ${config.taxonomyId}`,
        );
    }
    const key = await currentIndexKey(handle.db, taxonomy.id);
    if (!key) throw new Error(`taxonomy ${taxonomy.id} is not stored`);
    const served = await servedFromStorage(handle.db, taxonomy, key, logger, indexBuilds);
    if (config.demo) {
      const demo = await loadDemo(handle.db, { taxonomyId: taxonomy.id });
      logger.info('demo data set', { status: demo.status, personas: demo.personas.length });
    }
    const platformKey = await loadOrCreatePlatformKey(config.keyFile);
    logger.info('platform issuer key', { did: platformKey.did, file: config.keyFile });
    const logged = await logUnloggedEntries(handle.db);
    if (logged > 0) logger.info('transparency log: entries from before the log were added', { logged });
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

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
  migrateToLatest,
  openDatabase,
  readTaxonomySource,
  type TaxonomyInfo,
} from '@skillbank/core';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { loadDemo } from './demo/load-demo.js';
import type { AppDeps } from './deps.js';
import type { Logger } from './logger.js';
import { ServedTaxonomyHolder } from './matching/served-taxonomy.js';
import { buildAndStoreMatcher, currentIndexKey, restoreStoredMatcher } from './matching/stored-index.js';

export interface BootOptions {
  logger: Logger;
  onImportProgress?: (progress: ImportProgress) => void;
}

export interface Booted {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  handle: DatabaseHandle;
  /** What the first-start import did, or null when the taxonomy was already stored. */
  imported: ImportReport | null;
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
 * none fits, serving at once while the index is built in a worker thread (matching answers 503
 * "starting" until it is swapped in).
 */
async function servedFromStorage(
  db: Db,
  taxonomy: TaxonomyInfo,
  logger: Logger,
): Promise<ServedTaxonomyHolder> {
  const key = await currentIndexKey(db, taxonomy.id);
  if (!key) throw new Error(`taxonomy ${taxonomy.id} is not stored`);
  const restored = await restoreStoredMatcher(db, taxonomy, key, logger);
  if (restored) return new ServedTaxonomyHolder({ taxonomy, matcher: restored });
  const served = ServedTaxonomyHolder.preparing(taxonomy);
  logger.info('no stored matcher index: building it in a worker thread, serving meanwhile', {
    taxonomy: `${taxonomy.id}@${taxonomy.version}`,
  });
  buildAndStoreMatcher(db, taxonomy, key, logger).then(
    (matcher) => {
      // A refresh may have swapped in a newer taxonomy meanwhile: only fill the one still preparing.
      if (!served.ready) served.swap({ taxonomy, matcher });
    },
    (error: unknown) => logger.error('matcher index build failed', { error: String(error) }),
  );
  return served;
}

export async function boot(
  config: Readonly<Config>,
  { logger, onImportProgress }: BootOptions,
): Promise<Booted> {
  const handle = openDatabase(config.databaseUrl);
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
    const served = await servedFromStorage(handle.db, taxonomy, logger);
    if (config.demo) {
      const demo = await loadDemo(handle.db, { taxonomyId: taxonomy.id });
      logger.info('demo data set', { status: demo.status, personas: demo.personas.length });
    }
    const platformKey = await loadOrCreatePlatformKey(config.keyFile);
    logger.info('platform issuer key', { did: platformKey.did, file: config.keyFile });
    const logged = await logUnloggedEntries(handle.db);
    if (logged > 0) logger.info('transparency log: entries from before the log were added', { logged });
    const deps: AppDeps = { db: handle.db, dialect: handle.dialect, config, logger, served, platformKey };
    return { app: createApp(deps), deps, handle, imported };
  } catch (error) {
    await handle.destroy();
    throw error;
  }
}

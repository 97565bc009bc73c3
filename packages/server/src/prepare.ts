/**
 * Preparing the database, once per start (a cluster's primary does it for its workers, and loads
 * only this, not the app): migrate, import the bundled taxonomy on first start, demo data, the
 * transparency backfill.
 */
import {
  type DatabaseHandle,
  getTaxonomyInfo,
  type ImportProgress,
  type ImportReport,
  importTaxonomy,
  logUnloggedEntries,
  type MatcherIndexKey,
  migrateToLatest,
  readTaxonomySource,
  type TaxonomyInfo,
} from '@skillbank/core';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { currentIndexKey } from './matching/stored-index.js';

/** Imports a taxonomy folder, throwing with the first problems when it is invalid. */
export async function importTaxonomyDir(
  handle: DatabaseHandle,
  dir: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const source = await readTaxonomySource(dir);
  return importTaxonomy(handle.db, source, onProgress ? { onProgress } : {});
}

/** What preparing the database found or did. */
export interface PreparedDatabase {
  /** The served taxonomy as stored. */
  taxonomy: TaxonomyInfo;
  /** The key its matcher index is stored under. */
  key: MatcherIndexKey;
  /** What the first-start import did, or null when the taxonomy was already stored. */
  imported: ImportReport | null;
}

/**
 * Makes the database ready to serve, once per start (a cluster's primary does it for its
 * workers): migrate, import the taxonomy on first start, load the demo data when asked, and add
 * ledger entries from before the transparency log to it. The matcher index is not touched.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  config: Readonly<Config>,
  { logger, onImportProgress }: { logger: Logger; onImportProgress?: (progress: ImportProgress) => void },
): Promise<PreparedDatabase> {
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
  if (config.demo) {
    // Loaded only when asked for (a start without demo data does not read its catalogue).
    const { loadDemo } = await import('./demo/load-demo.js');
    const demo = await loadDemo(handle.db, { taxonomyId: taxonomy.id });
    logger.info('demo data set', { status: demo.status, personas: demo.personas.length });
  }
  const logged = await logUnloggedEntries(handle.db);
  if (logged > 0) logger.info('transparency log: entries from before the log were added', { logged });
  return { taxonomy, key, imported };
}

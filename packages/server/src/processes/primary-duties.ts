/**
 * What a cluster primary does besides forking (loaded after the fork, while the workers start):
 * prepare the database for them, keep the stored matcher index of the served taxonomy (built in a
 * worker thread when missing, never loaded here: the primary serves no matching), follow the
 * change feed for taxonomy changes, sequence the transparency log, and pre-assess recently reported
 * cohort learners after the day changes (`reports/preassess.ts`).
 */
import {
  type DatabaseHandle,
  type Db,
  feedPosition,
  followFeed,
  getTaxonomyInfo,
  getTaxonomyStamp,
  hasStoredMatcherIndex,
  loadOrCreatePlatformKey,
  type MatcherIndexKey,
  openDatabase,
  sequencePending,
  type TaxonomyInfo,
} from '@skillbank/core';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { buildAndStoreIndexBytes, currentIndexKey } from '../matching/stored-index.js';
import { prepareDatabase } from '../prepare.js';
import { startConfiguredPreassessor } from '../reports/preassess.js';

export { bootFailureReporter, shownDatabase, sqliteWriteProblem } from '../adapters/cli/serve-problems.js';
export { loadConfig } from '../config.js';

export interface PrimaryDuties {
  /** Stops following the feed and sequencing (before the workers are stopped). */
  stop(): Promise<void>;
  /** Waits for an index build in progress, then closes the database. */
  close(): Promise<void>;
}

export interface PrimaryDutiesOptions {
  /** Called once the index of a changed taxonomy is stored: the workers swap to it. */
  onIndexChanged: () => void;
}

/** Prepares the database and starts the primary's duties; rejects when the database cannot be prepared. */
export async function startPrimaryDuties(
  config: Readonly<Config>,
  logger: Logger,
  { onIndexChanged }: PrimaryDutiesOptions,
): Promise<PrimaryDuties> {
  const handle: DatabaseHandle = openDatabase(config.databaseUrl);
  let keeper: IndexKeeper;
  try {
    const { taxonomy, key } = await prepareDatabase(handle, config, { logger });
    const platformKey = await loadOrCreatePlatformKey(config.keyFile);
    logger.info('platform issuer key', { did: platformKey.did, file: config.keyFile });
    keeper = storedIndexKeeper(handle.db, logger, taxonomy, key, onIndexChanged);
  } catch (error) {
    await handle.destroy();
    throw error;
  }

  // The primary follows the change feed (it has no requests to poke it): a taxonomy import writes
  // a feed event; on one for the served taxonomy (or a reset: a restored database) it checks the
  // stored taxonomy, builds and stores the new index when missing, then tells every worker to swap.
  const feed = followFeed(handle.db, {
    since: await feedPosition(handle.db),
    onChanges: async (changes) => {
      if (
        changes.reset ||
        changes.events.some((e) => e.kind === 'taxonomy' && e.taxonomyId === config.taxonomyId)
      )
        await keeper.check();
    },
    intervalMs: Math.max(1, config.taxonomyRefreshSeconds) * 1000,
    onError: (error) => logger.error('following the change feed failed', { error: String(error) }),
  });
  // An import between the preparation and the feed position above is in no batch: check once.
  void keeper.check();
  const sequencer = setInterval(() => {
    sequencePending(handle.db).catch((error) =>
      logger.error('transparency log sequencing failed', { error: String(error) }),
    );
  }, 2000);
  sequencer.unref();
  // The cluster's one pre-assessor (its workers run none): report threads from the stored index.
  const preassessor = startConfiguredPreassessor(handle.db, config, logger);

  return {
    stop: async () => {
      clearInterval(sequencer);
      await preassessor?.stop();
      await feed.stop();
    },
    close: async () => {
      await keeper.idle();
      await handle.destroy();
    },
  };
}

interface IndexKeeper {
  /** Looks at the stored taxonomy; when it changed, stores its index (if missing) and calls `onChanged`. */
  check(): Promise<void>;
  /** Settles when no check or build is running. */
  idle(): Promise<void>;
}

/**
 * Keeps a stored matcher index for the served taxonomy as it is stored now: builds the first one
 * when missing (the workers restore it once stored) and, on each check that finds the taxonomy
 * changed, the new one, then says so. One check or build at a time.
 */
function storedIndexKeeper(
  db: Db,
  logger: Logger,
  taxonomy: TaxonomyInfo,
  key: MatcherIndexKey,
  onChanged: () => void,
): IndexKeeper {
  let known = { version: taxonomy.version, contentHash: key.contentHash };
  let running: Promise<void> = Promise.resolve();
  const serially = (work: () => Promise<void>): Promise<void> => {
    const run = running
      .then(work)
      .catch((error: unknown) => logger.error('matcher index preparation failed', { error: String(error) }));
    running = run;
    return run;
  };
  const ensureStored = async (info: TaxonomyInfo, indexKey: MatcherIndexKey, first: boolean) => {
    if (await hasStoredMatcherIndex(db, indexKey)) return;
    if (first)
      logger.info('no stored matcher index: building it in a worker thread, serving meanwhile', {
        taxonomy: `${info.id}@${info.version}`,
      });
    await buildAndStoreIndexBytes(db, info, indexKey, logger);
  };
  void serially(() => ensureStored(taxonomy, key, true));

  return {
    check: () =>
      serially(async () => {
        const stamp = await getTaxonomyStamp(db, taxonomy.id);
        if (!stamp || (stamp.contentHash === known.contentHash && stamp.version === known.version)) return;
        const next = await getTaxonomyInfo(db, taxonomy.id);
        const nextKey = await currentIndexKey(db, taxonomy.id);
        if (!next || !nextKey) return;
        await ensureStored(next, nextKey, false);
        known = { version: next.version, contentHash: nextKey.contentHash };
        logger.info('taxonomy changed: matcher index stored, the workers swap to it', {
          taxonomy: next.id,
          version: next.version,
        });
        onChanged();
      }),
    idle: async () => {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
  };
}

/**
 * Keeps the served taxonomy and the matcher index in step with storage: when the taxonomy is
 * re-imported with changed content (by `skillbank import`, possibly from another process), a
 * request after the check interval (or `checkNow`, which the cluster primary triggers in every
 * worker at once) starts a refresh in the background: the stored index of the new content is
 * restored, or built in a worker thread and stored, then swapped into the holder. Requests never
 * wait for it: they go on with the index they have. A process that leaves building to another
 * (`indexBuilds: 'elsewhere'`, a cluster worker) only restores, so every worker swaps to the same
 * stored index.
 */
import { getTaxonomyInfo, getTaxonomyStamp } from '@skillbank/core';
import type { MiddlewareHandler } from 'hono';
import type { UseCaseDeps } from '../use-cases/use-case.js';
import { buildAndStoreMatcher, currentIndexKey, restoreStoredMatcher } from './stored-index.js';

export interface TaxonomyRefresher {
  /** Starts a check (and a refresh when the taxonomy changed) unless one is running or was just done. */
  poke(): void;
  /** Starts a check now, whatever the interval (once the running one, if any, is done). */
  checkNow(): Promise<void>;
  /** Settles when no check or rebuild is running (tests and shutdown wait on it). */
  idle(): Promise<void>;
  /** The middleware that pokes on each request and never waits. */
  middleware: MiddlewareHandler;
}

export interface RefresherOptions {
  now?: () => number;
  /** The content hash the served index was made from, when known (boot knows it). */
  servedContentHash?: string | null;
  /** Whether this process builds a missing index (`here`) or waits for another to store it. */
  indexBuilds?: 'here' | 'elsewhere';
  /** Called after each swap (the cluster primary tells its workers). */
  onSwap?: () => void;
  /**
   * A cluster worker: checks only when its primary says so (`checkNow`), never on its own, so
   * that every worker of the primary swaps at the same moment.
   */
  followsPrimary?: boolean;
}

export function taxonomyRefresher(
  deps: Pick<UseCaseDeps, 'db' | 'config' | 'logger' | 'served'>,
  {
    now = () => Date.now(),
    servedContentHash = null,
    indexBuilds = 'here',
    onSwap,
    followsPrimary = false,
  }: RefresherOptions = {},
): TaxonomyRefresher {
  let knownHash: string | null = servedContentHash;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;

  async function refresh(): Promise<void> {
    const { taxonomy } = deps.served.current;
    const stamp = await getTaxonomyStamp(deps.db, taxonomy.id);
    if (!stamp) return; // The taxonomy was removed: keep serving what we have rather than fail.
    if (knownHash === null) {
      // First look after start: the index was built from what is stored unless the version moved.
      knownHash = stamp.contentHash;
      if (stamp.version === taxonomy.version) return;
    }
    if (stamp.contentHash === knownHash && stamp.version === taxonomy.version) return;
    const next = await getTaxonomyInfo(deps.db, taxonomy.id);
    const key = await currentIndexKey(deps.db, taxonomy.id);
    if (!next || !key) return;
    let matcher = await restoreStoredMatcher(deps.db, next, key, deps.logger);
    if (!matcher) {
      if (indexBuilds === 'elsewhere') return; // Another process builds it; the next check restores it.
      matcher = await buildAndStoreMatcher(deps.db, next, key, deps.logger);
    }
    deps.served.swap({ taxonomy: next, matcher });
    knownHash = key.contentHash;
    deps.logger.info('taxonomy changed: matcher index swapped', {
      taxonomy: next.id,
      version: next.version,
    });
    onSwap?.();
  }

  function start(): Promise<void> {
    checkedAt = now();
    const run = refresh()
      .catch((error: unknown) => deps.logger.error('taxonomy refresh failed', { error: String(error) }))
      .finally(() => {
        if (running === run) running = null;
      });
    running = run;
    return run;
  }

  function poke(): void {
    if (followsPrimary || running || now() - checkedAt < deps.config.taxonomyRefreshSeconds * 1000) return;
    void start();
  }

  return {
    poke,
    checkNow: async () => {
      while (running) await running;
      await start();
    },
    idle: async () => {
      while (running) await running;
    },
    middleware: async (_c, next) => {
      poke();
      await next();
    },
  };
}

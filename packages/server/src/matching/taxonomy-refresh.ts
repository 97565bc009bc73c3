/**
 * Keeps the served taxonomy and the matcher index in step with storage: when the taxonomy is
 * re-imported with changed content (by `skillbank import`, possibly from another process), a
 * request after the check interval starts a rebuild in the background; the new index is swapped
 * into the holder once built. Requests never wait for it: they go on with the index they have.
 */
import { getTaxonomyStamp } from '@skillbank/core';
import type { MiddlewareHandler } from 'hono';
import type { UseCaseDeps } from '../use-cases/use-case.js';
import { loadServedTaxonomy } from './served-taxonomy.js';

export interface TaxonomyRefresher {
  /** Starts a check (and a rebuild when the taxonomy changed) unless one is running or was just done. */
  poke(): void;
  /** Settles when no check or rebuild is running (tests and shutdown wait on it). */
  idle(): Promise<void>;
  /** The middleware that pokes on each request and never waits. */
  middleware: MiddlewareHandler;
}

export function taxonomyRefresher(
  deps: Pick<UseCaseDeps, 'db' | 'config' | 'logger' | 'served'>,
  { now = () => Date.now() }: { now?: () => number } = {},
): TaxonomyRefresher {
  let knownHash: string | null = null;
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
    const next = await loadServedTaxonomy(deps.db, taxonomy.id, deps.logger);
    if (!next) return;
    deps.served.swap(next);
    knownHash = stamp.contentHash;
    deps.logger.info('taxonomy changed: matcher index rebuilt', {
      taxonomy: next.taxonomy.id,
      version: next.taxonomy.version,
    });
  }

  function poke(): void {
    if (running || now() - checkedAt < deps.config.taxonomyRefreshSeconds * 1000) return;
    checkedAt = now();
    running = refresh()
      .catch((error: unknown) => deps.logger.error('taxonomy refresh failed', { error: String(error) }))
      .finally(() => {
        running = null;
      });
  }

  return {
    poke,
    idle: async () => {
      while (running) await running;
    },
    middleware: async (_c, next) => {
      poke();
      await next();
    },
  };
}

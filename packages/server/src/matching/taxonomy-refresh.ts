/**
 * Keeps the served taxonomy and the matcher index in step with storage: when the taxonomy is
 * re-imported with changed content (by `skillbank import`, possibly from another process), the next
 * request after the check interval rebuilds the index and swaps it in, without a restart.
 */
import { getTaxonomyInfo, getTaxonomyStamp } from '@skillbank/core';
import type { MiddlewareHandler } from 'hono';
import { buildTaxonomyMatcher } from '../boot.js';
import type { AppDeps } from '../deps.js';

export function taxonomyRefresh(
  deps: AppDeps,
  { now = () => Date.now() }: { now?: () => number } = {},
): MiddlewareHandler {
  let knownHash: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;

  async function refresh(): Promise<void> {
    const stamp = await getTaxonomyStamp(deps.db, deps.taxonomy.id);
    if (!stamp) return; // The taxonomy was removed: keep serving what we have rather than fail.
    if (knownHash === null) {
      // First look after start: the index was built from what is stored unless the version moved.
      knownHash = stamp.contentHash;
      if (stamp.version === deps.taxonomy.version) return;
    }
    if (stamp.contentHash === knownHash && stamp.version === deps.taxonomy.version) return;
    const info = await getTaxonomyInfo(deps.db, deps.taxonomy.id);
    const matcher = await buildTaxonomyMatcher(deps, deps.taxonomy.id, deps.logger);
    if (!info) return;
    deps.matcher = matcher;
    deps.taxonomy = info;
    knownHash = stamp.contentHash;
    deps.logger.info('taxonomy changed: matcher index rebuilt', { taxonomy: info.id, version: info.version });
  }

  return async (_c, next) => {
    if (now() - checkedAt >= deps.config.taxonomyRefreshSeconds * 1000) {
      checkedAt = now();
      // One refresh at a time; requests arriving meanwhile wait for it and then see the new index.
      running ??= refresh()
        .catch((error: unknown) => deps.logger.error('taxonomy refresh failed', { error: String(error) }))
        .finally(() => {
          running = null;
        });
    }
    if (running) await running;
    await next();
  };
}

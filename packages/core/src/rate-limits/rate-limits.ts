/**
 * Rate limits counted in the database, so they hold across every server process on one database:
 * a fixed window per bucket (an action and who does it), incremented in one atomic upsert.
 */
import type { Db } from '../db/database.js';

export interface RateLimit {
  /** Most hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  hits: number;
  limit: number;
  /** Seconds until the window ends (what `Retry-After` says). */
  retryAfterSeconds: number;
}

/**
 * Counts one hit on a bucket and says whether it is within the limit.
 * @example await hitRateLimit(db, 'sign-up:203.0.113.9', { limit: 20, windowSeconds: 3600 })
 */
export async function hitRateLimit(
  db: Db,
  bucket: string,
  { limit, windowSeconds }: RateLimit,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<RateLimitDecision> {
  const at = now().getTime();
  const windowMs = windowSeconds * 1000;
  const windowStart = Math.floor(at / windowMs) * windowMs;
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limits.hits', '+', 1) })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  const hits = Number(row.hits);
  // Old windows are dead weight: drop this bucket's earlier ones now and then.
  if (hits === 1)
    await db
      .deleteFrom('rate_limits')
      .where('bucket', '=', bucket)
      .where('window_start', '<', windowStart)
      .execute();
  return {
    allowed: hits <= limit,
    hits,
    limit,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000)),
  };
}

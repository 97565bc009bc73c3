/**
 * Rate limits on what invites guessing or flooding: sign-up and sign-in per client address,
 * cohort joins (code guessing) per account. Counted in the database (core `hitRateLimit`), so
 * they hold across several server processes on one PostgreSQL. `SKILLBANK_RATE_LIMITS=off`
 * turns them off (load tests).
 */
import { createHash } from 'node:crypto';
import { hitRateLimit, type RateLimit } from '@skillbank/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { clientAddress } from './forwarded.js';
import { HttpError } from './problem.js';
import { SESSION_COOKIE } from './session.js';

export const RATE_LIMITS = {
  'sign-up': { limit: 20, windowSeconds: 3600 },
  'sign-in': { limit: 30, windowSeconds: 900 },
  'cohort-join': { limit: 20, windowSeconds: 3600 },
  'key-regeneration': { limit: 5, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** Who a hit is counted against: the client address. */
export const byAddress = (c: Context<AppEnv>) => `ip:${clientAddress(c, c.var.deps.config.trustProxy)}`;

/** Who a hit is counted against: the credential presented (bearer token or session), else the address. */
export function byCredential(c: Context<AppEnv>): string {
  const bearer = c.req.header('authorization');
  const session = c.req.header('cookie')?.match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`))?.[1];
  const secret = bearer ?? session;
  if (!secret) return byAddress(c);
  return `cred:${createHash('sha256').update(secret).digest('base64url').slice(0, 22)}`;
}

/** Counts a POST against `action`'s limit; over it, a 429 problem with `Retry-After`. */
export function rateLimited(
  action: RateLimitedAction,
  who: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { config, db } = c.var.deps;
    if (!config.rateLimits || c.req.method !== 'POST') return next();
    const decision = await hitRateLimit(db, `${action}:${who(c)}`, RATE_LIMITS[action]);
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      throw new HttpError(
        429,
        'too_many_requests',
        `too many ${action} attempts: at most ${decision.limit} per ${RATE_LIMITS[action].windowSeconds / 60} minutes; try again in ${decision.retryAfterSeconds} s`,
      );
    }
    return next();
  };
}

/**
 * Bearer-token authentication. `authenticate` is the one function that turns a presented token
 * into an account — the API's `Authorization: Bearer` header uses it here, and web sessions can
 * reuse it with the token they hold.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Account, ADMIN_ACCOUNT, type Db, findAccountByToken } from '@skillbank/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../../config.js';
import type { AppEnv } from './env.js';
import { HttpError } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The account a token belongs to, or `null`. The configured admin token is compared in constant
 * time; account tokens are looked up by their SHA-256 hash (the only form stored).
 */
export async function authenticate(
  db: Db,
  config: Pick<Config, 'adminToken'>,
  token: string,
): Promise<Account | null> {
  if (token.length === 0 || token.length > 200) return null;
  if (config.adminToken !== null && timingSafeEqual(digest(token), digest(config.adminToken))) {
    return ADMIN_ACCOUNT;
  }
  return findAccountByToken(db, token);
}

/** The token of an `Authorization: Bearer <token>` header, or `null`. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export interface Caller {
  account: Account;
  /** The token the caller presented: attesters need it to open their signing key. */
  token: string;
}

/** The authenticated caller of a request; 401 (with a `WWW-Authenticate` challenge) without a valid token. */
export async function requireCaller(c: Context<AppEnv>): Promise<Caller> {
  const { db, config } = c.var.deps;
  const token = bearerToken(c.req.header('authorization'));
  const account = token ? await authenticate(db, config, token) : null;
  if (!token || !account) {
    c.header('WWW-Authenticate', 'Bearer realm="skillbank"');
    throw new HttpError(
      401,
      'unauthorized',
      token ? 'the token is not valid' : 'send an Authorization: Bearer <token> header',
    );
  }
  return { account, token };
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by `requireAuth` on routes that need a token. */
    caller: Caller;
  }
}

/**
 * Route middleware (`createRoute({ middleware: requireAuth })`): authenticates before the request
 * is validated, so a caller without a token learns nothing about the route's rules.
 */
export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('caller', await requireCaller(c));
  await next();
};

/** The caller `requireAuth` authenticated. */
export function callerOf(c: Context): Caller {
  const caller = c.get('caller');
  if (!caller) throw new Error('callerOf() on a route without requireAuth');
  return caller;
}

/** The OpenAPI security requirement of routes that need a token. */
export const bearerSecurity = [{ bearerAuth: [] }];

/** Registers the bearer scheme on a router's OpenAPI registry (merged into the app's document). */
export function registerBearerScheme(router: OpenAPIHono<AppEnv>): void {
  router.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token returned once by POST /api/accounts.',
  });
}

/** What a route that needs a token spreads into `createRoute`: the middleware and the security requirement. */
export const authenticated = { middleware: requireAuth, security: bearerSecurity } as const;

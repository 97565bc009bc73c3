/**
 * Web sessions and CSRF protection for the pages. Signing in checks the access key with
 * `authenticate` (the same function the API's bearer header uses), then opens a core web session
 * whose secret lives only in an HttpOnly, SameSite=Lax cookie (Secure over https). Every request
 * re-authenticates the key the session holds, so a key that stops working ends the session too.
 *
 * CSRF: every form carries a token derived from the cookie secret (the session's, or before
 * sign-in an anonymous cookie's); every POST must send it back and must come from this origin
 * (Origin / Sec-Fetch-Site, checked by hono/csrf).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type Account,
  closeWebSession,
  type KeyReveal,
  openWebSession,
  resumeWebSession,
  setWebSessionReveal,
} from '@skillbank/core';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { authenticate } from './auth.js';
import type { AppEnv } from './env.js';

export const SESSION_COOKIE = 'sb_session';
export const ANON_COOKIE = 'sb_anon';
/** The hidden form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';

export interface PageSession {
  account: Account;
  /** The access key the session holds: attesters need it to sign. */
  token: string;
  secret: string;
  /** A key (and recovery code) just made, shown again on refresh for a few minutes; else null. */
  reveal: KeyReveal | null;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The signed-in session of a page request, once `currentSession` looked it up. */
    pageSession: PageSession | null;
    anonSecret: string;
  }
}

const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

function cookieOptions(c: Context, maxAge: number) {
  return { path: '/', httpOnly: true, sameSite: 'Lax' as const, secure: isHttps(c), maxAge };
}

/** The signed-in session of the request, or `null` (looked up once per request). */
export async function currentSession(c: Context<AppEnv>): Promise<PageSession | null> {
  const cached = c.get('pageSession');
  if (cached !== undefined) return cached;
  const secret = getCookie(c, SESSION_COOKIE);
  let session: PageSession | null = null;
  if (secret) {
    const { db, config } = c.var.deps;
    const held = await resumeWebSession(db, secret);
    const account = held ? await authenticate(db, config, held.token) : null;
    if (held && account && account.id === held.accountId) {
      session = { account, token: held.token, secret, reveal: held.reveal };
    }
  }
  c.set('pageSession', session);
  return session;
}

/**
 * Signs in with an access key: `null` when the key opens no account; otherwise opens a session
 * and sets its cookie.
 */
export async function signIn(c: Context<AppEnv>, token: string): Promise<Account | null> {
  const { db, config } = c.var.deps;
  const account = await authenticate(db, config, token.trim());
  if (!account) return null;
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await closeWebSession(db, old);
  const { secret, expiresAt } = await openWebSession(db, { accountId: account.id, token: token.trim() });
  const maxAge = Math.floor((Date.parse(expiresAt) - Date.now()) / 1000);
  setCookie(c, SESSION_COOKIE, secret, cookieOptions(c, maxAge));
  c.set('pageSession', { account, token: token.trim(), secret, reveal: null });
  return account;
}

/**
 * Keeps a just-made access key (and recovery code) with the signed-in session for a few minutes,
 * so the page that shows it can be refreshed; the key page reads it back from `PageSession.reveal`.
 */
export async function keepReveal(
  c: Context<AppEnv>,
  reveal: { token: string; recoveryCode: string | null },
): Promise<void> {
  const session = await currentSession(c);
  if (!session) throw new Error('keepReveal needs a signed-in session');
  await setWebSessionReveal(c.var.deps.db, session.secret, reveal);
}

/** Ends the session: the stored row goes, and the cookie with it. */
export async function signOut(c: Context<AppEnv>): Promise<void> {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await closeWebSession(c.var.deps.db, secret);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
  c.set('pageSession', null);
}

const derive = (secret: string) =>
  createHash('sha256').update(`skillbank csrf v1:${secret}`).digest('base64url');

function anonSecret(c: Context<AppEnv>, create: boolean): string | null {
  const set = c.get('anonSecret');
  if (set) return set;
  const existing = getCookie(c, ANON_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{32,64}$/.test(existing)) return existing;
  if (!create) return null;
  const secret = randomBytes(32).toString('base64url');
  setCookie(c, ANON_COOKIE, secret, cookieOptions(c, 24 * 3600));
  c.set('anonSecret', secret);
  return secret;
}

/** The CSRF token for forms on this page (sets the anonymous cookie when there is none yet). */
export async function csrfToken(c: Context<AppEnv>): Promise<string> {
  const session = await currentSession(c);
  return derive(session ? session.secret : (anonSecret(c, true) as string));
}

async function tokenMatches(c: Context<AppEnv>, sent: string): Promise<boolean> {
  const session = await currentSession(c);
  const secret = session ? session.secret : anonSecret(c, false);
  if (!secret) return false;
  const expected = Buffer.from(derive(secret));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const sameOrigin = csrf();

/**
 * Guards every state-changing page request: it must come from this origin and carry the form's
 * CSRF token. Otherwise `onReject` answers (a 403 page).
 */
export function pageCsrfGuard(
  onReject: (c: Context<AppEnv>) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.path.startsWith('/api/')) return next();
    try {
      await sameOrigin(c, async () => {});
    } catch {
      return onReject(c);
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const sent = form[CSRF_FIELD];
    if (typeof sent !== 'string' || !(await tokenMatches(c, sent))) return onReject(c);
    return next();
  };
}

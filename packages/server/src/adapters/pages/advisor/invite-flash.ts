/**
 * The invitation code just made, carried across the POST-redirect-GET of "create a code" once.
 *
 * Codes are stored hashed, so the page after the redirect cannot read the code back from the
 * database. The POST puts it in a short-lived HttpOnly cookie scoped to the cohort's page, sealed
 * (AES-256-GCM) under a key derived from the browser's own session secret and bound to the cohort
 * and the account: the cookie alone opens nothing, nothing is kept on the server, and the cohort
 * page reads it once and clears it (a reload shows no code and makes none).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { PageSession } from '../../http/session.js';

export const INVITE_FLASH_COOKIE = 'sb_invite';
/** Long enough for the redirect to be followed, short enough not to linger. */
const FLASH_MAX_AGE_S = 120;

export interface InviteFlash {
  code: string;
  expiresAt: string;
}

const keyOf = (session: PageSession) =>
  Buffer.from(hkdfSync('sha256', session.secret, 'skillbank-invite-flash', 'skillbank invite flash v1', 32));
const contextOf = (session: PageSession, cohortId: string) => `${session.account.id}:${cohortId}`;
const pathOf = (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}`;
const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

export function setInviteFlash(c: Context, session: PageSession, cohortId: string, flash: InviteFlash): void {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(session), iv);
  cipher.setAAD(Buffer.from(contextOf(session, cohortId)));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(flash), 'utf8'), cipher.final()]);
  const value = [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
  setCookie(c, INVITE_FLASH_COOKIE, value, {
    path: pathOf(cohortId),
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    maxAge: FLASH_MAX_AGE_S,
  });
}

/** The code the last POST made for this cohort, once (the cookie is cleared); else `null`. */
export function takeInviteFlash(c: Context, session: PageSession, cohortId: string): InviteFlash | null {
  const value = getCookie(c, INVITE_FLASH_COOKIE);
  if (value === undefined) return null;
  deleteCookie(c, INVITE_FLASH_COOKIE, { path: pathOf(cohortId), secure: isHttps(c) });
  const [iv, tag, sealed] = value.split('.').map((s) => Buffer.from(s, 'base64url'));
  if (!iv || !tag || !sealed || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(session), iv);
    decipher.setAAD(Buffer.from(contextOf(session, cohortId)));
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    const parsed = JSON.parse(text) as Partial<InviteFlash>;
    return typeof parsed.code === 'string' && typeof parsed.expiresAt === 'string'
      ? { code: parsed.code, expiresAt: parsed.expiresAt }
      : null;
  } catch {
    return null;
  }
}

/**
 * Web sign-in sessions. The browser holds a random 256-bit secret in an HttpOnly cookie; the
 * database holds only its SHA-256 and the account's access key sealed (AES-256-GCM) under a key
 * derived from that secret. So the server can act for the account (attesters need their key to
 * sign) only while the browser presents the cookie, and a copy of the database opens no session
 * and reveals no access key. Signing out deletes the row: the cookie then opens nothing.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { sha256Hex } from '../ledger/canonical.js';
import {
  deleteExpiredWebSessionRows,
  deleteWebSessionRow,
  findWebSessionRow,
  insertWebSessionRow,
  updateWebSessionReveal,
} from './sessions.repository.js';

/** How long a session lasts after sign-in. */
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
const SEAL_INFO = 'skillbank web session v1';

function sealKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'skillbank-session', SEAL_INFO, 32));
}

function seal(secret: string, idHash: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  cipher.setAAD(Buffer.from(idHash));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

function unseal(secret: string, idHash: string, text: string): string | null {
  const [version, iv, tag, sealed] = text.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(idHash));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

/** The stored id of a session secret. */
export const sessionIdHash = (secret: string) => sha256Hex(`session:${secret}`);

/**
 * Opens a session for an account whose access key was just checked; returns the secret for the
 * cookie (shown to nobody else). Also clears expired sessions.
 */
export async function openWebSession(
  db: Db,
  { accountId, token }: { accountId: string; token: string },
  { now = () => new Date(), ttlMs = SESSION_TTL_MS }: { now?: () => Date; ttlMs?: number } = {},
): Promise<{ secret: string; expiresAt: string }> {
  const secret = randomBytes(32).toString('base64url');
  const idHash = sessionIdHash(secret);
  const at = now();
  const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
  await deleteExpiredWebSessionRows(db, at.toISOString());
  await insertWebSessionRow(db, {
    id_hash: idHash,
    account_id: accountId,
    token_sealed: seal(secret, idHash, token),
    created_at: at.toISOString(),
    expires_at: expiresAt,
  });
  return { secret, expiresAt };
}

/** What a session shows again on refresh right after a new key was made. */
export interface KeyReveal {
  token: string;
  /** Present when a recovery code was made at the same time (sign-up, recovery, a new code). */
  recoveryCode: string | null;
  /** When it stops being shown. */
  until: string;
}

/** How long a new key stays visible on its page (refresh, back button) after it was made. */
export const REVEAL_TTL_MS = 15 * 60 * 1000;

/**
 * Keeps a new access key (and recovery code) with the session for a few minutes, sealed under the
 * session secret like the token, so its page survives a refresh; `null` clears it.
 */
export async function setWebSessionReveal(
  db: Db,
  secret: string,
  reveal: { token: string; recoveryCode: string | null } | null,
  { now = () => new Date(), ttlMs = REVEAL_TTL_MS }: { now?: () => Date; ttlMs?: number } = {},
): Promise<void> {
  const idHash = sessionIdHash(secret);
  await updateWebSessionReveal(
    db,
    idHash,
    reveal
      ? {
          reveal_sealed: seal(secret, idHash, JSON.stringify(reveal)),
          reveal_until: new Date(now().getTime() + ttlMs).toISOString(),
        }
      : { reveal_sealed: null, reveal_until: null },
  );
}

/** The account id and access key a live session holds, or `null` (unknown, expired or damaged). */
export async function resumeWebSession(
  db: Db,
  secret: string,
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<{ accountId: string; token: string; expiresAt: string; reveal: KeyReveal | null } | null> {
  if (secret.length < 20 || secret.length > 100) return null;
  const idHash = sessionIdHash(secret);
  const row = await findWebSessionRow(db, idHash);
  const at = now().toISOString();
  if (!row || row.expires_at <= at) return null;
  const token = unseal(secret, idHash, row.token_sealed);
  if (token === null) return null;
  let reveal: KeyReveal | null = null;
  if (row.reveal_sealed && row.reveal_until && row.reveal_until > at) {
    const opened = unseal(secret, idHash, row.reveal_sealed);
    const parsed = opened ? (JSON.parse(opened) as { token: string; recoveryCode: string | null }) : null;
    if (parsed) reveal = { token: parsed.token, recoveryCode: parsed.recoveryCode, until: row.reveal_until };
  }
  return { accountId: row.account_id, token, expiresAt: row.expires_at, reveal };
}

/** Ends a session (signing out); a no-op for an unknown secret. */
export async function closeWebSession(db: Db, secret: string): Promise<void> {
  await deleteWebSessionRow(db, sessionIdHash(secret));
}

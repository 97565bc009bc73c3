/**
 * Web sign-in sessions. The browser holds a random 256-bit secret in an HttpOnly cookie; the
 * database holds only its SHA-256 and the account's access key sealed (AES-256-GCM) under a key
 * derived from that secret. So the server can act for the account (attesters need their key to
 * sign) only while the browser presents the cookie, and a copy of the database opens no session
 * and reveals no access key. Signing out deletes the row: the cookie then opens nothing.
 */

import { randomBytes } from 'node:crypto';
import { deriveSealKey, seal, unseal } from '../crypto/seal.js';
import type { Db } from '../db/database.js';
import { sha256Hex } from '../ledger/canonical.js';
import { type Clock, systemNow } from '../time/clock.js';
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

const sealKey = (secret: string) => deriveSealKey(secret, 'skillbank-session', SEAL_INFO);

/** The access key sealed under the cookie secret, bound to the session's id. */
const sealToken = (secret: string, idHash: string, token: string) => seal(sealKey(secret), token, idHash);

function unsealToken(secret: string, idHash: string, text: string): string | null {
  return unseal(sealKey(secret), text, idHash)?.toString('utf8') ?? null;
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
  { now = systemNow, ttlMs = SESSION_TTL_MS }: Clock & { ttlMs?: number } = {},
): Promise<{ secret: string; expiresAt: string }> {
  const secret = randomBytes(32).toString('base64url');
  const idHash = sessionIdHash(secret);
  const at = now();
  const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
  await deleteExpiredWebSessionRows(db, at.toISOString());
  await insertWebSessionRow(db, {
    id_hash: idHash,
    account_id: accountId,
    token_sealed: sealToken(secret, idHash, token),
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
  { now = systemNow, ttlMs = REVEAL_TTL_MS }: Clock & { ttlMs?: number } = {},
): Promise<void> {
  const idHash = sessionIdHash(secret);
  await updateWebSessionReveal(
    db,
    idHash,
    reveal
      ? {
          reveal_sealed: sealToken(secret, idHash, JSON.stringify(reveal)),
          reveal_until: new Date(now().getTime() + ttlMs).toISOString(),
        }
      : { reveal_sealed: null, reveal_until: null },
  );
}

/** The account id and access key a live session holds, or `null` (unknown, expired or damaged). */
export async function resumeWebSession(
  db: Db,
  secret: string,
  { now = systemNow }: Clock = {},
): Promise<{ accountId: string; token: string; expiresAt: string; reveal: KeyReveal | null } | null> {
  if (secret.length < 20 || secret.length > 100) return null;
  const idHash = sessionIdHash(secret);
  const row = await findWebSessionRow(db, idHash);
  const at = now().toISOString();
  if (!row || row.expires_at <= at) return null;
  const token = unsealToken(secret, idHash, row.token_sealed);
  if (token === null) return null;
  let reveal: KeyReveal | null = null;
  if (row.reveal_sealed && row.reveal_until && row.reveal_until > at) {
    const opened = unsealToken(secret, idHash, row.reveal_sealed);
    const parsed = opened ? (JSON.parse(opened) as { token: string; recoveryCode: string | null }) : null;
    if (parsed) reveal = { token: parsed.token, recoveryCode: parsed.recoveryCode, until: row.reveal_until };
  }
  return { accountId: row.account_id, token, expiresAt: row.expires_at, reveal };
}

/** Ends a session (signing out); a no-op for an unknown secret. */
export async function closeWebSession(db: Db, secret: string): Promise<void> {
  await deleteWebSessionRow(db, sessionIdHash(secret));
}

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

/** The account id and access key a live session holds, or `null` (unknown, expired or damaged). */
export async function resumeWebSession(
  db: Db,
  secret: string,
  { now = systemNow }: Clock = {},
): Promise<{ accountId: string; token: string; expiresAt: string } | null> {
  if (secret.length < 20 || secret.length > 100) return null;
  const idHash = sessionIdHash(secret);
  const row = await findWebSessionRow(db, idHash);
  if (!row || row.expires_at <= now().toISOString()) return null;
  const token = unsealToken(secret, idHash, row.token_sealed);
  return token === null ? null : { accountId: row.account_id, token, expiresAt: row.expires_at };
}

/** Ends a session (signing out); a no-op for an unknown secret. */
export async function closeWebSession(db: Db, secret: string): Promise<void> {
  await deleteWebSessionRow(db, sessionIdHash(secret));
}

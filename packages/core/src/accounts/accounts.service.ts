/** Sign-up, token look-up and attester keys: accounts as domain objects. */

import { type KeyObject, randomBytes } from 'node:crypto';
import type { Db, Trx } from '../db/database.js';
import { newId } from '../ids.js';
import { sha256Hex } from '../ledger/canonical.js';
import { createLedgerHead } from '../ledger/ledger.repository.js';
import { deleteAccountWebSessionRows } from '../sessions/sessions.repository.js';
import { type Clock, systemNow } from '../time/clock.js';
import { logAttesterKey, loggedAttesterKeys } from '../transparency/transparency.log.js';
import { generateAttesterKeys, sealPrivateKey, unwrapPrivateKey } from './account-keys.js';
import {
  findAccountRow,
  findAccountRowByRecoveryHash,
  findAccountRowByTokenHash,
  insertAccountRow,
  listAccountRows,
  listAttesterAccountRows,
  updateAccountSecrets,
} from './accounts.repository.js';
import type { AccountRow } from './accounts.table.js';
import { type Account, type AccountRole, holdsSigningKey, type SelfServiceRole } from './accounts.types.js';

const TOKEN_PREFIX = 'sbk_';

/** A new bearer token: 256 random bits. Long and random, so a plain SHA-256 is a safe stored form. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A new recovery code: 125 random bits as 25 characters from an alphabet without look-alikes
 * (no I, O, 0, 1), in five groups, e.g. `K7QMX-…`. Random enough that a plain SHA-256 is a safe stored form.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((b) => BASE32[b % 32]).join('');
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** A recovery code as typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The stored form of a recovery code. */
export function hashRecoveryCode(code: string): string {
  return sha256Hex(`recovery:${normaliseRecoveryCode(code)}`);
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    role: row.role as AccountRole,
    name: row.name,
    organisation: row.organisation,
    publicKey: row.public_key,
    createdAt: row.created_at,
  };
}

export interface NewAccount {
  role: SelfServiceRole;
  name: string;
  organisation?: string | undefined;
}

/**
 * Creates an account and returns it with its token — the only time the token is seen. Learners get
 * an empty ledger; attesters and providers a key pair. Run it in a transaction.
 */
export async function createAccount(
  db: Trx,
  { role, name, organisation }: NewAccount,
  { now = systemNow }: Clock = {},
): Promise<{ account: Account; token: string; recoveryCode: string }> {
  const id = newId('ac');
  const token = newToken();
  const recoveryCode = newRecoveryCode();
  const createdAt = now().toISOString();
  const keys = holdsSigningKey(role)
    ? generateAttesterKeys(id, token, normaliseRecoveryCode(recoveryCode))
    : null;
  const row: AccountRow = {
    id,
    role,
    name,
    organisation: organisation ?? null,
    token_hash: hashToken(token),
    public_key: keys?.publicKey ?? null,
    private_key_wrapped: keys?.privateKeyWrapped ?? null,
    created_at: createdAt,
    recovery_hash: hashRecoveryCode(recoveryCode),
    private_key_recovery_wrapped: keys?.privateKeyRecoveryWrapped ?? null,
  };
  await insertAccountRow(db, row);
  if (role === 'learner') await createLedgerHead(db, id, createdAt);
  if (keys)
    await logAttesterKey(db, {
      accountId: id,
      algorithm: 'Ed25519',
      publicKey: keys.publicKey,
      at: createdAt,
    });
  return { account: toAccount(row), token, recoveryCode };
}

/**
 * A new access key for a signed-in account (it presents its current one): the old key stops
 * working at once, every session holding it ends, and an attester's private key is re-sealed under
 * the new key (same key pair: earlier signatures stay valid). `null` when `token` is not the
 * account's current key. Run it in a transaction.
 */
export async function regenerateAccessKey(
  db: Trx,
  accountId: string,
  token: string,
): Promise<{ account: Account; token: string } | null> {
  const row = await findAccountRow(db, accountId);
  if (!row || row.token_hash !== hashToken(token)) return null;
  const fresh = newToken();
  let wrapped = row.private_key_wrapped;
  if (wrapped) {
    const key = unwrapPrivateKey(wrapped, accountId, token);
    if (!key) throw new Error(`the signing key of ${accountId} does not open with its own token`);
    wrapped = sealPrivateKey(key, accountId, fresh);
  }
  await updateAccountSecrets(db, accountId, { token_hash: hashToken(fresh), private_key_wrapped: wrapped });
  await deleteAccountWebSessionRows(db, accountId);
  return { account: toAccount(row), token: fresh };
}

/**
 * A new recovery code for a signed-in account (the old code stops working); an attester's private
 * key is sealed under it too. `null` when `token` is not the account's current key. Run it in a transaction.
 */
export async function renewRecoveryCode(
  db: Trx,
  accountId: string,
  token: string,
): Promise<{ recoveryCode: string } | null> {
  const row = await findAccountRow(db, accountId);
  if (!row || row.token_hash !== hashToken(token)) return null;
  const recoveryCode = newRecoveryCode();
  let recoveryWrapped: string | null = null;
  if (row.private_key_wrapped) {
    const key = unwrapPrivateKey(row.private_key_wrapped, accountId, token);
    if (!key) throw new Error(`the signing key of ${accountId} does not open with its own token`);
    recoveryWrapped = sealPrivateKey(key, accountId, normaliseRecoveryCode(recoveryCode), 'recovery');
  }
  await updateAccountSecrets(db, accountId, {
    recovery_hash: hashRecoveryCode(recoveryCode),
    private_key_recovery_wrapped: recoveryWrapped,
  });
  return { recoveryCode };
}

/**
 * Recovery with the code shown at sign-up: a new access key and a new recovery code (each code
 * works once), the old key and its sessions stop working, and an attester's signing key is
 * re-sealed under both. `null` when the code opens no account. Run it in a transaction.
 */
export async function recoverAccount(
  db: Trx,
  code: string,
): Promise<{ account: Account; token: string; recoveryCode: string } | null> {
  if (normaliseRecoveryCode(code).length !== 25) return null;
  const row = await findAccountRowByRecoveryHash(db, hashRecoveryCode(code));
  if (!row) return null;
  const token = newToken();
  const recoveryCode = newRecoveryCode();
  let wrapped = row.private_key_wrapped;
  let recoveryWrapped: string | null = null;
  if (row.private_key_recovery_wrapped) {
    const key = unwrapPrivateKey(
      row.private_key_recovery_wrapped,
      row.id,
      normaliseRecoveryCode(code),
      'recovery',
    );
    if (!key) throw new Error(`the signing key of ${row.id} does not open with its recovery code`);
    wrapped = sealPrivateKey(key, row.id, token);
    recoveryWrapped = sealPrivateKey(key, row.id, normaliseRecoveryCode(recoveryCode), 'recovery');
  }
  await updateAccountSecrets(db, row.id, {
    token_hash: hashToken(token),
    private_key_wrapped: wrapped,
    recovery_hash: hashRecoveryCode(recoveryCode),
    private_key_recovery_wrapped: recoveryWrapped,
  });
  await deleteAccountWebSessionRows(db, row.id);
  return { account: toAccount(row), token, recoveryCode };
}

/**
 * Accounts from rows, each signing account's (attester's or provider's) public key read from the
 * transparency log (its last key entry), never from the account row: a key replaced in the
 * database alone is not served.
 */
async function toAccounts(db: Db, rows: AccountRow[]): Promise<Account[]> {
  const attesters = rows.filter((r) => holdsSigningKey(r.role as AccountRole)).map((r) => r.id);
  const keys = attesters.length > 0 ? await loggedAttesterKeys(db, attesters) : new Map();
  return rows.map((row) => ({ ...toAccount(row), publicKey: keys.get(row.id)?.publicKey ?? null }));
}

/** The account a bearer token belongs to, or `null`. */
export async function findAccountByToken(db: Db, token: string): Promise<Account | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await findAccountRowByTokenHash(db, hashToken(token));
  return row ? ((await toAccounts(db, [row]))[0] ?? null) : null;
}

export async function getAccount(db: Db, id: string): Promise<Account | null> {
  const row = await findAccountRow(db, id);
  return row ? ((await toAccounts(db, [row]))[0] ?? null) : null;
}

export async function getAccounts(db: Db, ids: readonly string[]): Promise<Account[]> {
  return toAccounts(db, await listAccountRows(db, [...new Set(ids)]));
}

/** An attester's private key, opened with the token they presented; `null` if they have none. */
export async function openSigningKey(db: Db, accountId: string, token: string): Promise<KeyObject | null> {
  const row = await findAccountRow(db, accountId);
  if (!row?.private_key_wrapped) return null;
  return unwrapPrivateKey(row.private_key_wrapped, accountId, token);
}

/** Accounts that can attest (employers, advisors), for a learner choosing whom to ask. */
export async function listAttesters(db: Db, { limit = 200 }: { limit?: number } = {}): Promise<Account[]> {
  return toAccounts(db, await listAttesterAccountRows(db, { limit }));
}

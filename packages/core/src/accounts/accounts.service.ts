/** Sign-up, token look-up and attester keys: accounts as domain objects. */

import { type KeyObject, randomBytes } from 'node:crypto';
import type { Db, Trx } from '../db/database.js';
import { newId } from '../ids.js';
import { sha256Hex } from '../ledger/canonical.js';
import { createLedgerHead } from '../ledger/ledger.repository.js';
import { type Clock, systemNow } from '../time/clock.js';
import { logAttesterKey, loggedAttesterKeys } from '../transparency/transparency.log.js';
import { generateAttesterKeys, unwrapPrivateKey } from './account-keys.js';
import {
  findAccountRow,
  findAccountRowByTokenHash,
  insertAccountRow,
  listAccountRows,
  listAttesterAccountRows,
} from './accounts.repository.js';
import type { AccountRow } from './accounts.table.js';
import { type Account, type AccountRole, holdsSigningKey, type SelfServiceRole } from './accounts.types.js';

const TOKEN_PREFIX = 'sbk_';

/** A new bearer token: 256 random bits. Long and random, so a plain SHA-256 is a safe stored form. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
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
): Promise<{ account: Account; token: string }> {
  const id = newId('ac');
  const token = newToken();
  const createdAt = now().toISOString();
  const keys = holdsSigningKey(role) ? generateAttesterKeys(id, token) : null;
  const row: AccountRow = {
    id,
    role,
    name,
    organisation: organisation ?? null,
    token_hash: hashToken(token),
    public_key: keys?.publicKey ?? null,
    private_key_wrapped: keys?.privateKeyWrapped ?? null,
    created_at: createdAt,
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
  return { account: toAccount(row), token };
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

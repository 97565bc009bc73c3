/** Storage table of accounts. Tokens are stored only as SHA-256 hashes. */
import type { Insertable, Selectable } from 'kysely';

export interface AccountTable {
  id: string;
  role: string;
  name: string;
  organisation: string | null;
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  /** Attesters: the Ed25519 public key (base64url of the 32 raw bytes, JWK `x`). */
  public_key: string | null;
  /** Attesters: the private key, encrypted under a key derived from the bearer token (see account-keys.ts). */
  private_key_wrapped: string | null;
  created_at: string;
  /** SHA-256 (hex) of the recovery code (shown once); null for accounts made before recovery codes. */
  recovery_hash: string | null;
  /** Attesters: the private key sealed under the recovery code, so a recovery keeps the signing key. */
  private_key_recovery_wrapped: string | null;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccountRow = Insertable<AccountTable>;

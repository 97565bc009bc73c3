/** Storage table of web sign-in sessions. Neither the session secret nor the account token is stored in the clear. */
import type { Insertable, Selectable } from 'kysely';

export interface WebSessionTable {
  /** SHA-256 (hex) of the session secret the browser holds in its cookie. */
  id_hash: string;
  account_id: string;
  /** The account's access key, sealed (AES-256-GCM) under a key derived from the session secret. */
  token_sealed: string;
  created_at: string;
  expires_at: string;
  /** A new access key (and recovery code) to show again on refresh, sealed like the token; null when none. */
  reveal_sealed: string | null;
  /** Until when the reveal is shown (a few minutes after the key was made). */
  reveal_until: string | null;
}

export type WebSessionRow = Selectable<WebSessionTable>;
export type NewWebSessionRow = Insertable<WebSessionTable>;

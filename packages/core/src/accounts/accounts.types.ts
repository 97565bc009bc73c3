/** Domain types of accounts and the roles they play. */

export const ACCOUNT_ROLES = ['learner', 'employer', 'advisor', 'provider', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Roles anyone can sign up for; `admin` exists only through configuration. */
export const SELF_SERVICE_ROLES = ['learner', 'employer', 'advisor', 'provider'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** Roles that hold a signing key and can attest evidence (a school is an advisor account). */
export const ATTESTER_ROLES = ['employer', 'advisor'] as const;
export type AttesterRole = (typeof ATTESTER_ROLES)[number];

export function isAttesterRole(role: string): role is AttesterRole {
  return (ATTESTER_ROLES as readonly string[]).includes(role);
}

/**
 * Roles that hold a signing key: attesters, and providers (training institutions, assessment
 * centres, competition organisers), who sign the results they record.
 */
export const SIGNING_ROLES = [...ATTESTER_ROLES, 'provider'] as const;
export type SigningRole = (typeof SIGNING_ROLES)[number];

export function holdsSigningKey(role: string): role is SigningRole {
  return (SIGNING_ROLES as readonly string[]).includes(role);
}

/** The id of the built-in administrator (configured by token, not stored). */
export const ADMIN_ACCOUNT_ID = 'admin';

/** Who is making a request. */
export interface Actor {
  id: string;
  role: AccountRole;
}

export interface Account extends Actor {
  name: string;
  organisation: string | null;
  /** Attesters: Ed25519 public key (base64url raw), else `null`. */
  publicKey: string | null;
  /** `null` for the configured administrator. */
  createdAt: string | null;
}

export const ADMIN_ACCOUNT: Account = Object.freeze({
  id: ADMIN_ACCOUNT_ID,
  role: 'admin',
  name: 'Administrator',
  organisation: null,
  publicKey: null,
  createdAt: null,
});

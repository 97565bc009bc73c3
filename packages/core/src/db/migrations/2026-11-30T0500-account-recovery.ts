/**
 * Access keys that cannot be lost: a recovery code per account (stored as a SHA-256 only, with the
 * attester's private key sealed under it too), and a short-lived "show the new key again" slot on
 * the web session (sealed under the session secret, like the token). Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('recovery_hash', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('private_key_recovery_wrapped', 'text').execute();
  await db.schema.createIndex('accounts_by_recovery_hash').on('accounts').column('recovery_hash').execute();
  await db.schema.alterTable('web_sessions').addColumn('reveal_sealed', 'text').execute();
  await db.schema.alterTable('web_sessions').addColumn('reveal_until', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('web_sessions').dropColumn('reveal_until').execute();
  await db.schema.alterTable('web_sessions').dropColumn('reveal_sealed').execute();
  await db.schema.dropIndex('accounts_by_recovery_hash').execute();
  await db.schema.alterTable('accounts').dropColumn('private_key_recovery_wrapped').execute();
  await db.schema.alterTable('accounts').dropColumn('recovery_hash').execute();
}

/** Web sign-in sessions, skill showcases (炫技分享 links) and the demo data set's entry keys. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('web_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('token_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('web_sessions_by_account').on('web_sessions').column('account_id').execute();

  await db.schema
    .createTable('showcases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('evidence_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('showcases_by_learner')
    .on('showcases')
    .columns(['learner_id', 'created_at'])
    .execute();

  // Only the demo data set's made-up accounts: their keys are public on purpose (the home page
  // offers "enter as …"), so they are kept as they are.
  await db.schema
    .createTable('demo_accounts')
    .addColumn('persona', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demo_accounts').execute();
  await db.schema.dropTable('showcases').execute();
  await db.schema.dropTable('web_sessions').execute();
}

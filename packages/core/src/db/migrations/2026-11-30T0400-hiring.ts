/**
 * The hiring loop: role lifecycle and details, graduates' interests in roles and per-employer
 * withdrawals (both also in the ledger), employers' candidate states, role conversations, and
 * disclosures of opened candidate cards beside places in candidate lists.
 * Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds one column per ALTER TABLE.
  // Roles made before the lifecycle were never shown to graduates: they stay drafts.
  await db.schema
    .alterTable('roles')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .execute();
  for (const column of [
    'city',
    'mode',
    'salary_period',
    'closes_on',
    'published_at',
    'closed_at',
    'deleted_at',
  ]) {
    await db.schema.alterTable('roles').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('roles').addColumn('salary_min_yuan', 'integer').execute();
  await db.schema.alterTable('roles').addColumn('salary_max_yuan', 'integer').execute();
  await db.schema.createIndex('roles_by_status').on('roles').columns(['status', 'updated_at']).execute();
  // A disclosure is now a place in a candidate list (`list`) or an opened candidate card (`card`).
  await db.schema
    .alterTable('disclosures')
    .addColumn('view', 'text', (c) => c.notNull().defaultTo('list'))
    .execute();

  await db.schema
    .createTable('role_interests')
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('expressed_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addPrimaryKeyConstraint('role_interests_pk', ['role_id', 'learner_id'])
    .execute();
  await db.schema
    .createIndex('role_interests_by_learner')
    .on('role_interests')
    .columns(['learner_id', 'employer_id'])
    .execute();

  await db.schema
    .createTable('employer_exclusions')
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('excluded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('employer_exclusions_pk', ['learner_id', 'employer_id'])
    .execute();
  await db.schema
    .createIndex('employer_exclusions_by_employer')
    .on('employer_exclusions')
    .column('employer_id')
    .execute();

  await db.schema
    .createTable('candidate_states')
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('candidate_states_pk', ['role_id', 'learner_id'])
    .execute();
  await db.schema
    .createIndex('candidate_states_by_learner')
    .on('candidate_states')
    .columns(['learner_id', 'state'])
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('message_count', 'integer', (c) => c.notNull())
    .addColumn('learner_unread', 'integer', (c) => c.notNull())
    .addColumn('employer_unread', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_message_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversations_role_learner', ['role_id', 'learner_id'])
    .execute();
  await db.schema
    .createIndex('conversations_by_learner')
    .on('conversations')
    .columns(['learner_id', 'last_message_at'])
    .execute();
  await db.schema
    .createIndex('conversations_by_employer')
    .on('conversations')
    .columns(['employer_id', 'last_message_at'])
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('sender_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('sender_role', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_conversation_seq', ['conversation_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'messages',
    'conversations',
    'candidate_states',
    'employer_exclusions',
    'role_interests',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('roles_by_status').execute();
  await db.schema.alterTable('disclosures').dropColumn('view').execute();
  for (const column of [
    'salary_max_yuan',
    'salary_min_yuan',
    'deleted_at',
    'closed_at',
    'published_at',
    'closes_on',
    'salary_period',
    'mode',
    'city',
    'status',
  ])
    await db.schema.alterTable('roles').dropColumn(column).execute();
}

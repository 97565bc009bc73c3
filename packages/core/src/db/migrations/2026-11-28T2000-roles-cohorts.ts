/** Employers' roles, advisors' cohorts (members and invitation codes), and disclosure records. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employer_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('taxonomy_id', 'text', (c) => c.notNull())
    .addColumn('occupation_code', 'text')
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('next_requirement', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('roles_by_employer')
    .on('roles')
    .columns(['employer_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('advisor_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohorts_by_advisor')
    .on('cohorts')
    .columns(['advisor_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('cohort_members')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_members_pk', ['cohort_id', 'learner_id'])
    .execute();
  await db.schema
    .createIndex('cohort_members_by_learner')
    .on('cohort_members')
    .column('learner_id')
    .execute();

  await db.schema
    .createTable('cohort_invitations')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('score_bp', 'integer', (c) => c.notNull())
    .addColumn('shown_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosures_by_learner')
    .on('disclosures')
    .columns(['learner_id', 'shown_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['disclosures', 'cohort_invitations', 'cohort_members', 'cohorts', 'roles']) {
    await db.schema.dropTable(table).execute();
  }
}

/** Learning and competitions: providers' offerings, the tasks they cover, enrolments and signed results. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('offerings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('hours', 'integer')
    .addColumn('cost_yuan', 'integer')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('level', 'integer')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('taxonomy_id', 'text', (c) => c.notNull())
    .addColumn('task_ids', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('offerings_by_provider')
    .on('offerings')
    .columns(['provider_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('offerings_by_status')
    .on('offerings')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('offering_tasks')
    .addColumn('offering_id', 'text', (c) => c.notNull().references('offerings.id'))
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('occupation_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('offering_tasks_pk', ['offering_id', 'task_id'])
    .execute();
  await db.schema.createIndex('offering_tasks_by_task').on('offering_tasks').column('task_id').execute();
  await db.schema
    .createIndex('offering_tasks_by_occupation')
    .on('offering_tasks')
    .column('occupation_code')
    .execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('offering_id', 'text', (c) => c.notNull().references('offerings.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enrolments_once', ['offering_id', 'learner_id'])
    .execute();
  await db.schema
    .createIndex('enrolments_by_learner')
    .on('enrolments')
    .columns(['learner_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('learning_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id'))
    .addColumn('offering_id', 'text', (c) => c.notNull().references('offerings.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('rank', 'integer')
    .addColumn('award', 'text')
    .addColumn('statement', 'text')
    .addColumn('evidence_id', 'text', (c) => c.notNull().unique())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('attestation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('shown_publicly', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema
    .createIndex('learning_results_by_enrolment')
    .on('learning_results')
    .column('enrolment_id')
    .execute();
  await db.schema
    .createIndex('learning_results_by_offering')
    .on('learning_results')
    .columns(['offering_id', 'status'])
    .execute();
  await db.schema
    .createIndex('learning_results_by_learner')
    .on('learning_results')
    .columns(['learner_id', 'recorded_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['learning_results', 'enrolments', 'offering_tasks', 'offerings']) {
    await db.schema.dropTable(table).execute();
  }
}

/**
 * Pre-assessment after the day changes: which stored assessments a report read lately
 * (`learner_assessments.reported_on`, the UTC day of the latest report that used the row), how
 * many learners were pre-assessed each day and for which key (`preassessments`), and a lease so
 * that one process at a time pre-assesses (`leases`; PostgreSQL uses an advisory lock instead).
 * All derived or operational: backups leave them out.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('learner_assessments')
    .addColumn('reported_on', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Rows written before: by a report of their own day.
  await sql`update learner_assessments set reported_on = as_of`.execute(db);
  await db.schema
    .createIndex('learner_assessments_reported_on')
    .on('learner_assessments')
    .columns(['reported_on', 'learner_id'])
    .execute();
  await db.schema
    .createTable('preassessments')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('assessment_key', 'text', (c) => c.notNull())
    .addColumn('learners', 'integer', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('preassessments_pk', ['day', 'assessment_key'])
    .execute();
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.notNull().primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('leases').execute();
  await db.schema.dropTable('preassessments').execute();
  await db.schema.dropIndex('learner_assessments_reported_on').execute();
  await db.schema.alterTable('learner_assessments').dropColumn('reported_on').execute();
}

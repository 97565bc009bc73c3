/**
 * Stored learner assessments (what a cohort report computes per learner: best occupations, the best
 * one's gaps, missing terms), one row per learner, keyed by chain head, scorer, taxonomy content and
 * day. A derived cache: backups leave it out, and any row may be deleted at any time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('learner_assessments')
    .addColumn('learner_id', 'text', (c) => c.notNull().primaryKey().references('accounts.id'))
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('head_seq', 'integer', (c) => c.notNull())
    .addColumn('scorer_version', 'text', (c) => c.notNull())
    .addColumn('taxonomy_hash', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('data', postgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('learner_assessments').execute();
}

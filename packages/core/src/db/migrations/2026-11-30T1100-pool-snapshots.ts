/**
 * Candidate-pool snapshots: the whole pool of discoverable learners as the matcher's binary blob,
 * cut into parts, keyed by scorer version and taxonomy content hash, made for one day at one feed
 * position. A derived cache: backups leave it out, and any row may be deleted at any time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('pool_snapshots')
    .addColumn('scorer_version', 'text', (c) => c.notNull())
    .addColumn('taxonomy_hash', 'text', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('parts', 'integer', (c) => c.notNull())
    .addColumn('data', postgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pool_snapshots_pk', ['scorer_version', 'taxonomy_hash', 'position', 'part'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pool_snapshots').execute();
}

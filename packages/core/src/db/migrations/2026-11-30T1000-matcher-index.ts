/**
 * Stored matcher indexes: a built index's bytes, keyed by the taxonomy, its content hash and the
 * matcher build that made it, so that a (re)start restores the index instead of building it. A
 * derived cache: backups leave it out, a missing row is built again. Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('matcher_indexes')
    .addColumn('taxonomy_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('build_id', 'text', (c) => c.notNull())
    // `bytea` is PostgreSQL's binary type; SQLite takes any type name and stores a blob as a blob.
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('byte_length', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('matcher_indexes_pk', ['taxonomy_id', 'content_hash', 'build_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('matcher_indexes').execute();
}

/**
 * The transparency log (every ledger entry and attester key as a leaf of one RFC 9162 Merkle
 * tree, its stored subtrees, the tree's right edge and signed checkpoints) and the shared
 * counters of the rate limits. Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('transparency_leaves')
    .addColumn('idx', 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('entry_hash', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('leaf_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('transparency_leaves_entry_hash', ['entry_hash'])
    .execute();
  await db.schema
    .createIndex('transparency_leaves_by_ref')
    .on('transparency_leaves')
    .columns(['kind', 'ref'])
    .execute();

  await db.schema
    .createTable('transparency_nodes')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('transparency_nodes_pk', ['level', 'idx'])
    .execute();

  await db.schema
    .createTable('transparency_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('frontier', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('transparency_state')
    .values({ id: 1, size: 0, frontier: '[]', updated_at: new Date(0).toISOString() })
    .execute();

  await db.schema
    .createTable('transparency_checkpoints')
    .addColumn('tree_size', 'integer', (c) => c.primaryKey())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('timestamp', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'rate_limits',
    'transparency_checkpoints',
    'transparency_state',
    'transparency_nodes',
    'transparency_leaves',
  ])
    await db.schema.dropTable(table).execute();
}

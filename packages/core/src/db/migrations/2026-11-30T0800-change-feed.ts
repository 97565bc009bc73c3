/**
 * The change feed: one global, gap-free, strictly increasing position shared by every ledger entry
 * (`ledger_entries.feed_pos`, claimed from `feed_state` in the appending transaction) and by
 * non-ledger events such as a re-imported taxonomy (`feed_events`); existing entries are numbered
 * in the order they were written. Also the head's previous hash (so PostgreSQL can append in one
 * statement) and stored learner vectors (a cache keyed by chain head, scorer and taxonomy). Frozen.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.alterTable('ledger_entries').addColumn('feed_pos', 'bigint').execute();
  // Number the existing entries in the order they were written (ties: learner, then chain order).
  await sql`update ledger_entries set feed_pos = r.n
    from (select id, row_number() over (order by created_at, learner_id, seq) as n from ledger_entries) r
    where r.id = ledger_entries.id`.execute(db);
  await db.schema
    .createIndex('ledger_entries_by_feed_pos')
    .unique()
    .on('ledger_entries')
    .column('feed_pos')
    .execute();

  await db.schema
    .createTable('feed_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into feed_state (id, position) select 1, count(*) from ledger_entries`.execute(db);

  await db.schema
    .createTable('feed_events')
    .addColumn('pos', 'bigint', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('ledger_heads').addColumn('prev_hash', 'text').execute();

  await db.schema
    .createTable('learner_vectors')
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('scorer_version', 'text', (c) => c.notNull())
    .addColumn('taxonomy_hash', 'text', (c) => c.notNull())
    .addColumn('head_seq', 'integer', (c) => c.notNull())
    .addColumn('data', postgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learner_vectors_pk', ['learner_id', 'scorer_version', 'taxonomy_hash'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('learner_vectors').execute();
  await db.schema.dropTable('feed_events').execute();
  await db.schema.dropTable('feed_state').execute();
  await db.schema.dropIndex('ledger_entries_by_feed_pos').execute();
  await db.schema.alterTable('ledger_heads').dropColumn('prev_hash').execute();
  await db.schema.alterTable('ledger_entries').dropColumn('feed_pos').execute();
}

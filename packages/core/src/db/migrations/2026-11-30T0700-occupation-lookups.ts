/**
 * How often each occupation was looked up (its page or its API record opened), so the occupation
 * list can offer "most looked-up" as an entry point from real use. A count per code, nothing about
 * who looked. Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('occupation_lookups')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('lookups', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('occupation_lookups').execute();
}

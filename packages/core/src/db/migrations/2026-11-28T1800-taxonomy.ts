/** Taxonomies, their groups, occupations and task statements. Frozen: never edit, add a migration. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('taxonomies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('taxonomy_groups')
    .addColumn('taxonomy_id', 'text', (c) => c.notNull().references('taxonomies.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addPrimaryKeyConstraint('taxonomy_groups_pk', ['taxonomy_id', 'code'])
    .execute();

  await db.schema
    .createTable('occupations')
    .addColumn('taxonomy_id', 'text', (c) => c.notNull().references('taxonomies.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text')
    .addColumn('digital', 'integer', (c) => c.notNull())
    .addColumn('green', 'integer', (c) => c.notNull())
    .addColumn('is_new', 'integer', (c) => c.notNull())
    .addColumn('major_code', 'text', (c) => c.notNull())
    .addColumn('middle_code', 'text', (c) => c.notNull())
    .addColumn('minor_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupations_pk', ['taxonomy_id', 'code'])
    .execute();

  await db.schema
    .createTable('occupation_tasks')
    .addColumn('taxonomy_id', 'text', (c) => c.notNull().references('taxonomies.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('occupation_code', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_tasks_pk', ['taxonomy_id', 'id'])
    .execute();

  await db.schema
    .createIndex('occupation_tasks_by_occupation')
    .on('occupation_tasks')
    .columns(['taxonomy_id', 'occupation_code', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['occupation_tasks', 'occupations', 'taxonomy_groups', 'taxonomies']) {
    await db.schema.dropTable(table).execute();
  }
}

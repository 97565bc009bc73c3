/**
 * What a showcase shows, chosen by its graduate: the name to show, school and field (empty: not
 * shown), and whether to add a skill summary and best-fit occupations (both computed from the
 * shown pieces only). Existing showcases keep what they showed: the account name, no school or
 * field, no summary or best fits. Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds one column per ALTER TABLE.
  for (const column of ['display_name', 'school', 'field']) {
    await db.schema.alterTable('showcases').addColumn(column, 'text').execute();
  }
  for (const column of ['show_summary', 'show_best_fits']) {
    await db.schema
      .alterTable('showcases')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['display_name', 'school', 'field', 'show_summary', 'show_best_fits']) {
    await db.schema.alterTable('showcases').dropColumn(column).execute();
  }
}

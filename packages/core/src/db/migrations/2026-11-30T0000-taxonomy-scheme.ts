/** Each taxonomy stores its scheme (JSON); null for rows imported before, which follow CN-2022. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('taxonomies').addColumn('scheme', 'text').execute();
}

/** Runs the migrations in process, reporting each one. */
import { Migrator } from 'kysely';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

export interface MigrationOutcome {
  name: string;
  status: 'Success' | 'Error' | 'NotExecuted';
}

/** Brings the schema to the latest migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  const outcomes = results.map(({ migrationName, status }) => ({ name: migrationName, status }));
  if (error) {
    const failed = outcomes.find((o) => o.status === 'Error')?.name ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return outcomes;
}

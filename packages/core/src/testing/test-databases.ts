/**
 * Test databases for every dialect this machine can run: SQLite always, PostgreSQL when
 * `SKILLBANK_TEST_PG_URL` names a server (`npm test` starts one when PostgreSQL is installed).
 * Each `open()` gives a fresh, migrated, empty or taxonomy-loaded database of its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type DialectName, openDatabase } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { BUNDLED_TAXONOMY_DIR } from '../taxonomy/bundled.js';
import { importTaxonomy } from '../taxonomy/taxonomy.importer.js';
import { readTaxonomySource, type TaxonomySource } from '../taxonomy/taxonomy.source.js';

export interface OpenOptions {
  /** Import the bundled cn2022 taxonomy (default true). */
  taxonomy?: boolean;
  /** SQLite only: use a file instead of memory (needed for concurrent connections and restarts). */
  file?: boolean;
}

export interface TestDatabase {
  name: DialectName;
  open(options?: OpenOptions): Promise<DatabaseHandle>;
}

let bundled: Promise<TaxonomySource> | undefined;
/** The bundled taxonomy source, read once per test worker. */
export function bundledTaxonomySource(): Promise<TaxonomySource> {
  bundled ??= readTaxonomySource(BUNDLED_TAXONOMY_DIR);
  return bundled;
}

async function prepare(handle: DatabaseHandle, { taxonomy = true }: OpenOptions): Promise<DatabaseHandle> {
  await migrateToLatest(handle.db);
  if (taxonomy) {
    const report = await importTaxonomy(handle.db, await bundledTaxonomySource());
    if (report.status === 'invalid')
      throw new Error(`bundled taxonomy is invalid: ${JSON.stringify(report.problems.slice(0, 3))}`);
  }
  return handle;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async open(options = {}) {
    if (!options.file) return prepare(openDatabase('sqlite::memory:'), options);
    const dir = mkdtempSync(join(tmpdir(), 'skillbank-test-'));
    const handle = openDatabase(`sqlite:${join(dir, 'test.db')}`);
    return prepare(
      {
        ...handle,
        destroy: async () => {
          await handle.destroy();
          rmSync(dir, { recursive: true, force: true });
        },
      },
      options,
    );
  },
};

/**
 * A new, empty PostgreSQL database on the test server, for a process of its own to use (the
 * caller drops it). `null` when no PostgreSQL server is configured.
 */
export async function scratchPostgresDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; drop(): Promise<void> } | null> {
  const adminUrl = env.SKILLBANK_TEST_PG_URL;
  if (!adminUrl) return null;
  const name = `skillbank_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      // pg's Pool.end() resolves before its sockets close; wait for them, or `with (force)`
      // cuts them off mid-goodbye and the run reports an unhandled 57P01.
      for (let i = 0; i < 50; i += 1) {
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  return { url: url.toString(), drop };
}

/**
 * A named PostgreSQL database on the test server that outlives the process (benchmarks keep a
 * generated data set between runs): created when missing, dropped first when `fresh`. Returns its
 * URL, or `null` when no PostgreSQL server is configured.
 */
export async function keptPostgresDatabase(
  name: string,
  { fresh = false }: { fresh?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const adminUrl = env.SKILLBANK_TEST_PG_URL;
  if (!adminUrl) return null;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a database name: ${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (fresh) await admin.query(`drop database if exists ${name} with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function postgres(adminUrl: string): TestDatabase {
  return {
    name: 'postgres',
    async open(options = {}) {
      const scratch = await scratchPostgresDatabase({ SKILLBANK_TEST_PG_URL: adminUrl });
      if (!scratch) throw new Error('no PostgreSQL server');
      const handle = openDatabase(scratch.url);
      const destroy = async () => {
        await handle.destroy();
        await scratch.drop();
      };
      return prepare({ ...handle, destroy }, options);
    },
  };
}

let warned = false;
/** The dialects to run storage tests against on this machine. */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const url = env.SKILLBANK_TEST_PG_URL;
  if (!url) {
    if (!warned)
      console.warn(
        '[skillbank] PostgreSQL leg skipped: SKILLBANK_TEST_PG_URL is not set and no PostgreSQL was started.',
      );
    warned = true;
    return [sqlite];
  }
  return [sqlite, postgres(url)];
}

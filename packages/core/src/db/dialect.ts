/** The one place that knows about database drivers: `sqlite:<path>` or `postgres://…` → Kysely. */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type Pg from 'pg';
import type { Database, Db } from './database.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** The URL with any password removed, for logs. */
  displayUrl: string;
  destroy(): Promise<void>;
  /** SQLite only: an online backup of the open database into a new file (SQLite's backup API). */
  backupTo?: (file: string) => Promise<void>;
  /**
   * PostgreSQL only: LISTEN on a channel over a connection of its own, calling `onNotify` with each
   * payload; resolves to a function that stops listening. Wake-ups only: a dropped connection
   * loses notifications, so listeners also poll.
   */
  listen?: (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;
}

/** Prepared statements kept per SQL text (most recently used first), instead of one prepare per query. */
export const SQLITE_STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 database as Kysely's dialect sees it, with a cache of prepared statements.
 * better-sqlite3 runs a statement to completion synchronously, so one statement object serves every
 * query of its text; only an iterator in progress keeps one busy, and then a fresh one is prepared.
 */
function withStatementCache(sqlite: SQLite.Database, size = SQLITE_STATEMENT_CACHE_SIZE) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (text: string): SQLite.Statement => {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      if (!cached) {
        cache.set(text, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}

/** Which dialect a `DATABASE_URL` names, or `null` when it names none we support. */
export function dialectOf(url: string): DialectName | null {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  return null;
}

let pgDriver: typeof Pg | null = null;

/** The PostgreSQL driver, loaded when the first PostgreSQL database is opened (SQLite never needs it). */
function pgModule(): typeof Pg {
  if (!pgDriver) {
    pgDriver = createRequire(import.meta.url)('pg') as typeof Pg;
    // Postgres returns int8 (count(*)) as strings; our counts fit comfortably in a double.
    pgDriver.types.setTypeParser(20, (value: string) => Number(value));
  }
  return pgDriver;
}

/**
 * Opens a database from a URL.
 * @example openDatabase('sqlite:./data/skillbank.db'); openDatabase('sqlite::memory:');
 * openDatabase('postgres://user@127.0.0.1:5432/skillbank')
 */
export function openDatabase(url: string, { poolSize = 10 }: { poolSize?: number } = {}): DatabaseHandle {
  const dialect = dialectOf(url);
  if (dialect === 'sqlite') {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return {
      db,
      dialect,
      displayUrl: url,
      destroy: () => db.destroy(),
      backupTo: async (file) => {
        await sqlite.backup(file);
      },
    };
  }
  if (dialect === 'postgres') {
    const pool = new (pgModule().Pool)({ connectionString: url, max: poolSize });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect,
      displayUrl: url.replace(/:[^:@/]+@/, ':***@'),
      destroy: () => db.destroy(),
      listen: (channel, onNotify) => listenOn(url, channel, onNotify),
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.slice(0, 20)}…)`);
}

async function listenOn(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  const client = new (pgModule().Client)({ connectionString: url });
  // A lost connection only loses wake-ups (listeners poll too); never crash the process for it.
  client.on('error', () => {});
  client.on('notification', (message) => {
    if (message.channel === channel) onNotify(message.payload ?? '');
  });
  await client.connect();
  await client.query(`listen ${channel}`);
  return async () => {
    await client.end().catch(() => {});
  };
}

/** True when the database is PostgreSQL (for the few statements written for one dialect). */
export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Round-trips a trivial query; rejects when the database does not answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** The one place that knows about database drivers: `sqlite:<path>` or `postgres://…` → Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
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
}

/** Which dialect a `DATABASE_URL` names, or `null` when it names none we support. */
export function dialectOf(url: string): DialectName | null {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  return null;
}

// Postgres returns int8 (count(*)) as strings; our counts fit comfortably in a double.
pg.types.setTypeParser(20, (value: string) => Number(value));

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
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect, displayUrl: url.replace(/:[^:@/]+@/, ':***@'), destroy: () => db.destroy() };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.slice(0, 20)}…)`);
}

/** Round-trips a trivial query; rejects when the database does not answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

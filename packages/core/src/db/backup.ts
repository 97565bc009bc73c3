/**
 * Backups: SQLite through its online backup API (a consistent copy of a live file), PostgreSQL as
 * a logical snapshot read in one REPEATABLE READ transaction (every table as of one instant).
 * A restore reads either kind into a migrated database in one transaction, and commits only when
 * `verify` (the ledger and transparency audit) passes, so a bad backup never replaces good data.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from './database.js';
import { type DatabaseHandle, type DialectName, openDatabase } from './dialect.js';
import { migrateToLatest } from './migrate.js';

export const BACKUP_FORMAT = 'skillbank.backup';

/**
 * Caches derived from the other tables (stored learner vectors and assessments, candidate-pool
 * snapshots) and the pre-assessor's bookkeeping (what it did each day, its lease): a backup leaves
 * their rows out and a restore empties them; they are filled again as they are needed.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  'learner_vectors',
  'learner_assessments',
  'pool_snapshots',
  'preassessments',
  'leases',
]);

/** Every row of every table, by table (parents before children). */
export interface Snapshot {
  format: typeof BACKUP_FORMAT;
  version: 1;
  dialect: DialectName;
  takenAt: string;
  /** The migrations the data was written under. */
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * Derived data a start rebuilds when missing (the stored matcher indexes, keyed by the taxonomy's
 * content hash and the matcher build, so they stay valid whatever is restored): neither backed up
 * nor touched by a restore.
 */
const REBUILT_TABLES = new Set(['matcher_indexes']);

/** The application's tables (not the migrator's, not derived ones), parents before the tables that reference them. */
export async function tablesInOrder(db: Db, dialect: DialectName): Promise<string[]> {
  const edges = new Map<string, Set<string>>();
  if (dialect === 'sqlite') {
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(
      db,
    );
    for (const { name } of tables.rows) {
      const refs = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(
        db,
      );
      edges.set(name, new Set(refs.rows.map((r) => r.table).filter((t) => t !== name)));
    }
  } else {
    const tables = await sql<{
      name: string;
    }>`select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'kysely_%'`.execute(
      db,
    );
    for (const { name } of tables.rows) edges.set(name, new Set());
    const refs = await sql<{ child: string; parent: string }>`
      select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()`.execute(db);
    for (const { child, parent } of refs.rows) if (child !== parent) edges.get(child)?.add(parent);
  }
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (order.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of [...(edges.get(name) ?? [])].sort()) visit(parent, path);
    order.push(name);
  };
  for (const name of [...edges.keys()].sort()) visit(name, new Set());
  return order.filter((name) => !REBUILT_TABLES.has(name));
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Reads every table as of one instant (on PostgreSQL a REPEATABLE READ, read-only transaction). */
export async function takeSnapshot(
  db: Db,
  dialect: DialectName,
  { now = () => new Date() } = {},
): Promise<Snapshot> {
  const read = async (q: Db): Promise<Snapshot> => {
    const tables: Snapshot['tables'] = {};
    for (const name of await tablesInOrder(q, dialect))
      tables[name] = DERIVED_TABLES.has(name)
        ? []
        : (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(q)).rows;
    return {
      format: BACKUP_FORMAT,
      version: 1,
      dialect,
      takenAt: now().toISOString(),
      migrations: await appliedMigrations(q),
      tables,
    };
  };
  if (dialect === 'sqlite') return db.transaction().execute((trx) => read(trx));
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      return read(trx);
    });
}

export interface BackupReport {
  file: string;
  kind: 'sqlite-file' | 'snapshot';
  tables: number;
  rows: number;
}

/** Backs the database up into `file`: a SQLite file (online backup) or a JSON snapshot (PostgreSQL). */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupReport> {
  if (handle.dialect === 'sqlite' && handle.backupTo) {
    await handle.backupTo(file);
    const copy = await readBackup(file);
    return { file, kind: 'sqlite-file', tables: Object.keys(copy.tables).length, rows: countRows(copy) };
  }
  const snapshot = await takeSnapshot(handle.db, handle.dialect);
  await writeFile(file, JSON.stringify(snapshot));
  return { file, kind: 'snapshot', tables: Object.keys(snapshot.tables).length, rows: countRows(snapshot) };
}

const countRows = (s: Snapshot) => Object.values(s.tables).reduce((n, rows) => n + rows.length, 0);

/** Reads a backup of either kind into a snapshot. */
export async function readBackup(file: string): Promise<Snapshot> {
  const head = (await readFile(file)).subarray(0, 16).toString('latin1');
  if (head.startsWith('SQLite format 3')) {
    const source = openDatabase(`sqlite:${file}`);
    try {
      return await takeSnapshot(source.db, 'sqlite');
    } finally {
      await source.destroy();
    }
  }
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Snapshot>;
  if (
    parsed.format !== BACKUP_FORMAT ||
    parsed.version !== 1 ||
    typeof parsed.tables !== 'object' ||
    !parsed.tables
  )
    throw new Error(`${file} is not a Skillbank backup`);
  return parsed as Snapshot;
}

export interface RestoreReport {
  tables: number;
  rows: number;
}

/**
 * Replaces everything in the database with the snapshot, in one transaction that commits only
 * if `verify` (given the transaction) resolves: it throws to refuse the restore.
 */
export async function restoreSnapshot(
  handle: DatabaseHandle,
  snapshot: Snapshot,
  verify: (trx: Db) => Promise<void>,
): Promise<RestoreReport> {
  await migrateToLatest(handle.db);
  const known = new Set(await appliedMigrations(handle.db));
  const unknown = snapshot.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0)
    throw new Error(
      `the backup was written by a newer Skillbank (migrations ${unknown.join(', ')}); upgrade first`,
    );
  const order = await tablesInOrder(handle.db, handle.dialect);
  const missing = Object.keys(snapshot.tables).filter((t) => !order.includes(t));
  if (missing.length > 0)
    throw new Error(`the backup holds tables this database does not have: ${missing.join(', ')}`);
  return handle.db.transaction().execute(async (trx) => {
    const q = trx as unknown as Db;
    for (const name of [...order].reverse()) await sql`delete from ${sql.table(name)}`.execute(q);
    let rows = 0;
    for (const name of order) {
      const list = snapshot.tables[name] ?? [];
      const columns = Object.keys(list[0] ?? {});
      const batch = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
      for (let i = 0; i < list.length; i += batch) {
        const chunk = list.slice(i, i + batch);
        await sql`insert into ${sql.table(name)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(
          chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`),
        )}`.execute(q);
      }
      rows += list.length;
    }
    await verify(q);
    return { tables: order.length, rows };
  });
}

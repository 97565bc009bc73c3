/** PostgreSQL streaming replication positions: where the primary's WAL is, how far a replica replayed it. */
import { sql } from 'kysely';
import type { Db } from './database.js';

/** The primary's current WAL write position (`pg_current_wal_lsn()`), e.g. `0/3000148`. */
export async function walPosition(primary: Db): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary);
  const lsn = rows[0]?.lsn;
  if (!lsn) throw new Error('the database reports no WAL position (not PostgreSQL?)');
  return lsn;
}

/** Whether a replica has replayed the WAL up to `lsn` (`pg_last_wal_replay_lsn() >= lsn`). */
export async function replayedUpTo(replica: Db, lsn: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean | null }>`
    select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as ok`.execute(replica);
  return rows[0]?.ok === true;
}

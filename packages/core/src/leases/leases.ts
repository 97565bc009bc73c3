/**
 * Work that one process at a time may do, whichever process or machine tries: on PostgreSQL a
 * session advisory lock held on one connection for the whole run (released when the run ends or
 * the connection dies); on SQLite a lease row (`leases`) taken only when free or expired, and
 * renewed while the work goes on (a process that dies leaves it to expire).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';

export interface Lease {
  /**
   * Keeps the lease (SQLite: pushes its expiry on); false when it was lost (taken by another process
   * after it expired): the work should stop. Call it between steps shorter than the lease.
   */
  renew(): Promise<boolean>;
}

export type Exclusive<T> = { ran: true; value: T } | { ran: false };

export interface ExclusiveOptions {
  /** How long a lease row lasts without renewal (SQLite). Default 5 minutes. */
  ttlMs?: number;
  now?: () => Date;
}

const TTL_MS = 5 * 60_000;

/** Runs `work` only when no other process runs work of this name now; `{ ran: false }` when one does. */
export async function runExclusively<T>(
  db: Db,
  name: string,
  work: (lease: Lease) => Promise<T>,
  { ttlMs = TTL_MS, now = () => new Date() }: ExclusiveOptions = {},
): Promise<Exclusive<T>> {
  if (isPostgres(db))
    return db.connection().execute(async (connection) => {
      const lock = sql`hashtextextended(${name}, 0)`;
      const got = await sql<{ got: boolean }>`select pg_try_advisory_lock(${lock}) as got`.execute(
        connection,
      );
      if (!got.rows[0]?.got) return { ran: false };
      try {
        // The lock lives as long as this connection's session: nothing to renew.
        return { ran: true, value: await work({ renew: async () => true }) };
      } finally {
        await sql`select pg_advisory_unlock(${lock})`.execute(connection);
      }
    });
  const holder = randomUUID();
  const take = async (): Promise<boolean> => {
    const at = now();
    const expires = new Date(at.getTime() + ttlMs).toISOString();
    await db
      .insertInto('leases')
      .values({ name, holder, expires_at: expires })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder, expires_at: expires })
          .where('leases.expires_at', '<', at.toISOString()),
      )
      .execute();
    const row = await db.selectFrom('leases').select('holder').where('name', '=', name).executeTakeFirst();
    return row?.holder === holder;
  };
  /** Pushes the expiry on while this holder still has it (never takes it back once another had it). */
  const renew = async (): Promise<boolean> => {
    const result = await db
      .updateTable('leases')
      .set({ expires_at: new Date(now().getTime() + ttlMs).toISOString() })
      .where('name', '=', name)
      .where('holder', '=', holder)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  };
  if (!(await take())) return { ran: false };
  try {
    return { ran: true, value: await work({ renew }) };
  } finally {
    await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
  }
}

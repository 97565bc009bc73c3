/** Runs work in a transaction, retrying the whole of it when the database reports a transient conflict. */
import type { Db, Trx } from './database.js';

/**
 * True for errors a retry can cure: SQLite busy/locked, PostgreSQL serialization failures and
 * deadlocks, and a lost race for a ledger seq (the unique `(learner_id, seq)` constraint).
 */
export function isTransientConflict(error: unknown): boolean {
  const e = error as { code?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
  if (code === '40001' || code === '40P01') return true;
  return isUniqueViolation(
    error,
    'ledger_entries_learner_seq',
    'ledger_entries.learner_id, ledger_entries.seq',
  );
}

/** True when a write broke the unique constraint named (SQLite names the columns instead). */
export function isUniqueViolation(error: unknown, constraint: string, sqliteColumns: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (e?.code === '23505') return e.constraint === constraint;
  return (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    typeof e.message === 'string' &&
    e.message.includes(sqliteColumns)
  );
}

/**
 * Runs `work` in a transaction; on a transient conflict rolls back and runs it again (up to
 * `attempts` times, with a short random back-off). `work` must be safe to repeat: all its writes
 * go through the transaction it is given.
 */
export async function runInTransaction<T>(
  db: Db,
  work: (trx: Trx) => Promise<T>,
  { attempts = 5 }: { attempts?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

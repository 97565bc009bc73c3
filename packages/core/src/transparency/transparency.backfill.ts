/**
 * The sequencer: appends to the transparency log every covered ledger entry (and attester key)
 * not yet in it, oldest first. Ledger appends do not touch the log, so deposits to different
 * chains never wait on one global lock; the log catches up whenever a checkpoint is signed, a
 * proof is asked for, at start and every few seconds while serving. Entries not yet sequenced are
 * simply not in any checkpoint yet (Certificate Transparency's merge delay).
 */
import type { Db } from '../db/database.js';
import { runInTransaction } from '../db/transaction.js';
import { coveredEntries } from '../ledger/ledger.repository.js';
import { toLedgerEntry } from '../ledger/ledger.service.js';
import { logAttesterKey, logLedgerEntry } from './transparency.log.js';
import { claimLogLock } from './transparency.repository.js';

/** Appends what is missing from the log (at most `limit` entries a call); returns how many it added. */
export async function sequencePending(db: Db, { limit = 10_000 }: { limit?: number } = {}): Promise<number> {
  // A cheap look first, so the common case (nothing pending) takes no lock.
  const probe = await coveredEntries(db)
    .leftJoin('transparency_leaves as l', 'l.entry_hash', 'e.hash')
    .select('e.id')
    .where('l.idx', 'is', null)
    .limit(1)
    .execute();
  const keysPending = await pendingKeys(db, 1);
  if (probe.length === 0 && keysPending.length === 0) return 0;
  return runInTransaction(db, async (trx) => {
    // Under the log's lock: another sequencer that got here first has already taken these.
    await claimLogLock(trx, new Date().toISOString());
    const keys = await pendingKeys(trx, limit);
    for (const k of keys)
      await logAttesterKey(trx, {
        accountId: k.id,
        algorithm: 'Ed25519',
        publicKey: k.public_key as string,
        at: k.created_at,
      });
    const entries = await coveredEntries(trx)
      .leftJoin('transparency_leaves as l', 'l.entry_hash', 'e.hash')
      .selectAll('e')
      .where('l.idx', 'is', null)
      .orderBy('e.created_at')
      .orderBy('e.learner_id')
      .orderBy('e.seq')
      .limit(limit)
      .execute();
    for (const row of entries) await logLedgerEntry(trx, toLedgerEntry(row));
    return keys.length + entries.length;
  });
}

function pendingKeys(db: Db, limit: number) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('transparency_leaves as l', (j) =>
      j.onRef('l.ref', '=', 'a.id').on('l.kind', '=', 'attester_key'),
    )
    .select(['a.id', 'a.public_key', 'a.created_at'])
    .where('a.public_key', 'is not', null)
    .where('l.idx', 'is', null)
    .orderBy('a.created_at')
    .limit(limit)
    .execute();
}

/** Sequences everything pending, however much (at start, for a database that predates the log). */
export async function logUnloggedEntries(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const added = await sequencePending(db);
    total += added;
    if (added < 10_000) return total;
  }
}

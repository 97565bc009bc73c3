/**
 * Brings a database that predates the transparency log into it: every covered ledger entry and
 * every attester key not yet logged is appended, oldest first. Run at start; a no-op once done.
 */

import type { Db } from '../db/database.js';
import { runInTransaction } from '../db/transaction.js';
import { coveredEntries } from '../ledger/ledger.repository.js';
import { toLedgerEntry } from '../ledger/ledger.service.js';
import { logAttesterKey, logLedgerEntry } from './transparency.service.js';

/** Appends what is missing from the log; returns how many leaves it added. */
export async function logUnloggedEntries(db: Db): Promise<number> {
  const keys = await db
    .selectFrom('accounts as a')
    .leftJoin('transparency_leaves as l', (j) =>
      j.onRef('l.ref', '=', 'a.id').on('l.kind', '=', 'attester_key'),
    )
    .select(['a.id', 'a.public_key', 'a.created_at'])
    .where('a.public_key', 'is not', null)
    .where('l.idx', 'is', null)
    .orderBy('a.created_at')
    .execute();
  const entries = await coveredEntries(db)
    .leftJoin('transparency_leaves as l', 'l.entry_hash', 'e.hash')
    .selectAll('e')
    .where('l.idx', 'is', null)
    .orderBy('e.created_at')
    .orderBy('e.learner_id')
    .orderBy('e.seq')
    .execute();
  if (keys.length === 0 && entries.length === 0) return 0;
  await runInTransaction(db, async (trx) => {
    for (const k of keys)
      await logAttesterKey(trx, {
        accountId: k.id,
        algorithm: 'Ed25519',
        publicKey: k.public_key as string,
        at: k.created_at,
      });
    for (const row of entries) await logLedgerEntry(trx, toLedgerEntry(row));
  });
  return keys.length + entries.length;
}

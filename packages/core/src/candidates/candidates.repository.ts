/** Bulk reads over many learners at once: current consent, chain heads, evidence entries. */
import type { Db } from '../db/database.js';
import { coveredEntries } from '../ledger/ledger.repository.js';
import type { LedgerEntryRow } from '../ledger/ledger.table.js';

/** Rows per `in (…)` list: well under both dialects' parameter limits. */
export const BULK_CHUNK = 1000;

export function chunks<T>(items: readonly T[], size = BULK_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Each learner's latest consent entry payload; all learners, or only `ids`. */
export function listLatestConsentRows(
  db: Db,
  ids?: readonly string[],
): Promise<{ learner_id: string; payload: string }[]> {
  let query = coveredEntries(db)
    .select(['e.learner_id', 'e.payload'])
    .where('e.type', '=', 'consent')
    .where('e.seq', '=', (eb) =>
      eb
        .selectFrom('ledger_entries as s')
        .select((s) => s.fn.max('s.seq').as('m'))
        .whereRef('s.learner_id', '=', 'e.learner_id')
        .whereRef('s.seq', '<=', 'h.seq')
        .where('s.type', '=', 'consent'),
    );
  if (ids !== undefined) query = query.where('e.learner_id', 'in', ids as string[]);
  return query.execute();
}

/**
 * Learners whose latest consent lets employers find them, with name and chain head seq. Payloads are
 * canonical JSON (sorted keys, no spaces), so the text test is exact; the caller parses to be sure.
 */
export function listDiscoverableRows(
  db: Db,
): Promise<{ learner_id: string; payload: string; name: string; seq: number; hash: string }[]> {
  return coveredEntries(db)
    .innerJoin('accounts as a', 'a.id', 'e.learner_id')
    .select(['e.learner_id', 'e.payload', 'a.name', 'h.seq', 'h.hash'])
    .where('e.type', '=', 'consent')
    .where('e.payload', 'like', '%"discoverableByEmployers":true%')
    .where('e.seq', '=', (eb) =>
      eb
        .selectFrom('ledger_entries as s')
        .select((s) => s.fn.max('s.seq').as('m'))
        .whereRef('s.learner_id', '=', 'e.learner_id')
        .whereRef('s.seq', '<=', 'h.seq')
        .where('s.type', '=', 'consent'),
    )
    .orderBy('e.learner_id')
    .execute();
}

/** The deposits, corrections, revocations and attestations of these learners, in chain order. */
export function listEvidenceEntryRowsOf(db: Db, ids: readonly string[]): Promise<LedgerEntryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return coveredEntries(db)
    .selectAll('e')
    .where('e.learner_id', 'in', ids as string[])
    .where('e.type', 'in', ['deposit', 'correction', 'revocation', 'attestation'])
    .orderBy('e.learner_id')
    .orderBy('e.seq')
    .execute();
}

/** The chain heads of these learners (learners without a ledger are left out). */
export function listLedgerHeadRows(
  db: Db,
  ids: readonly string[],
): Promise<{ learner_id: string; seq: number; hash: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('ledger_heads')
    .select(['learner_id', 'seq', 'hash'])
    .where('learner_id', 'in', ids as string[])
    .execute();
}

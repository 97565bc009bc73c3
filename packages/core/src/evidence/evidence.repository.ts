/** Queries evidence needs beyond the ledger's own. */
import type { Db } from '../db/database.js';

/** Which of these codes name occupations of the taxonomy. */
export async function findKnownOccupationCodes(
  db: Db,
  taxonomyId: string,
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('occupations')
    .select('code')
    .where('taxonomy_id', '=', taxonomyId)
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

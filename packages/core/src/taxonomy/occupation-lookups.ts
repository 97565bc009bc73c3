/**
 * A count of look-ups per occupation code (the occupation's page or API record opened), for the
 * "most looked-up" entry point of the occupation list. Counted in one atomic upsert; it records
 * nothing about who looked.
 */
import type { Db } from '../db/database.js';

/** Counts one look-up of an occupation. */
export async function recordOccupationLookup(db: Db, code: string): Promise<void> {
  await db
    .insertInto('occupation_lookups')
    .values({ code, lookups: 1 })
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({ lookups: eb('occupation_lookups.lookups', '+', 1) })),
    )
    .execute();
}

/** The most looked-up codes, most first (ties by code), with their counts. */
export async function mostLookedUpOccupations(
  db: Db,
  { limit }: { limit: number },
): Promise<{ code: string; lookups: number }[]> {
  const rows = await db
    .selectFrom('occupation_lookups')
    .select(['code', 'lookups'])
    .orderBy('lookups', 'desc')
    .orderBy('code')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ code: r.code, lookups: Number(r.lookups) }));
}

/** A learner's skill profile, derived from their active evidence with the versioned formula. */

import type { Db } from '../db/database.js';
import { activeEvidenceOf, buildEvidenceViews } from '../evidence/evidence.view.js';
import { loadLedger } from '../ledger/ledger.service.js';
import { CONSENT_ENTRY_TYPES, type LedgerEntry } from '../ledger/ledger.types.js';
import { todayUtc } from '../time/dates.js';
import { type DerivedProfile, deriveProfile } from './profile.formula.js';

export interface Profile extends DerivedProfile {
  learnerId: string;
  /** When the evidence behind the profile last changed; `null` for an empty account. */
  updatedAt: string | null;
}

/** The profile a chain gives as of a date (pure: used on stored chains and on exports). */
export function profileFromEntries(
  learnerId: string,
  entries: readonly LedgerEntry[],
  asOf: string,
): Profile {
  const evidence = activeEvidenceOf(buildEvidenceViews(entries).values());
  const last = entries.filter((e) => !CONSENT_ENTRY_TYPES.includes(e.type)).at(-1);
  return { learnerId, ...deriveProfile(evidence, asOf), updatedAt: last?.createdAt ?? null };
}

export async function getProfile(
  db: Db,
  learnerId: string,
  { asOf = todayUtc() }: { asOf?: string } = {},
): Promise<Profile> {
  const { entries } = await loadLedger(db, learnerId);
  return profileFromEntries(learnerId, entries, asOf);
}

export { todayUtc } from '../time/dates.js';

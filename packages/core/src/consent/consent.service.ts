/**
 * A learner's consent: whether employers can find them and whether their cohort advisors see their
 * evidence. Every change is a ledger entry (so the history is kept and tamper-evident); the latest
 * one is in force from the moment it is written. Nothing is shared until the learner says so.
 */

import type { Db, Trx } from '../db/database.js';
import { deleteLearnerAssessments } from '../learner-assessments/learner-assessments.removal.js';
import { listEntryRowsOfType, listLatestEntryRowsOfType, lockLedger } from '../ledger/ledger.repository.js';
import { appendLedgerEntry, toLedgerEntry } from '../ledger/ledger.service.js';
import type { ConsentRecord, LedgerEntry } from '../ledger/ledger.types.js';
import { type Clock, systemNow } from '../time/clock.js';

export type ConsentState = ConsentRecord;

/** What holds before a learner has said anything: share nothing. */
export const DEFAULT_CONSENT: Readonly<ConsentState> = Object.freeze({
  discoverableByEmployers: false,
  advisorsCanSeeEvidence: false,
});

export interface ConsentChange extends ConsentState {
  recordedAt: string;
  /** The ledger entry that recorded it. */
  seq: number;
}

export interface Consent extends ConsentState {
  learnerId: string;
  /** When the state in force was recorded; `null` while the defaults hold. */
  updatedAt: string | null;
  /** Every change, oldest first. */
  history: ConsentChange[];
}

/** Folds consent entries (in order) into the state in force and its history. */
export function consentFromEntries(learnerId: string, entries: readonly LedgerEntry[]): Consent {
  const history = entries
    .filter((e) => e.type === 'consent')
    .map((e): ConsentChange => {
      const p = e.payload as ConsentRecord;
      return {
        discoverableByEmployers: p.discoverableByEmployers,
        advisorsCanSeeEvidence: p.advisorsCanSeeEvidence,
        recordedAt: e.createdAt,
        seq: e.seq,
      };
    });
  const last = history.at(-1);
  return {
    learnerId,
    discoverableByEmployers: last?.discoverableByEmployers ?? DEFAULT_CONSENT.discoverableByEmployers,
    advisorsCanSeeEvidence: last?.advisorsCanSeeEvidence ?? DEFAULT_CONSENT.advisorsCanSeeEvidence,
    updatedAt: last?.recordedAt ?? null,
    history,
  };
}

export async function getConsent(db: Db, learnerId: string): Promise<Consent> {
  const rows = await listEntryRowsOfType(db, learnerId, 'consent');
  return consentFromEntries(learnerId, rows.map(toLedgerEntry));
}

export interface ConsentUpdate {
  discoverableByEmployers: boolean;
  /** Left as it is when omitted. */
  advisorsCanSeeEvidence?: boolean | undefined;
}

/**
 * Records a consent change (run in a transaction); returns the consent now in force. A learner who
 * does not let advisors see their evidence has no stored assessments (`learner_assessments`).
 */
export async function setConsent(
  trx: Trx,
  learnerId: string,
  update: ConsentUpdate,
  { now = systemNow }: Clock = {},
): Promise<Consent> {
  await lockLedger(trx, learnerId);
  const current = await getConsent(trx, learnerId);
  const payload: ConsentRecord = {
    discoverableByEmployers: update.discoverableByEmployers,
    advisorsCanSeeEvidence: update.advisorsCanSeeEvidence ?? current.advisorsCanSeeEvidence,
  };
  await appendLedgerEntry(
    trx,
    { learnerId, type: 'consent', evidenceId: null, actorId: learnerId, payload },
    { now },
  );
  // What cohort reports concluded from their evidence goes with advisors' sight of it.
  if (!payload.advisorsCanSeeEvidence) await deleteLearnerAssessments(trx, learnerId);
  return getConsent(trx, learnerId);
}

/** Ids of the learners who currently let employers find them (for candidate lists). */
export async function listDiscoverableLearnerIds(db: Db): Promise<string[]> {
  const rows = await listLatestEntryRowsOfType(db, 'consent');
  return rows
    .map(toLedgerEntry)
    .filter((e) => (e.payload as ConsentRecord).discoverableByEmployers === true)
    .map((e) => e.learnerId);
}

/** Builds a learner's account export from storage. */

import { getAccount, getAccounts } from '../accounts/accounts.service.js';
import { consentFromEntries } from '../consent/consent.service.js';
import type { Db } from '../db/database.js';
import { DomainError } from '../errors.js';
import { buildEvidenceViews } from '../evidence/evidence.view.js';
import { loadLedger } from '../ledger/ledger.service.js';
import { profileFromEntries } from '../profile/profile.service.js';
import { type Clock, systemNow } from '../time/clock.js';
import { todayUtc } from '../time/dates.js';
import type { Checkpoint } from '../transparency/checkpoint.js';
import { buildExportTransparency } from './export.transparency.js';
import { type AccountExport, EXPORT_FORMAT, EXPORT_VERSION, type ExportedAttester } from './export.types.js';

export const EXPORT_VERIFICATION_NOTES: AccountExport['verification'] = {
  canonicalJson:
    'RFC 8785 (JCS) for strings, safe integers, booleans, null, arrays and objects: keys sorted by UTF-16 code units, no whitespace',
  entryHash:
    'sha256 hex of canonicalJson({v:1, id, learnerId, seq, type, evidenceId, refId, actorId, createdAt, prevHash, payload}); the first prevHash is 64 zeros',
  evidenceHash: 'sha256 hex of canonicalJson(payload) of the deposit or correction entry',
  signature:
    'Ed25519 (base64url) over canonicalJson({type:"skillbank.attestation", v:1, id, evidenceId, evidenceHash, learnerId, attesterId, statement, level, signedAt})',
};

/**
 * The whole account of a learner as one self-verifying document; with a `checkpoint` (see
 * `checkpointCovering`) it carries inclusion proofs for every entry and attester key.
 */
export async function buildAccountExport(
  db: Db,
  learnerId: string,
  { now = systemNow, checkpoint }: Clock & { checkpoint?: Checkpoint } = {},
): Promise<AccountExport> {
  const learner = await getAccount(db, learnerId);
  if (learner?.role !== 'learner')
    throw new DomainError('learner.not_found', { learnerId }, `learner ${learnerId} was not found`);
  const { entries, head } = await loadLedger(db, learnerId);
  const attesterIds = entries.filter((e) => e.type === 'attestation').map((e) => e.actorId);
  const attesters = (await getAccounts(db, attesterIds))
    .filter((a) => a.publicKey !== null)
    .map(
      (a): ExportedAttester => ({
        id: a.id,
        role: a.role,
        name: a.name,
        organisation: a.organisation,
        algorithm: 'Ed25519',
        publicKey: a.publicKey as string,
      }),
    );
  const exportedAt = now();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    verification: EXPORT_VERIFICATION_NOTES,
    learner: { id: learner.id, name: learner.name, createdAt: learner.createdAt },
    ledger: { head: head ?? { seq: 0, hash: '0'.repeat(64) }, entries },
    attesters,
    evidence: [...buildEvidenceViews(entries).values()].sort((a, b) => a.entry.seq - b.entry.seq),
    consent: consentFromEntries(learnerId, entries),
    profile: profileFromEntries(learnerId, entries, todayUtc(exportedAt)),
    ...(checkpoint
      ? {
          transparency: await buildExportTransparency(
            db,
            checkpoint,
            entries,
            attesters.map((a) => a.id),
          ),
        }
      : {}),
  };
}

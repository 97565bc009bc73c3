/** Attestation requests: a learner asks an attester to vouch for a piece; the attester's inbox. */

import { getAccount, getAccounts } from '../accounts/accounts.service.js';
import { isAttesterRole } from '../accounts/accounts.types.js';
import type { Db, Trx } from '../db/database.js';
import { isUniqueViolation } from '../db/transaction.js';
import { DomainError, invalidField } from '../errors.js';
import { getEvidence } from '../evidence/evidence.service.js';
import type { Evidence } from '../evidence/evidence.types.js';
import { isActive } from '../evidence/evidence.view.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { type Clock, systemNow } from '../time/clock.js';
import {
  findAttestationRequestRow,
  insertAttestationRequestRow,
  listAttestationRequestRows,
} from './attestation.repository.js';
import type { AttestationRequestRow } from './attestation.table.js';

const alreadyAsked = (evidenceId: string, attesterId: string) =>
  new DomainError(
    'attestation.already_asked',
    { evidenceId, attesterId },
    `${attesterId} was already asked to attest evidence ${evidenceId}`,
  );

/** `pending` until the attester signs; `withdrawn` when the evidence was revoked or corrected first. */
export type AttestationRequestStatus = 'pending' | 'attested' | 'withdrawn';

export interface AttestationRequest {
  id: string;
  evidenceId: string;
  learnerId: string;
  attesterId: string;
  message: string | null;
  status: AttestationRequestStatus;
  createdAt: string;
}

export interface AttestationRequestItem extends AttestationRequest {
  evidence: { id: string; kind: string; title: string; occurredOn: string; status: string; hash: string };
  learner: { id: string; name: string };
  attester: { id: string; name: string; organisation: string | null };
}

function requestStatus(row: AttestationRequestRow, evidence: Evidence | null): AttestationRequestStatus {
  if (evidence?.attestations.some((a) => a.attesterId === row.attester_id)) return 'attested';
  return evidence && isActive(evidence) ? 'pending' : 'withdrawn';
}

function toRequest(row: AttestationRequestRow, evidence: Evidence | null): AttestationRequest {
  return {
    id: row.id,
    evidenceId: row.evidence_id,
    learnerId: row.learner_id,
    attesterId: row.attester_id,
    message: row.message,
    status: requestStatus(row, evidence),
    createdAt: row.created_at,
  };
}

/** A learner asks an attester account to vouch for one active piece of evidence. */
export async function requestAttestation(
  trx: Trx,
  evidenceId: string,
  { attesterId, message = null, now = systemNow }: { attesterId: string; message?: string | null } & Clock,
): Promise<AttestationRequest> {
  const evidence = await getEvidence(trx, evidenceId);
  if (!evidence)
    throw new DomainError('evidence.not_found', { evidenceId }, `evidence ${evidenceId} was not found`);
  const attester = await getAccount(trx, attesterId);
  if (!attester || !isAttesterRole(attester.role)) {
    throw invalidField('attesterId', fieldMessage('attester_not_allowed'));
  }
  if (!isActive(evidence)) {
    throw new DomainError(
      'evidence.withdrawn',
      { evidenceId, status: evidence.status, supersededBy: evidence.supersededBy },
      `evidence ${evidenceId} is ${evidence.status}; ask for the current version`,
    );
  }
  if (await findAttestationRequestRow(trx, evidenceId, attesterId)) {
    throw alreadyAsked(evidenceId, attesterId);
  }
  const row: AttestationRequestRow = {
    id: newId('ar'),
    evidence_id: evidenceId,
    learner_id: evidence.learnerId,
    attester_id: attesterId,
    message,
    created_at: now().toISOString(),
  };
  try {
    await insertAttestationRequestRow(trx, row);
  } catch (error) {
    // Two identical requests at once: the second loses the race for the unique (evidence, attester).
    if (isUniqueViolation(error, 'attestation_requests_once', 'attestation_requests.evidence_id')) {
      throw alreadyAsked(evidenceId, attesterId);
    }
    throw error;
  }
  return toRequest(row, evidence);
}

/** Requests an attester received (inbox) or a learner sent, newest first, with their status. */
export async function listAttestationRequests(
  db: Db,
  who: { attesterId: string } | { learnerId: string },
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: AttestationRequestItem[]; hasMore: boolean }> {
  const rows = await listAttestationRequestRows(db, { ...who, limit: limit + 1, offset });
  const page = rows.slice(0, limit);
  const evidence = new Map<string, Evidence | null>();
  for (const id of new Set(page.map((r) => r.evidence_id))) evidence.set(id, await getEvidence(db, id));
  const accounts = new Map(
    (
      await getAccounts(
        db,
        page.flatMap((r) => [r.learner_id, r.attester_id]),
      )
    ).map((a) => [a.id, a]),
  );
  // Withdrawn evidence (revoked or superseded) is the learner's alone (access policy): an attester's
  // inbox keeps the request and its status but no longer shows what the piece was.
  const showsWithdrawn = 'learnerId' in who;
  const items = page.map((row): AttestationRequestItem => {
    const found = evidence.get(row.evidence_id) ?? null;
    const e = found && (showsWithdrawn || isActive(found)) ? found : null;
    const learner = accounts.get(row.learner_id);
    const attester = accounts.get(row.attester_id);
    return {
      ...toRequest(row, found),
      evidence: {
        id: row.evidence_id,
        kind: e?.kind ?? '',
        title: e?.title ?? '',
        occurredOn: e?.occurredOn ?? '',
        status: found?.status ?? 'revoked',
        hash: e?.hash ?? '',
      },
      learner: { id: row.learner_id, name: learner?.name ?? '' },
      attester: {
        id: row.attester_id,
        name: attester?.name ?? '',
        organisation: attester?.organisation ?? null,
      },
    };
  });
  return { items, hasMore: rows.length > limit };
}

/**
 * Learning results: the provider records one on an enrolment and signs it at once (its sealed key
 * opens only with its token, as for attestations); the learner accepts it and it enters the
 * learner's ledger as a deposit of the signed record followed by the provider's attestation, so
 * the chain verifies with the provider's published key. The provider can revoke a result: an
 * accepted one stays in the ledger, revoked.
 */
import { signText, verifyText } from '../accounts/account-keys.js';
import { getAccounts, openSigningKey } from '../accounts/accounts.service.js';
import { attestationMessage } from '../attestation/attestation.message.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { getEvidence } from '../evidence/evidence.service.js';
import { isActive } from '../evidence/evidence.view.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { canonicalHash } from '../ledger/canonical.js';
import { lockLedger } from '../ledger/ledger.repository.js';
import { appendLedgerEntry } from '../ledger/ledger.service.js';
import type { AttestationRecord, EvidenceRecord, RevocationRecord } from '../ledger/ledger.types.js';
import {
  findEnrolmentRow,
  findResultRow,
  insertResultRow,
  listPublicResultRows,
  listResultRowsOfEnrolments,
  updateResultRow,
} from './enrolments.repository.js';
import type { LearningResultRow } from './learning.table.js';
import type { LearningResult, Offering } from './learning.types.js';
import { OUTCOMES_BY_KIND, type ResultOutcome } from './learning.vocabulary.js';
import type { ResultInput } from './offerings.schema.js';
import { coveredTasks, getOffering } from './offerings.service.js';
import { type ResultFacts, resultEvidenceRecord } from './result-evidence.js';

interface Clock {
  now?: () => Date;
}

export function toLearningResult(row: LearningResultRow): LearningResult {
  return {
    id: row.id,
    enrolmentId: row.enrolment_id,
    offeringId: row.offering_id,
    learnerId: row.learner_id,
    providerId: row.provider_id,
    outcome: row.outcome as ResultOutcome,
    level: row.level === null ? null : Number(row.level),
    rank: row.rank === null ? null : Number(row.rank),
    award: row.award,
    statement: row.statement,
    evidenceId: row.evidence_id,
    status: row.status as LearningResult['status'],
    shownPublicly: Number(row.shown_publicly) === 1,
    recordedAt: row.recorded_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
    revokeReason: row.revoke_reason,
    record: row.record === 'null' ? null : (JSON.parse(row.record) as EvidenceRecord),
    attestation: row.attestation === 'null' ? null : (JSON.parse(row.attestation) as AttestationRecord),
  };
}

export async function getResult(db: Db, id: string): Promise<LearningResult | null> {
  const row = await findResultRow(db, id);
  return row ? toLearningResult(row) : null;
}

/** The result's facts, checked against what the offering's kind allows. */
function checkFacts(
  { kind, level }: Pick<Offering, 'kind' | 'level'>,
  input: ResultInput,
): ResultFacts & { failed: boolean } {
  const allowed = OUTCOMES_BY_KIND[kind];
  if (!allowed.includes(input.outcome))
    throw invalidField('outcome', fieldMessage('outcome_for_kind', { kind, values: allowed.join(', ') }));
  if (kind !== 'competition' && (input.rank !== undefined || input.award !== undefined))
    throw invalidField(input.rank !== undefined ? 'rank' : 'award', fieldMessage('placing_only_competition'));
  if (input.outcome === 'placed' && input.rank === undefined && input.award === undefined)
    throw invalidField('rank', fieldMessage('placing_needs_rank_or_award'));
  if (kind === 'assessment' && input.outcome === 'passed' && input.level === undefined)
    throw invalidField('level', fieldMessage('passed_needs_level'));
  return {
    outcome: input.outcome === 'failed' ? 'completed' : input.outcome,
    failed: input.outcome === 'failed',
    // A course or competition is at the level the offering states, unless the provider says otherwise.
    level: input.level ?? (kind === 'assessment' ? null : level),
    rank: input.rank ?? null,
    award: input.award ?? null,
  };
}

/**
 * The provider records a result on an enrolment in its offering and signs it (run in a
 * transaction; `token` opens the provider's key). One standing result per enrolment: revoke it to
 * record another. A failed outcome is kept as `recorded` and never becomes evidence.
 */
export async function recordResult(
  trx: Trx,
  enrolmentId: string,
  input: ResultInput,
  { providerId, token, now = () => new Date() }: { providerId: string; token: string } & Clock,
): Promise<LearningResult> {
  const enrolment = await findEnrolmentRow(trx, enrolmentId);
  if (!enrolment)
    throw new DomainError('enrolment.not_found', { enrolmentId }, `enrolment ${enrolmentId} was not found`);
  const offering = await getOffering(trx, enrolment.offering_id);
  if (!offering || offering.provider.id !== providerId)
    throw new DomainError('enrolment.not_found', { enrolmentId }, `enrolment ${enrolmentId} was not found`);
  if (enrolment.status !== 'enrolled')
    throw new DomainError(
      'enrolment.withdrawn',
      { enrolmentId },
      `enrolment ${enrolmentId} was withdrawn by the learner`,
    );
  const standing = (await listResultRowsOfEnrolments(trx, [enrolmentId])).find(
    (r) => r.status === 'offered' || r.status === 'accepted',
  );
  if (standing)
    throw new DomainError(
      'result.standing',
      { enrolmentId, resultId: standing.id, status: standing.status },
      `enrolment ${enrolmentId} already has result ${standing.id} (${standing.status}); revoke it to record another`,
    );
  const facts = checkFacts(offering, input);
  const at = now();
  const ids = { evidenceId: newId('ev'), learnerId: enrolment.learner_id, resultId: newId('lr') };
  let record: EvidenceRecord | null = null;
  let attestation: AttestationRecord | null = null;
  if (!facts.failed) {
    const key = await openSigningKey(trx, providerId, token);
    if (!key)
      throw new DomainError(
        'attestation.no_signing_key',
        { attesterId: providerId },
        `account ${providerId} has no signing key this token opens`,
      );
    const tasks = await coveredTasks(trx, offering.taxonomyId, offering.taskIds);
    record = resultEvidenceRecord({ offering, tasks, facts, ids, on: at.toISOString().slice(0, 10) });
    const unsigned = {
      id: newId('at'),
      evidenceId: ids.evidenceId,
      evidenceHash: canonicalHash(record),
      learnerId: ids.learnerId,
      attesterId: providerId,
      statement: input.statement ?? null,
      level: facts.level,
      signedAt: at.toISOString(),
    };
    attestation = {
      ...unsigned,
      algorithm: 'Ed25519',
      signature: signText(key, attestationMessage(unsigned)),
    };
  }
  const row: LearningResultRow = {
    id: ids.resultId,
    enrolment_id: enrolmentId,
    offering_id: offering.id,
    learner_id: enrolment.learner_id,
    provider_id: providerId,
    outcome: input.outcome,
    level: facts.level,
    rank: facts.rank,
    award: facts.award,
    statement: input.statement ?? null,
    evidence_id: ids.evidenceId,
    record: JSON.stringify(record),
    attestation: JSON.stringify(attestation),
    status: facts.failed ? 'recorded' : 'offered',
    shown_publicly: 0,
    recorded_at: at.toISOString(),
    accepted_at: null,
    revoked_at: null,
    revoke_reason: null,
  };
  await insertResultRow(trx, row);
  return toLearningResult(row);
}

async function standingRow(trx: Trx, id: string): Promise<LearningResultRow> {
  const row = await findResultRow(trx, id);
  if (!row) throw new DomainError('result.not_found', { resultId: id }, `result ${id} was not found`);
  return row;
}

/**
 * The learner accepts a result: the signed record and the provider's attestation are appended to
 * the learner's ledger (run in a transaction). `showPublicly` lets it appear on the offering's
 * public results page.
 */
export async function acceptResult(
  trx: Trx,
  id: string,
  { showPublicly = false, now = () => new Date() }: { showPublicly?: boolean } & Clock = {},
): Promise<{ result: LearningResult; evidenceId: string }> {
  const row = await standingRow(trx, id);
  await lockLedger(trx, row.learner_id);
  const current = await standingRow(trx, id);
  if (current.status === 'recorded')
    throw new DomainError(
      'result.wrong_status',
      { resultId: id, status: current.status },
      `result ${id} is a failed outcome and does not become evidence`,
    );
  if (current.status === 'accepted')
    throw new DomainError(
      'result.wrong_status',
      { resultId: id, status: current.status },
      `result ${id} was already accepted`,
    );
  if (current.status === 'revoked')
    throw new DomainError(
      'result.wrong_status',
      { resultId: id, status: current.status },
      `result ${id} was revoked by its provider`,
    );
  const result = toLearningResult(current);
  const record = result.record as EvidenceRecord;
  const attestation = result.attestation as AttestationRecord;
  await appendLedgerEntry(
    trx,
    {
      learnerId: row.learner_id,
      type: 'deposit',
      evidenceId: record.id,
      actorId: row.learner_id,
      payload: record,
    },
    { now },
  );
  await appendLedgerEntry(
    trx,
    {
      learnerId: row.learner_id,
      type: 'attestation',
      evidenceId: record.id,
      actorId: row.provider_id,
      payload: attestation,
    },
    { now },
  );
  await updateResultRow(trx, id, {
    status: 'accepted',
    accepted_at: now().toISOString(),
    shown_publicly: showPublicly ? 1 : 0,
  });
  return { result: toLearningResult(await standingRow(trx, id)), evidenceId: record.id };
}

/** The learner declines an offered result (it can still be accepted later). */
export async function declineResult(trx: Trx, id: string): Promise<LearningResult> {
  const row = await standingRow(trx, id);
  if (row.status !== 'offered')
    throw new DomainError(
      'result.wrong_status',
      { resultId: id, status: row.status },
      `result ${id} is ${row.status}`,
    );
  await updateResultRow(trx, id, { status: 'declined' });
  return toLearningResult(await standingRow(trx, id));
}

/** The learner says whether an accepted result may appear on the offering's public results page. */
export async function setResultShownPublicly(trx: Trx, id: string, shown: boolean): Promise<LearningResult> {
  await standingRow(trx, id);
  await updateResultRow(trx, id, { shown_publicly: shown ? 1 : 0 });
  return toLearningResult(await standingRow(trx, id));
}

/**
 * The provider revokes a result it recorded (run in a transaction). An accepted result's evidence
 * stays in the learner's ledger, marked revoked by the provider, and stops counting.
 */
export async function revokeResult(
  trx: Trx,
  id: string,
  { reason = null, now = () => new Date() }: { reason?: string | null } & Clock = {},
): Promise<LearningResult> {
  const row = await standingRow(trx, id);
  if (row.status === 'revoked')
    throw new DomainError(
      'result.wrong_status',
      { resultId: id, status: row.status },
      `result ${id} was already revoked`,
    );
  if (row.status === 'accepted') {
    await lockLedger(trx, row.learner_id);
    const evidence = await getEvidence(trx, row.evidence_id);
    // The learner may have revoked or corrected it already; then there is nothing left to revoke.
    if (evidence && isActive(evidence)) {
      const payload: RevocationRecord = {
        evidenceId: row.evidence_id,
        reason: `revoked by its provider${reason ? `: ${reason}` : ''}`,
      };
      await appendLedgerEntry(
        trx,
        {
          learnerId: row.learner_id,
          type: 'revocation',
          evidenceId: row.evidence_id,
          actorId: row.provider_id,
          payload,
        },
        { now },
      );
    }
  }
  await updateResultRow(trx, id, {
    status: 'revoked',
    revoked_at: now().toISOString(),
    revoke_reason: reason,
  });
  return toLearningResult(await standingRow(trx, id));
}

export interface PublicResult {
  resultId: string;
  learner: { name: string };
  outcome: ResultOutcome;
  level: number | null;
  rank: number | null;
  award: string | null;
  recordedAt: string;
  /** The provider's signature verifies with its published key over the evidence as the ledger holds it. */
  signatureValid: boolean;
}

/**
 * An offering's public results: accepted results whose learners let them be shown, and whose
 * evidence still stands in their ledgers, each signature re-verified now. Best placings first.
 */
export async function listPublicResults(db: Db, offeringId: string): Promise<PublicResult[]> {
  const rows = await listPublicResultRows(db, offeringId);
  const accounts = new Map(
    (
      await getAccounts(
        db,
        rows.flatMap((r) => [r.learner_id, r.provider_id]),
      )
    ).map((a) => [a.id, a]),
  );
  const shown: PublicResult[] = [];
  for (const row of rows) {
    const evidence = await getEvidence(db, row.evidence_id);
    if (!evidence || !isActive(evidence)) continue;
    const signed = evidence.attestations.find((a) => a.attesterId === row.provider_id);
    const key = accounts.get(row.provider_id)?.publicKey ?? null;
    const signatureValid =
      signed !== undefined &&
      key !== null &&
      signed.evidenceHash === evidence.hash &&
      verifyText(key, attestationMessage({ ...signed, signedAt: signed.createdAt }), signed.signature);
    shown.push({
      resultId: row.id,
      learner: { name: accounts.get(row.learner_id)?.name ?? '' },
      outcome: row.outcome as ResultOutcome,
      level: row.level === null ? null : Number(row.level),
      rank: row.rank === null ? null : Number(row.rank),
      award: row.award,
      recordedAt: row.recorded_at,
      signatureValid,
    });
  }
  return shown.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0) ||
      (a.resultId < b.resultId ? -1 : 1),
  );
}

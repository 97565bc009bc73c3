/**
 * Attestation requests: a learner asks an attester to vouch for a piece (directly, or by a link the
 * attester opens); the attester signs, declines with a reason, or asks for more information, which
 * the learner answers. Both sides read the same request with its state and its thread.
 */

import type { AccessDecision } from '../access/access.policy.js';
import { getAccount, getAccounts } from '../accounts/accounts.service.js';
import { type Account, type Actor, isAttesterRole } from '../accounts/accounts.types.js';
import { newCohortCode, normalizeCohortCode } from '../cohorts/cohort-code.js';
import type { Db, Trx } from '../db/database.js';
import { isUniqueViolation } from '../db/transaction.js';
import { DomainError, invalidField } from '../errors.js';
import { getEvidence } from '../evidence/evidence.service.js';
import type { Evidence } from '../evidence/evidence.types.js';
import { isActive } from '../evidence/evidence.view.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { lockLedger } from '../ledger/ledger.repository.js';
import { type Clock, systemNow } from '../time/clock.js';
import { addDays } from '../time/dates.js';
import {
  claimAttestationInviteRow,
  findAttestationInviteByCode,
  findAttestationRequestById,
  findAttestationRequestRow,
  insertAttestationInviteRow,
  insertAttestationRequestEventRow,
  insertAttestationRequestRow,
  listAttestationInviteRows,
  listAttestationRequestEventRows,
  listAttestationRequestRows,
  listKnownAttesterIds,
} from './attestation.repository.js';
import type {
  AttestationInviteRow,
  AttestationRequestEventRow,
  AttestationRequestRow,
} from './attestation.table.js';
import { decideOnAttestationRequest } from './attestation-request.policy.js';
import {
  type AttestationRequestEventKind,
  type AttestationRequestState,
  awaiting,
  canMove,
  requestState,
} from './attestation-request.state.js';

const alreadyAsked = (evidenceId: string, attesterId: string) =>
  new DomainError(
    'attestation.already_asked',
    { evidenceId, attesterId },
    `${attesterId} was already asked to attest evidence ${evidenceId}`,
  );

/** Kept under its old name: a request's status is its state. */
export type AttestationRequestStatus = AttestationRequestState;

export interface RequestAttachment {
  url?: string | undefined;
  name?: string | undefined;
  sha256?: string | undefined;
}

/** A question, an answer or a decline, in order. */
export interface AttestationRequestEvent {
  id: string;
  kind: AttestationRequestEventKind;
  actorId: string;
  text: string;
  attachments: RequestAttachment[];
  createdAt: string;
}

export interface AttestationRequest {
  id: string;
  evidenceId: string;
  learnerId: string;
  attesterId: string;
  message: string | null;
  status: AttestationRequestStatus;
  /** Whose move it is: the attester's, the learner's (to answer a question), or nobody's. */
  awaiting: 'attester' | 'learner' | null;
  events: AttestationRequestEvent[];
  createdAt: string;
}

export interface AttestationRequestItem extends AttestationRequest {
  evidence: { id: string; kind: string; title: string; occurredOn: string; status: string; hash: string };
  learner: { id: string; name: string };
  attester: { id: string; name: string; organisation: string | null };
}

function toEvent(row: AttestationRequestEventRow): AttestationRequestEvent {
  return {
    id: row.id,
    kind: row.kind as AttestationRequestEventKind,
    actorId: row.actor_id,
    text: row.text,
    attachments: row.attachments ? (JSON.parse(row.attachments) as RequestAttachment[]) : [],
    createdAt: row.created_at,
  };
}

function toRequest(
  row: AttestationRequestRow,
  evidence: Evidence | null,
  events: AttestationRequestEvent[],
): AttestationRequest {
  const status = requestState(events, {
    signed: evidence?.attestations.some((a) => a.attesterId === row.attester_id) ?? false,
    evidenceActive: evidence !== null && isActive(evidence),
  });
  return {
    id: row.id,
    evidenceId: row.evidence_id,
    learnerId: row.learner_id,
    attesterId: row.attester_id,
    message: row.message,
    status,
    awaiting: awaiting(status),
    events,
    createdAt: row.created_at,
  };
}

async function eventsByRequest(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, AttestationRequestEvent[]>> {
  const byRequest = new Map<string, AttestationRequestEvent[]>();
  for (const row of await listAttestationRequestEventRows(db, ids)) {
    const list = byRequest.get(row.request_id) ?? [];
    list.push(toEvent(row));
    byRequest.set(row.request_id, list);
  }
  return byRequest;
}

/** Inserts a request row for an active piece, or says why not. */
async function openRequest(
  trx: Trx,
  evidence: Evidence,
  attesterId: string,
  message: string | null,
  at: string,
): Promise<AttestationRequest> {
  if (!isActive(evidence)) {
    throw new DomainError(
      'evidence.withdrawn',
      { evidenceId: evidence.id, status: evidence.status, supersededBy: evidence.supersededBy },
      `evidence ${evidence.id} is ${evidence.status}; ask for the current version`,
    );
  }
  if (await findAttestationRequestRow(trx, evidence.id, attesterId))
    throw alreadyAsked(evidence.id, attesterId);
  const row: AttestationRequestRow = {
    id: newId('ar'),
    evidence_id: evidence.id,
    learner_id: evidence.learnerId,
    attester_id: attesterId,
    message,
    created_at: at,
  };
  try {
    await insertAttestationRequestRow(trx, row);
  } catch (error) {
    // Two identical requests at once: the second loses the race for the unique (evidence, attester).
    if (isUniqueViolation(error, 'attestation_requests_once', 'attestation_requests.evidence_id')) {
      throw alreadyAsked(evidence.id, attesterId);
    }
    throw error;
  }
  return toRequest(row, evidence, []);
}

async function activeEvidence(trx: Db, evidenceId: string): Promise<Evidence> {
  const evidence = await getEvidence(trx, evidenceId);
  if (!evidence)
    throw new DomainError('evidence.not_found', { evidenceId }, `evidence ${evidenceId} was not found`);
  return evidence;
}

/** A learner asks an attester account to vouch for one active piece of evidence. */
export async function requestAttestation(
  trx: Trx,
  evidenceId: string,
  { attesterId, message = null, now = systemNow }: { attesterId: string; message?: string | null } & Clock,
): Promise<AttestationRequest> {
  const evidence = await activeEvidence(trx, evidenceId);
  const attester = await getAccount(trx, attesterId);
  if (!attester || !isAttesterRole(attester.role)) {
    throw invalidField('attesterId', fieldMessage('attester_not_allowed'));
  }
  return openRequest(trx, evidence, attesterId, message, now().toISOString());
}

/** Requests an attester received (inbox) or a learner sent, newest first, with their state and thread. */
export async function listAttestationRequests(
  db: Db,
  who: { attesterId: string } | { learnerId: string },
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: AttestationRequestItem[]; hasMore: boolean }> {
  const rows = await listAttestationRequestRows(db, { ...who, limit: limit + 1, offset });
  const page = rows.slice(0, limit);
  return { items: await toItems(db, page, 'learnerId' in who), hasMore: rows.length > limit };
}

async function toItems(
  db: Db,
  rows: readonly AttestationRequestRow[],
  showsWithdrawn: boolean,
): Promise<AttestationRequestItem[]> {
  const evidence = new Map<string, Evidence | null>();
  for (const id of new Set(rows.map((r) => r.evidence_id))) evidence.set(id, await getEvidence(db, id));
  const accounts = new Map(
    (
      await getAccounts(
        db,
        rows.flatMap((r) => [r.learner_id, r.attester_id]),
      )
    ).map((a) => [a.id, a]),
  );
  const events = await eventsByRequest(
    db,
    rows.map((r) => r.id),
  );
  // Withdrawn evidence (revoked or superseded) is the learner's alone (access policy): an attester's
  // inbox keeps the request and its status but no longer shows what the piece was.
  return rows.map((row): AttestationRequestItem => {
    const found = evidence.get(row.evidence_id) ?? null;
    const e = found && (showsWithdrawn || isActive(found)) ? found : null;
    const learner = accounts.get(row.learner_id);
    const attester = accounts.get(row.attester_id);
    return {
      ...toRequest(row, found, events.get(row.id) ?? []),
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
}

function ensureDecision(decision: AccessDecision, requestId: string): void {
  if (decision.effect === 'hide')
    throw new DomainError(
      'attestation_request.not_found',
      { requestId },
      `request ${requestId} was not found`,
    );
  if (decision.effect === 'deny')
    throw new DomainError('access.denied', { reason: decision.reason, roles: null }, decision.reason);
}

/** One request with its thread, for its learner, its attester (or the administrator). */
export async function getAttestationRequest(
  db: Db,
  actor: Actor,
  requestId: string,
): Promise<AttestationRequestItem> {
  const row = await findAttestationRequestById(db, requestId);
  if (!row)
    throw new DomainError(
      'attestation_request.not_found',
      { requestId },
      `request ${requestId} was not found`,
    );
  ensureDecision(
    decideOnAttestationRequest(actor, 'read', { learnerId: row.learner_id, attesterId: row.attester_id }),
    requestId,
  );
  const [item] = await toItems(db, [row], actor.id !== row.attester_id);
  return item as AttestationRequestItem;
}

/** What a move adds to the thread. */
export interface RequestMoveInput {
  text: string;
  attachments?: RequestAttachment[] | undefined;
}

const EVENT_OF_MOVE = { ask: 'asked', answer: 'answered', decline: 'declined' } as const;

/**
 * The attester asks for more information or declines (with a reason), or the learner answers a
 * question (text, and links or names of attachments): one event on the request, checked against
 * the state machine under the learner's ledger lock (so it cannot cross a signature). The evidence
 * is not changed.
 */
export async function moveAttestationRequest(
  trx: Trx,
  actor: Actor,
  requestId: string,
  move: 'ask' | 'answer' | 'decline',
  { text, attachments = [], now = systemNow }: RequestMoveInput & Clock,
): Promise<AttestationRequestItem> {
  const found = await findAttestationRequestById(trx, requestId);
  if (!found)
    throw new DomainError(
      'attestation_request.not_found',
      { requestId },
      `request ${requestId} was not found`,
    );
  ensureDecision(
    decideOnAttestationRequest(actor, move, { learnerId: found.learner_id, attesterId: found.attester_id }),
    requestId,
  );
  await lockLedger(trx, found.learner_id);
  const current = await getAttestationRequest(trx, actor, requestId);
  if (!canMove(current.status, move).ok)
    throw new DomainError(
      'attestation_request.wrong_state',
      { requestId, state: current.status, move },
      `request ${requestId} is ${current.status}: it cannot take "${move}" now`,
    );
  await insertAttestationRequestEventRow(trx, {
    id: newId('ae'),
    request_id: requestId,
    kind: EVENT_OF_MOVE[move],
    actor_id: actor.id,
    text,
    attachments: move === 'answer' && attachments.length > 0 ? JSON.stringify(attachments) : null,
    created_at: now().toISOString(),
  });
  return getAttestationRequest(trx, actor, requestId);
}

/** The state of the request an attester was asked about a piece, if any (for signing). */
export async function attestationRequestState(
  db: Db,
  evidenceId: string,
  attesterId: string,
): Promise<{ id: string; status: AttestationRequestState } | null> {
  const row = await findAttestationRequestRow(db, evidenceId, attesterId);
  if (!row) return null;
  const events = (await eventsByRequest(db, [row.id])).get(row.id) ?? [];
  return { id: row.id, status: toRequest(row, await getEvidence(db, evidenceId), events).status };
}

// ---------------------------------------------------------------------------------------------
// Invitations by link

export const DEFAULT_ATTESTATION_INVITE_DAYS = 14;

export type AttestationInviteStatus = 'open' | 'used' | 'expired';

export interface AttestationInvite {
  id: string;
  /** `K7M2Q-9XTR4`: shown to its learner while the invite is open. */
  code: string;
  evidenceId: string;
  message: string | null;
  status: AttestationInviteStatus;
  createdAt: string;
  expiresAt: string;
  requestId: string | null;
}

const displayCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

function toInvite(row: AttestationInviteRow, at: string): AttestationInvite {
  return {
    id: row.id,
    code: displayCode(row.code),
    evidenceId: row.evidence_id,
    message: row.message,
    status: row.request_id !== null ? 'used' : row.expires_at <= at ? 'expired' : 'open',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    requestId: row.request_id,
  };
}

/** A learner makes a single-use link for someone to open and be asked about one active piece. */
export async function createAttestationInvite(
  trx: Trx,
  evidenceId: string,
  {
    message = null,
    days = DEFAULT_ATTESTATION_INVITE_DAYS,
    now = systemNow,
  }: { message?: string | null; days?: number } & Clock,
): Promise<AttestationInvite> {
  const evidence = await activeEvidence(trx, evidenceId);
  if (!isActive(evidence)) {
    throw new DomainError(
      'evidence.withdrawn',
      { evidenceId, status: evidence.status, supersededBy: evidence.supersededBy },
      `evidence ${evidenceId} is ${evidence.status}; ask for the current version`,
    );
  }
  const at = now();
  const row: AttestationInviteRow = {
    id: newId('ai'),
    code: normalizeCohortCode(newCohortCode()),
    evidence_id: evidenceId,
    learner_id: evidence.learnerId,
    message,
    created_at: at.toISOString(),
    expires_at: addDays(at, days).toISOString(),
    request_id: null,
    claimed_at: null,
  };
  await insertAttestationInviteRow(trx, row);
  return toInvite(row, row.created_at);
}

/** A learner's invites (about one piece, with `evidenceId`), newest first. */
export async function listAttestationInvites(
  db: Db,
  learnerId: string,
  { evidenceId, now = systemNow }: { evidenceId?: string } & Clock = {},
): Promise<AttestationInvite[]> {
  const at = now().toISOString();
  return (await listAttestationInviteRows(db, learnerId, evidenceId === undefined ? {} : { evidenceId })).map(
    (r) => toInvite(r, at),
  );
}

/** What an attester sees before opening an invite: who asks about what. */
export async function previewAttestationInvite(
  db: Db,
  code: string,
  { now = systemNow }: Clock = {},
): Promise<{ invite: AttestationInvite; learnerName: string; evidenceTitle: string } | null> {
  const row = await findAttestationInviteByCode(db, normalizeCohortCode(code));
  if (!row) return null;
  const invite = toInvite(row, now().toISOString());
  const [learner] = await getAccounts(db, [row.learner_id]);
  const evidence = await getEvidence(db, row.evidence_id);
  return {
    invite,
    learnerName: learner?.name ?? '',
    evidenceTitle: evidence && isActive(evidence) ? evidence.title : '',
  };
}

/**
 * An employer or advisor opens an invite: they become the attester asked about its piece (the
 * invite's message goes with it). Unknown, used or expired codes are `invalid` naming `code`.
 */
export async function claimAttestationInvite(
  trx: Trx,
  code: string,
  attester: Account,
  { now = systemNow }: Clock = {},
): Promise<AttestationRequest> {
  const at = now().toISOString();
  const row = await findAttestationInviteByCode(trx, normalizeCohortCode(code));
  if (!row || row.request_id !== null || row.expires_at <= at)
    throw invalidField('code', fieldMessage('invitation_invalid'));
  if (!isAttesterRole(attester.role)) throw invalidField('code', fieldMessage('attester_not_allowed'));
  await lockLedger(trx, row.learner_id);
  const evidence = await activeEvidence(trx, row.evidence_id);
  const request = await openRequest(trx, evidence, attester.id, row.message, at);
  if (!(await claimAttestationInviteRow(trx, row.id, request.id, at)))
    throw invalidField('code', fieldMessage('invitation_invalid'));
  return request;
}

/** Whom a learner may pick from a list: their cohorts' advisors and attesters they asked before (never everyone). */
export async function listAttesterChoices(
  db: Db,
  learnerId: string,
): Promise<{ account: Account; cohortAdvisor: boolean }[]> {
  const { cohortAdvisors, askedBefore } = await listKnownAttesterIds(db, learnerId);
  const advisors = new Set(cohortAdvisors);
  const accounts = await getAccounts(db, [...new Set([...cohortAdvisors, ...askedBefore])]);
  return accounts
    .filter((a) => isAttesterRole(a.role))
    .map((account) => ({ account, cohortAdvisor: advisors.has(account.id) }))
    .sort(
      (a, b) =>
        Number(b.cohortAdvisor) - Number(a.cohortAdvisor) || a.account.name.localeCompare(b.account.name),
    );
}

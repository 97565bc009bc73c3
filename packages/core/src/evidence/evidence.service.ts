/** Depositing, correcting, revoking and reading evidence. Writes run in the caller's transaction. */

import { revokeEvidenceCredentials } from '../credentials/credentials.service.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError, type DomainFieldProblem, invalidFields } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import {
  findEvidenceEntryRow,
  listEntriesAbout,
  listEvidenceEntryRows,
  lockLedger,
} from '../ledger/ledger.repository.js';
import { appendLedgerEntry, loadLedger, toLedgerEntry } from '../ledger/ledger.service.js';
import type { EvidenceRecord, RevocationRecord } from '../ledger/ledger.types.js';
import { getTaxonomyInfo } from '../taxonomy/taxonomy.service.js';
import { type Clock, systemNow } from '../time/clock.js';
import { latestEvidenceDate } from '../time/dates.js';
import { findKnownOccupationCodes } from './evidence.repository.js';
import type { EvidenceInput } from './evidence.schema.js';
import type { ActiveEvidence, Evidence } from './evidence.types.js';
import { activeEvidenceOf, buildEvidenceViews, isActive } from './evidence.view.js';

/**
 * The dates of a piece that lie after `latest` (the latest date a piece may carry): checked on
 * deposit, and by forms beside the schema's problems so that all are said at once.
 */
export function futureDateProblems(
  dates: { occurredOn: string; endedOn?: string | undefined },
  latest: string,
): DomainFieldProblem[] {
  const problems: DomainFieldProblem[] = [];
  if (dates.occurredOn > latest) problems.push({ path: 'occurredOn', ...fieldMessage('date_in_future') });
  if (dates.endedOn !== undefined && dates.endedOn > latest)
    problems.push({ path: 'endedOn', ...fieldMessage('date_in_future') });
  return problems;
}

async function checkInput(db: Db, taxonomyId: string, input: EvidenceInput, now: Date): Promise<void> {
  const problems: DomainFieldProblem[] = futureDateProblems(input, latestEvidenceDate(now));
  const codes = input.occupationCodes ?? [];
  const [known, taxonomy] = await Promise.all([
    findKnownOccupationCodes(db, taxonomyId, codes),
    codes.length > 0 ? getTaxonomyInfo(db, taxonomyId) : null,
  ]);
  codes.forEach((code, i) => {
    if (taxonomy && !taxonomy.scheme.isOccupationCode(code))
      problems.push({
        path: `occupationCodes.${i}`,
        ...fieldMessage('occupation_code_format', taxonomy.scheme.examples.occupation),
      });
    else if (!known.has(code))
      problems.push({
        path: `occupationCodes.${i}`,
        ...fieldMessage('occupation_unknown', { code, taxonomy: taxonomyId }),
      });
  });
  if (problems.length > 0) throw invalidFields(problems);
}

function toRecord(
  input: EvidenceInput,
  ids: { id: string; learnerId: string; taxonomyId: string; supersedes: string | null },
): EvidenceRecord {
  return {
    id: ids.id,
    learnerId: ids.learnerId,
    kind: input.kind,
    title: input.title,
    description: input.description,
    occurredOn: input.occurredOn,
    endedOn: input.endedOn ?? null,
    taxonomyId: ids.taxonomyId,
    occupationCodes: input.occupationCodes ?? [],
    skills: (input.skills ?? []).map((s) => ({ name: s.name, level: s.level ?? null })),
    steps: input.steps ?? [],
    artifacts: (input.artifacts ?? []).map((a) => ({
      url: a.url ?? null,
      name: a.name ?? null,
      sha256: a.sha256 ?? null,
    })),
    supersedes: ids.supersedes,
  };
}

export interface DepositOptions extends Clock {
  learnerId: string;
  /** The taxonomy occupation codes are checked against. */
  taxonomyId: string;
}

/** Deposits a new piece of evidence in the learner's ledger (run in a transaction). */
export async function depositEvidence(
  trx: Trx,
  input: EvidenceInput,
  { learnerId, taxonomyId, now = systemNow }: DepositOptions,
): Promise<Evidence> {
  await checkInput(trx, taxonomyId, input, now());
  const record = toRecord(input, { id: newId('ev'), learnerId, taxonomyId, supersedes: null });
  const entry = await appendLedgerEntry(
    trx,
    { learnerId, type: 'deposit', evidenceId: record.id, actorId: learnerId, payload: record },
    { now },
  );
  return buildEvidenceViews([entry]).get(record.id) as Evidence;
}

/** One piece of evidence with its standing, or `null`. */
export async function getEvidence(db: Db, id: string): Promise<Evidence | null> {
  const row = await findEvidenceEntryRow(db, id);
  if (!row) return null;
  const about = await listEntriesAbout(db, [id]);
  return buildEvidenceViews([row, ...about].map(toLedgerEntry)).get(id) ?? null;
}

/** The active piece a change is about, under the chain lock; `conflict` when it is no longer active. */
async function lockActive(trx: Trx, id: string, verb: string): Promise<Evidence> {
  const before = await findEvidenceEntryRow(trx, id);
  if (!before)
    throw new DomainError('evidence.not_found', { evidenceId: id }, `evidence ${id} was not found`);
  await lockLedger(trx, before.learner_id);
  const current = await getEvidence(trx, id);
  if (!current)
    throw new DomainError('evidence.not_found', { evidenceId: id }, `evidence ${id} was not found`);
  if (!isActive(current)) {
    const next = current.status === 'superseded' ? `; ${verb} its correction ${current.supersededBy}` : '';
    throw new DomainError(
      'evidence.withdrawn',
      { evidenceId: id, status: current.status, supersededBy: current.supersededBy },
      `evidence ${id} is ${current.status} and cannot be ${verb}d${next}`,
    );
  }
  return current;
}

/** Records a correction: a new piece that supersedes `id` (run in a transaction). */
export async function correctEvidence(
  trx: Trx,
  id: string,
  input: EvidenceInput,
  { taxonomyId, now = systemNow }: { taxonomyId: string } & Clock,
): Promise<Evidence> {
  const old = await lockActive(trx, id, 'correct');
  await checkInput(trx, taxonomyId, input, now());
  const record = toRecord(input, { id: newId('ev'), learnerId: old.learnerId, taxonomyId, supersedes: id });
  const entry = await appendLedgerEntry(
    trx,
    {
      learnerId: old.learnerId,
      type: 'correction',
      evidenceId: record.id,
      refId: id,
      actorId: old.learnerId,
      payload: record,
    },
    { now },
  );
  return buildEvidenceViews([entry]).get(record.id) as Evidence;
}

/** Revokes a piece: it stays in the ledger, marked revoked, and stops counting (run in a transaction). */
export async function revokeEvidence(
  trx: Trx,
  id: string,
  { reason = null, now = systemNow }: { reason?: string | null } & Clock = {},
): Promise<Evidence> {
  const current = await lockActive(trx, id, 'revoke');
  const payload: RevocationRecord = { evidenceId: id, reason };
  const entry = await appendLedgerEntry(
    trx,
    { learnerId: current.learnerId, type: 'revocation', evidenceId: id, actorId: current.learnerId, payload },
    { now },
  );
  // Its Open Badges go with it: their status bits are on from this transaction.
  await revokeEvidenceCredentials(trx, id, new Date(entry.createdAt));
  return (await getEvidence(trx, id)) as Evidence;
}

/**
 * A page of a learner's evidence in ledger order (deposits and corrections): every status, or with
 * `activeOnly` only pieces neither revoked nor superseded.
 */
export async function listEvidence(
  db: Db,
  learnerId: string,
  { limit, offset, activeOnly = false }: { limit: number; offset: number; activeOnly?: boolean },
): Promise<{ items: Evidence[]; hasMore: boolean }> {
  const rows = await listEvidenceEntryRows(db, learnerId, { limit: limit + 1, offset, activeOnly });
  const page = rows.slice(0, limit);
  const ids = page.map((r) => r.evidence_id as string);
  const about = await listEntriesAbout(db, ids);
  const views = buildEvidenceViews([...page, ...about].map(toLedgerEntry));
  return { items: ids.map((id) => views.get(id) as Evidence), hasMore: rows.length > limit };
}

/** Every piece of a learner's evidence with its standing, in ledger order. */
export async function listAllEvidence(db: Db, learnerId: string): Promise<Evidence[]> {
  const { entries } = await loadLedger(db, learnerId);
  return [...buildEvidenceViews(entries).values()].sort((a, b) => a.entry.seq - b.entry.seq);
}

/**
 * A learner's active evidence (neither revoked nor superseded) in plain form, oldest first: what
 * the profile and the matcher work on.
 */
export async function listActiveEvidence(db: Db, learnerId: string): Promise<ActiveEvidence[]> {
  return activeEvidenceOf(await listAllEvidence(db, learnerId));
}

/** Publishing, editing, withdrawing, reading and searching providers' offerings. */
import { getAccounts } from '../accounts/accounts.service.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError, type DomainFieldProblem, invalidFields } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import type { OfferingRow } from './learning.table.js';
import type { CoveredTask, Offering, ProviderSummary } from './learning.types.js';
import type { OfferingKind, OfferingMode } from './learning.vocabulary.js';
import {
  findOfferingRow,
  findTaskRows,
  insertOfferingRow,
  listOfferingRowsById,
  listOfferingRowsCovering,
  listOfferingTaskRows,
  type OfferingFilter,
  replaceOfferingTaskRows,
  searchOfferingRows,
  updateOfferingRow,
} from './offerings.repository.js';
import type { OfferingInput } from './offerings.schema.js';

interface Clock {
  now?: () => Date;
}

function toOffering(
  row: OfferingRow,
  provider: ProviderSummary | undefined,
  occupationByTask: ReadonlyMap<string, string>,
): Offering {
  const taskIds = JSON.parse(row.task_ids) as string[];
  return {
    id: row.id,
    provider: provider ?? { id: row.provider_id, name: '', organisation: null },
    kind: row.kind as OfferingKind,
    title: row.title,
    description: row.description,
    mode: row.mode as OfferingMode,
    city: row.city,
    hours: row.hours === null ? null : Number(row.hours),
    costYuan: row.cost_yuan === null ? null : Number(row.cost_yuan),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    level: row.level === null ? null : Number(row.level),
    language: row.language,
    taxonomyId: row.taxonomy_id,
    taskIds,
    occupationCodes: [
      ...new Set(
        taskIds.flatMap((t) => (occupationByTask.has(t) ? [occupationByTask.get(t) as string] : [])),
      ),
    ],
    skills: JSON.parse(row.skills) as string[],
    status: row.status as Offering['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function withProviders(db: Db, rows: readonly OfferingRow[]): Promise<Offering[]> {
  const accounts = await getAccounts(
    db,
    rows.map((r) => r.provider_id),
  );
  const byId = new Map(accounts.map((a) => [a.id, { id: a.id, name: a.name, organisation: a.organisation }]));
  const occupationByTask = new Map(
    (
      await listOfferingTaskRows(
        db,
        rows.map((r) => r.id),
      )
    ).map((t) => [t.task_id, t.occupation_code]),
  );
  return rows.map((row) => toOffering(row, byId.get(row.provider_id), occupationByTask));
}

/** The task statements an offering names, checked against the taxonomy (in the given order). */
export async function coveredTasks(
  db: Db,
  taxonomyId: string,
  taskIds: readonly string[],
): Promise<CoveredTask[]> {
  const rows = new Map((await findTaskRows(db, taxonomyId, taskIds)).map((r) => [r.id, r]));
  return taskIds.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ id, occupationCode: row.occupation_code, text: row.text }] : [];
  });
}

async function checkTasks(db: Db, taxonomyId: string, taskIds: readonly string[]): Promise<CoveredTask[]> {
  const tasks = await coveredTasks(db, taxonomyId, taskIds);
  const known = new Set(tasks.map((t) => t.id));
  const problems: DomainFieldProblem[] = taskIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ path: `taskIds.${i}`, ...fieldMessage('task_unknown', { taskId: id, taxonomy: taxonomyId }) }],
  );
  if (problems.length > 0) throw invalidFields(problems);
  return tasks;
}

function columns(input: OfferingInput) {
  const skills = input.skills ?? [];
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    mode: input.mode,
    city: input.city ?? null,
    hours: input.hours ?? null,
    cost_yuan: input.costYuan ?? null,
    starts_on: input.startsOn ?? null,
    ends_on: input.endsOn ?? null,
    level: input.level ?? null,
    language: input.language ?? 'zh',
    task_ids: JSON.stringify(input.taskIds),
    skills: JSON.stringify(skills),
    search_text: [input.title, input.description, ...skills, input.city ?? '']
      .join('\n')
      .normalize('NFKC')
      .toLowerCase(),
  };
}

/** A provider publishes an offering; its task ids must name task statements of the taxonomy. */
export async function publishOffering(
  trx: Trx,
  input: OfferingInput,
  { providerId, taxonomyId, now = () => new Date() }: { providerId: string; taxonomyId: string } & Clock,
): Promise<Offering> {
  const tasks = await checkTasks(trx, taxonomyId, input.taskIds);
  const at = now().toISOString();
  const id = newId('of');
  await insertOfferingRow(trx, {
    id,
    provider_id: providerId,
    ...columns(input),
    taxonomy_id: taxonomyId,
    status: 'published',
    created_at: at,
    updated_at: at,
  });
  await replaceOfferingTaskRows(
    trx,
    id,
    tasks.map((t) => ({ offering_id: id, task_id: t.id, occupation_code: t.occupationCode })),
  );
  return (await getOffering(trx, id)) as Offering;
}

/**
 * Replaces an offering's description as a whole (its provider's edit). Results already recorded
 * keep what was signed then.
 */
export async function updateOffering(
  trx: Trx,
  id: string,
  input: OfferingInput,
  { taxonomyId, now = () => new Date() }: { taxonomyId: string } & Clock,
): Promise<Offering> {
  if (!(await findOfferingRow(trx, id)))
    throw new DomainError('offering.not_found', { offeringId: id }, `offering ${id} was not found`);
  const tasks = await checkTasks(trx, taxonomyId, input.taskIds);
  await updateOfferingRow(trx, id, {
    ...columns(input),
    taxonomy_id: taxonomyId,
    updated_at: now().toISOString(),
  });
  await replaceOfferingTaskRows(
    trx,
    id,
    tasks.map((t) => ({ offering_id: id, task_id: t.id, occupation_code: t.occupationCode })),
  );
  return (await getOffering(trx, id)) as Offering;
}

/** Withdraws (or re-publishes) an offering: withdrawn ones leave search and take no enrolments. */
export async function setOfferingStatus(
  trx: Trx,
  id: string,
  status: Offering['status'],
  { now = () => new Date() }: Clock = {},
): Promise<Offering> {
  if (!(await findOfferingRow(trx, id)))
    throw new DomainError('offering.not_found', { offeringId: id }, `offering ${id} was not found`);
  await updateOfferingRow(trx, id, { status, updated_at: now().toISOString() });
  return (await getOffering(trx, id)) as Offering;
}

export async function getOffering(db: Db, id: string): Promise<Offering | null> {
  const row = await findOfferingRow(db, id);
  return row ? ((await withProviders(db, [row]))[0] ?? null) : null;
}

export async function getOfferings(db: Db, ids: readonly string[]): Promise<Offering[]> {
  return withProviders(db, await listOfferingRowsById(db, ids));
}

/** A page of offerings matching the filter, newest first. */
export async function searchOfferings(
  db: Db,
  filter: OfferingFilter,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: Offering[]; hasMore: boolean }> {
  const rows = await searchOfferingRows(db, { ...filter, limit: limit + 1, offset });
  return { items: await withProviders(db, rows.slice(0, limit)), hasMore: rows.length > limit };
}

/** Published offerings covering any of these tasks or any task of these occupations, by id. */
export async function offeringsCovering(
  db: Db,
  target: { taskIds: readonly string[]; occupationCodes: readonly string[] },
): Promise<Offering[]> {
  return withProviders(db, await listOfferingRowsCovering(db, target));
}

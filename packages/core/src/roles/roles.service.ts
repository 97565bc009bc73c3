/**
 * Employers' roles: created from free-text requirements or from an occupation's task statements,
 * then edited as a whole list (keep, drop, reword, essential or optional, minimum level).
 */

import type { Db, Trx } from '../db/database.js';
import { DomainError, type DomainFieldProblem, invalidField, invalidFields } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { getOccupation, getTaxonomyInfo } from '../taxonomy/taxonomy.service.js';
import { type Clock, systemNow } from '../time/clock.js';
import { checkClosingDate, type RoleDetailsEdit } from './role-details.js';
import { roleClosed } from './role-errors.js';
import {
  findKnownTaskIds,
  findRoleRow,
  insertRoleRow,
  listRoleRows,
  updateRoleRequirementsRow,
} from './roles.repository.js';
import type { RoleRow } from './roles.table.js';
import {
  MAX_ROLE_REQUIREMENTS,
  type RequirementEdit,
  type Role,
  type RoleMode,
  type RoleRequirement,
  type RoleStatus,
  type SalaryPeriod,
} from './roles.types.js';

export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    employerId: row.employer_id,
    title: row.title,
    description: row.description,
    taxonomyId: row.taxonomy_id,
    occupationCode: row.occupation_code,
    requirements: JSON.parse(row.requirements) as RoleRequirement[],
    status: row.status as RoleStatus,
    city: row.city,
    mode: row.mode as RoleMode | null,
    salaryBand:
      row.salary_min_yuan === null || row.salary_max_yuan === null || row.salary_period === null
        ? null
        : {
            minYuan: Number(row.salary_min_yuan),
            maxYuan: Number(row.salary_max_yuan),
            period: row.salary_period as SalaryPeriod,
          },
    closesOn: row.closes_on,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The storage columns of role details as edited (fields left out are left out). */
export function detailColumns(edit: RoleDetailsEdit) {
  return {
    ...(edit.city === undefined ? {} : { city: edit.city }),
    ...(edit.mode === undefined ? {} : { mode: edit.mode }),
    ...(edit.salaryBand === undefined
      ? {}
      : {
          salary_min_yuan: edit.salaryBand?.minYuan ?? null,
          salary_max_yuan: edit.salaryBand?.maxYuan ?? null,
          salary_period: edit.salaryBand?.period ?? null,
        }),
    ...(edit.closesOn === undefined ? {} : { closes_on: edit.closesOn }),
  };
}

export interface NewRole extends RoleDetailsEdit {
  title: string;
  description?: string | undefined;
  occupationCode?: string | undefined;
  /** Empty or omitted with an `occupationCode`: the occupation's tasks, all optional, no minimum level. */
  requirements?: RequirementEdit[] | undefined;
}

function fail(problems: DomainFieldProblem[]): never {
  throw invalidFields(problems);
}

async function checkTaskIds(db: Db, taxonomyId: string, edits: readonly RequirementEdit[]): Promise<void> {
  const ids = edits.flatMap((e) => (e.taskId === undefined ? [] : [e.taskId]));
  const [known, taxonomy] = await Promise.all([
    findKnownTaskIds(db, taxonomyId, ids),
    ids.length > 0 ? getTaxonomyInfo(db, taxonomyId) : null,
  ]);
  const problems: DomainFieldProblem[] = [];
  edits.forEach((e, i) => {
    if (e.taskId !== undefined && taxonomy && !taxonomy.scheme.isTaskId(e.taskId))
      problems.push({
        path: `requirements.${i}.taskId`,
        ...fieldMessage('task_id_format', taxonomy.scheme.examples.task),
      });
    else if (e.taskId !== undefined && !known.has(e.taskId))
      problems.push({
        path: `requirements.${i}.taskId`,
        ...fieldMessage('task_unknown', { taskId: e.taskId, taxonomy: taxonomyId }),
      });
  });
  if (problems.length > 0) fail(problems);
}

const requirementOf = (id: string, e: RequirementEdit, taskId: string | null): RoleRequirement => ({
  id,
  text: e.text,
  essential: e.essential,
  minLevel: e.minLevel ?? null,
  taskId,
});

/**
 * Creates a role for an employer (run in a transaction).
 * @example createRole(trx, { title: '光伏运维工程师', occupationCode: '2-02-38-01' }, { employerId, taxonomyId: 'cn2022' })
 */
export async function createRole(
  db: Trx,
  input: NewRole,
  { employerId, taxonomyId, now = systemNow }: { employerId: string; taxonomyId: string } & Clock,
): Promise<Role> {
  checkClosingDate(input.closesOn ?? null, now());
  if (input.occupationCode !== undefined) {
    const scheme = (await getTaxonomyInfo(db, taxonomyId))?.scheme;
    if (scheme && !scheme.isOccupationCode(input.occupationCode))
      throw invalidField(
        'occupationCode',
        fieldMessage('occupation_code_format', scheme.examples.occupation),
      );
  }
  const occupation =
    input.occupationCode === undefined ? null : await getOccupation(db, taxonomyId, input.occupationCode);
  if (input.occupationCode !== undefined && !occupation)
    throw invalidField(
      'occupationCode',
      fieldMessage('occupation_unknown', { code: input.occupationCode, taxonomy: taxonomyId }),
    );
  let requirements: RoleRequirement[];
  const edits = input.requirements ?? [];
  if (edits.length > 0) {
    if (edits.some((e) => e.id !== undefined))
      fail(
        edits.flatMap((e, i) =>
          e.id === undefined
            ? []
            : [{ path: `requirements.${i}.id`, ...fieldMessage('requirement_id_on_new_role') }],
        ),
      );
    await checkTaskIds(db, taxonomyId, edits);
    requirements = edits.map((e, i) => requirementOf(`r${i + 1}`, e, e.taskId ?? null));
  } else if (occupation) {
    requirements = occupation.occupation.tasks.slice(0, MAX_ROLE_REQUIREMENTS).map((task, i) => ({
      id: `r${i + 1}`,
      text: task.text,
      essential: false,
      minLevel: null,
      taskId: task.id,
    }));
  } else {
    throw invalidField('requirements', fieldMessage('requirements_needed'));
  }
  const at = now().toISOString();
  const row: RoleRow = {
    city: null,
    mode: null,
    salary_min_yuan: null,
    salary_max_yuan: null,
    salary_period: null,
    closes_on: null,
    ...detailColumns(input),
    status: 'draft',
    published_at: null,
    closed_at: null,
    deleted_at: null,
    id: newId('ro'),
    employer_id: employerId,
    title: input.title,
    description: input.description ?? null,
    taxonomy_id: taxonomyId,
    occupation_code: input.occupationCode ?? null,
    requirements: JSON.stringify(requirements),
    next_requirement: requirements.length + 1,
    created_at: at,
    updated_at: at,
  };
  await insertRoleRow(db, row);
  return toRole(row);
}

export async function getRole(db: Db, id: string): Promise<Role | null> {
  const row = await findRoleRow(db, id);
  return row ? toRole(row) : null;
}

export async function listRoles(
  db: Db,
  employerId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: Role[]; hasMore: boolean }> {
  const rows = await listRoleRows(db, employerId, { limit: limit + 1, offset });
  return { items: rows.slice(0, limit).map(toRole), hasMore: rows.length > limit };
}

/**
 * Replaces a role's requirements with an edited list (run in a transaction): an item with the `id`
 * of a current requirement keeps that id and its task link (reworded, re-marked or re-levelled as
 * sent); an item without `id` is new; current requirements not listed are dropped.
 */
export async function replaceRoleRequirements(
  db: Trx,
  roleId: string,
  edits: readonly RequirementEdit[],
  { now = systemNow }: Clock = {},
): Promise<Role> {
  const row = await findRoleRow(db, roleId);
  if (!row) throw new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);
  if (row.status === 'closed') throw roleClosed(roleId, 'a closed role cannot be edited');
  const current = new Map(toRole(row).requirements.map((r) => [r.id, r]));
  const problems: DomainFieldProblem[] = [];
  const seen = new Set<string>();
  edits.forEach((e, i) => {
    if (e.id === undefined) return;
    if (!current.has(e.id))
      problems.push({ path: `requirements.${i}.id`, ...fieldMessage('requirement_unknown', { id: e.id }) });
    else if (seen.has(e.id))
      problems.push({ path: `requirements.${i}.id`, ...fieldMessage('requirement_repeated', { id: e.id }) });
    seen.add(e.id);
  });
  if (problems.length > 0) fail(problems);
  await checkTaskIds(db, row.taxonomy_id, edits);
  let next = Number(row.next_requirement);
  const requirements = edits.map((e) => {
    const kept = e.id === undefined ? undefined : current.get(e.id);
    const id = kept?.id ?? `r${next++}`;
    return requirementOf(id, e, e.taskId ?? kept?.taskId ?? null);
  });
  const changes = {
    requirements: JSON.stringify(requirements),
    next_requirement: next,
    updated_at: now().toISOString(),
  };
  await updateRoleRequirementsRow(db, roleId, changes);
  return toRole({ ...row, ...changes });
}

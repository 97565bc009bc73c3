/**
 * A role's life: a draft only its employer sees, published for graduates to find, closed to new
 * interest. Its title and details can be edited until it closes; only a draft can be deleted (the
 * row stays, marked, so graduates' disclosure records keep the title they saw).
 */
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import {
  applyDetailsEdit,
  checkClosingDate,
  ROLE_DETAIL_LIMITS,
  type RoleDetailsEdit,
  roleToday,
} from './role-details.js';
import { roleClosed, roleNotFound } from './role-errors.js';
import { findRoleRow, listOpenRoleRows, updateRoleRow } from './roles.repository.js';
import { detailColumns, toRole } from './roles.service.js';
import type { RoleRow } from './roles.table.js';
import type { Role } from './roles.types.js';

interface Clock {
  now?: () => Date;
}

async function currentRow(db: Db, roleId: string): Promise<RoleRow> {
  const row = await findRoleRow(db, roleId);
  if (!row) throw roleNotFound(roleId);
  return row;
}

export interface RoleEdit extends RoleDetailsEdit {
  title?: string | undefined;
  /** `null` clears it. */
  description?: string | null | undefined;
}

/** Edits a role's title, description and details (run in a transaction); closed roles are final. */
export async function editRole(
  trx: Trx,
  roleId: string,
  edit: RoleEdit,
  { now = () => new Date() }: Clock = {},
): Promise<Role> {
  const row = await currentRow(trx, roleId);
  if (row.status === 'closed') throw roleClosed(roleId, 'a closed role cannot be edited');
  const title = edit.title?.trim();
  if (title !== undefined && title.length === 0) throw invalidField('title', fieldMessage('empty'));
  if (title !== undefined && title.length > ROLE_DETAIL_LIMITS.title)
    throw invalidField('title', fieldMessage('too_long', { max: ROLE_DETAIL_LIMITS.title }));
  const at = now();
  const details = applyDetailsEdit(toRole(row), edit);
  // Only a closing date being set is checked: an old one left alone may have passed meanwhile.
  if (edit.closesOn !== undefined) checkClosingDate(details.closesOn, at);
  const changes = {
    ...(title === undefined ? {} : { title }),
    ...(edit.description === undefined ? {} : { description: edit.description }),
    ...detailColumns(edit),
    updated_at: at.toISOString(),
  };
  await updateRoleRow(trx, roleId, changes);
  return toRole({ ...row, ...changes });
}

/** Publishes a draft (run in a transaction); publishing a published role changes nothing. */
export async function publishRole(
  trx: Trx,
  roleId: string,
  { now = () => new Date() }: Clock = {},
): Promise<Role> {
  const row = await currentRow(trx, roleId);
  if (row.status === 'published') return toRole(row);
  if (row.status === 'closed') throw roleClosed(roleId, 'a closed role cannot be published again');
  const at = now();
  checkClosingDate(row.closes_on, at);
  const changes = { status: 'published', published_at: at.toISOString(), updated_at: at.toISOString() };
  await updateRoleRow(trx, roleId, changes);
  return toRole({ ...row, ...changes });
}

/** Closes a published role (run in a transaction); closing a closed role changes nothing. */
export async function closeRole(
  trx: Trx,
  roleId: string,
  { now = () => new Date() }: Clock = {},
): Promise<Role> {
  const row = await currentRow(trx, roleId);
  if (row.status === 'closed') return toRole(row);
  if (row.status === 'draft')
    throw new DomainError(
      'role.not_published',
      { roleId },
      'a draft was never published: delete it instead of closing it',
    );
  const at = now().toISOString();
  const changes = { status: 'closed', closed_at: at, updated_at: at };
  await updateRoleRow(trx, roleId, changes);
  return toRole({ ...row, ...changes });
}

/** Deletes a draft (run in a transaction); a published or closed role is kept for the record. */
export async function deleteRole(
  trx: Trx,
  roleId: string,
  { now = () => new Date() }: Clock = {},
): Promise<void> {
  const row = await currentRow(trx, roleId);
  if (row.status !== 'draft')
    throw new DomainError(
      'role.not_draft',
      { roleId, status: row.status },
      `only drafts can be deleted; this role is ${row.status}: close it instead`,
    );
  const at = now().toISOString();
  await updateRoleRow(trx, roleId, { deleted_at: at, updated_at: at });
}

/** Every published role still taking interest today (China time), oldest first. */
export async function listOpenRoles(db: Db, { now = () => new Date() }: Clock = {}): Promise<Role[]> {
  return (await listOpenRoleRows(db, roleToday(now()))).map(toRole);
}

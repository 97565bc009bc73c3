/** Use cases of a role's life: edit its details, publish, close, delete a draft (its employer). */
import {
  type Actor,
  closeRole,
  deleteRole,
  editRole,
  publishRole,
  type RoleEdit,
  runInTransaction,
} from '@skillbank/core';
import { ensureOnRole, type HiringDeps } from './hiring-deps.js';

export function roleLifecycleUseCases(deps: HiringDeps) {
  const clock = deps.now ? { now: deps.now } : {};
  const owned = (actor: Actor, roleId: string) => ensureOnRole(deps, actor, 'role:update', roleId);
  return {
    edit: async (actor: Actor, roleId: string, edit: RoleEdit) => {
      await owned(actor, roleId);
      return runInTransaction(deps.db, (trx) => editRole(trx, roleId, edit, clock));
    },
    publish: async (actor: Actor, roleId: string) => {
      await owned(actor, roleId);
      return runInTransaction(deps.db, (trx) => publishRole(trx, roleId, clock));
    },
    close: async (actor: Actor, roleId: string) => {
      await owned(actor, roleId);
      return runInTransaction(deps.db, (trx) => closeRole(trx, roleId, clock));
    },
    remove: async (actor: Actor, roleId: string) => {
      await owned(actor, roleId);
      await runInTransaction(deps.db, (trx) => deleteRole(trx, roleId, clock));
    },
  };
}

/** A role's life: edit its title and details, publish, close, delete a draft (its employer). */
import { closeRole, deleteRole, editRole, publishRole, type RoleEdit } from '@skillbank/core';
import { ensureOnRole } from './access.js';
import { roleView } from './role-view.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function roleLifecycleUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  const owned = (caller: Caller, roleId: string) => ensureOnRole(db, caller.account, 'role:update', roleId);
  return {
    edit: (caller: Caller, roleId: string, edit: RoleEdit) =>
      outcome(async () => {
        await owned(caller, roleId);
        return roleView(
          deps.served.current,
          await inTransaction(deps, (trx) => editRole(trx, roleId, edit, { now })),
        );
      }),

    publish: (caller: Caller, roleId: string) =>
      outcome(async () => {
        await owned(caller, roleId);
        return roleView(
          deps.served.current,
          await inTransaction(deps, (trx) => publishRole(trx, roleId, { now })),
        );
      }),

    close: (caller: Caller, roleId: string) =>
      outcome(async () => {
        await owned(caller, roleId);
        return roleView(
          deps.served.current,
          await inTransaction(deps, (trx) => closeRole(trx, roleId, { now })),
        );
      }),

    remove: (caller: Caller, roleId: string) =>
      outcome(async () => {
        await owned(caller, roleId);
        await inTransaction(deps, (trx) => deleteRole(trx, roleId, { now }));
      }),
  };
}

/** The domain errors of a role's life, each built in one place. */
import { DomainError } from '../errors.js';

export const roleNotFound = (roleId: string) =>
  new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);

export const roleClosed = (roleId: string, message = `role ${roleId} is closed`) =>
  new DomainError('role.closed', { roleId }, message);

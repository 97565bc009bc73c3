/**
 * What the hiring use cases are built from, and the access checks they share. Each use case takes
 * the calling account and its input, applies the access policy of @skillbank/core once, owns its
 * transaction, and returns a plain result or throws a refusal the adapters turn into a status.
 */
import { type Actor, decide, type decideOnResource, learnerSubject, roleSubject } from '@skillbank/core';
import type { AppDeps } from '../deps.js';
import { enforce, enforceOnResource } from '../http/access.js';

export interface HiringDeps extends Pick<AppDeps, 'db' | 'matcher' | 'taxonomy'> {
  /** The clock writes stamp their time with. */
  now?: () => Date;
}

/** The policy on a role: `role:read` lets learners see published roles, the rest is its employer's. */
export async function ensureOnRole(
  deps: HiringDeps,
  actor: Actor,
  action: Parameters<typeof decideOnResource>[1],
  roleId: string,
): Promise<void> {
  enforceOnResource(actor, action, await roleSubject(deps.db, roleId), `role ${roleId}`);
}

/** The policy on a learner as a candidate for a role (interest in that role counts). */
export async function ensureOnCandidate(
  deps: HiringDeps,
  actor: Actor,
  action: Parameters<typeof decide>[1],
  learnerId: string,
  roleId: string | null = null,
): Promise<void> {
  enforce(actor, action, await learnerSubject(deps.db, actor, learnerId, { roleId }), `learner ${learnerId}`);
}

/** Whether the policy allows an action on a learner for a role (to filter rather than refuse). */
export async function allowsOnCandidate(
  deps: HiringDeps,
  actor: Actor,
  action: Parameters<typeof decide>[1],
  learnerId: string,
  roleId: string,
): Promise<boolean> {
  return (
    decide(actor, action, await learnerSubject(deps.db, actor, learnerId, { roleId })).effect === 'allow'
  );
}

/** The role's side of a conversation check: its employer, or a learner while the role is published or closed. */
export async function ensureConversationRole(deps: HiringDeps, actor: Actor, roleId: string): Promise<void> {
  await ensureOnRole(deps, actor, actor.role === 'employer' ? 'role:candidates' : 'role:read', roleId);
}

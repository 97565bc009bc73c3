/** The access policy of @skillbank/core applied once per use case: a refusal is a typed domain error. */
import {
  type AccessAction,
  type AccessDecision,
  type Actor,
  cohortSubject,
  type Db,
  DomainError,
  decide,
  decideOnResource,
  evidenceSubject,
  learnerSubject,
  NO_RESOURCE,
  NO_SUBJECT,
  type ResourceAction,
  roleSubject,
} from '@skillbank/core';

/** Throws `access.hidden` (as if `what` did not exist) or `access.denied` unless the decision allows. */
export function ensure(decision: AccessDecision, what: string): void {
  if (decision.effect === 'hide') throw new DomainError('access.hidden', { what }, `${what} was not found`);
  if (decision.effect === 'deny')
    throw new DomainError(
      'access.denied',
      { reason: decision.reason, roles: decision.roles ?? null },
      decision.reason,
    );
}

/** For actions about no one learner's data (depositing, reading one's inbox). */
export function ensureAllowed(actor: Actor, action: AccessAction): void {
  ensure(decide(actor, action, NO_SUBJECT), 'resource');
}

/** With `roleId`, about the learner as a candidate for that role (their interest in it counts). */
export async function ensureOnLearner(
  db: Db,
  actor: Actor,
  action: AccessAction,
  learnerId: string,
  { roleId = null }: { roleId?: string | null } = {},
) {
  ensure(
    decide(actor, action, await learnerSubject(db, actor, learnerId, { roleId })),
    `learner ${learnerId}`,
  );
}

export async function ensureOnEvidence(db: Db, actor: Actor, action: AccessAction, evidenceId: string) {
  ensure(decide(actor, action, await evidenceSubject(db, actor, evidenceId)), `evidence ${evidenceId}`);
}

/** Whether the policy allows an action (to filter what an answer shows rather than refuse it). */
export async function allowsOnLearner(
  db: Db,
  actor: Actor,
  action: AccessAction,
  learnerId: string,
  { roleId = null }: { roleId?: string | null } = {},
): Promise<boolean> {
  return decide(actor, action, await learnerSubject(db, actor, learnerId, { roleId })).effect === 'allow';
}

export function ensureResourceAllowed(actor: Actor, action: ResourceAction): void {
  ensure(decideOnResource(actor, action, NO_RESOURCE), 'resource');
}

export async function ensureOnRole(db: Db, actor: Actor, action: ResourceAction, roleId: string) {
  ensure(decideOnResource(actor, action, await roleSubject(db, roleId)), `role ${roleId}`);
}

export async function ensureOnCohort(
  db: Db,
  actor: Actor,
  action: ResourceAction,
  cohortId: string,
  targetLearnerId: string | null = null,
) {
  ensure(
    decideOnResource(actor, action, await cohortSubject(db, actor, cohortId, targetLearnerId)),
    `cohort ${cohortId}`,
  );
}

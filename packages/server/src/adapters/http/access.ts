/** Applies the access policy of @skillbank/core to a request: 403 or 404 problems when it says no. */
import {
  type AccessAction,
  type AccessSubject,
  type Actor,
  decide,
  decideOnResource,
  evidenceSubject,
  learnerSubject,
  NO_RESOURCE,
  NO_SUBJECT,
  type ResourceAction,
  type ResourceSubject,
} from '@skillbank/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { HttpError } from './problem.js';

/** Throws unless the policy allows the action; `what` names the subject in a 404 (as if it did not exist). */
export function enforce(actor: Actor, action: AccessAction, subject: AccessSubject, what: string): void {
  const decision = decide(actor, action, subject);
  if (decision.effect === 'hide') throw new HttpError(404, 'not_found', `${what} was not found`);
  if (decision.effect === 'deny') throw new HttpError(403, 'forbidden', decision.reason);
}

/** For actions that are not about one learner (depositing, reading one's inbox). */
/** Whether the policy allows an action (for filtering what a response shows, rather than refusing it). */
export async function allowsOnLearner(
  c: Context<AppEnv>,
  actor: Actor,
  action: AccessAction,
  learnerId: string,
): Promise<boolean> {
  return decide(actor, action, await learnerSubject(c.var.deps.db, actor, learnerId)).effect === 'allow';
}

export function authorize(actor: Actor, action: AccessAction): void {
  enforce(actor, action, NO_SUBJECT, 'resource');
}

export async function authorizeLearner(
  c: Context<AppEnv>,
  actor: Actor,
  action: AccessAction,
  learnerId: string,
): Promise<void> {
  enforce(actor, action, await learnerSubject(c.var.deps.db, actor, learnerId), `learner ${learnerId}`);
}

export async function authorizeEvidence(
  c: Context<AppEnv>,
  actor: Actor,
  action: AccessAction,
  evidenceId: string,
): Promise<void> {
  enforce(actor, action, await evidenceSubject(c.var.deps.db, actor, evidenceId), `evidence ${evidenceId}`);
}

/** Throws unless the policy allows the action on a role or cohort (`what` names it in a 404). */
export function enforceOnResource(
  actor: Actor,
  action: ResourceAction,
  subject: ResourceSubject = NO_RESOURCE,
  what = 'resource',
): void {
  const decision = decideOnResource(actor, action, subject);
  if (decision.effect === 'hide') throw new HttpError(404, 'not_found', `${what} was not found`);
  if (decision.effect === 'deny') throw new HttpError(403, 'forbidden', decision.reason);
}

/**
 * Who may do what with learning offerings, enrolments and results (the providers' part of the
 * access policy; the learner's account itself stays under `decide`).
 *
 * - Offerings are public: anyone reads and searches them. Only providers publish; only the
 *   offering's provider edits or withdraws it; only learners enrol.
 * - A provider knows a learner only through an enrolment in one of its offerings: it lists the
 *   enrolments of its own offerings and records results on them; any other enrolment or result is
 *   hidden from it (404), as is every learner's account.
 * - A result is seen by its learner, its provider and the administrator (read-only). Only the
 *   learner accepts or declines it and says whether it may be shown publicly; only the provider
 *   revokes it.
 */
import type { Actor } from '../accounts/accounts.types.js';
import type { AccessDecision } from './access.policy.js';

export const LEARNING_ACTIONS = [
  'offering:create',
  'offering:update',
  'offering:enrol',
  'offering:enrolments',
  'enrolment:read',
  'enrolment:record-result',
  'result:read',
  'result:accept',
  'result:revoke',
] as const;
export type LearningAction = (typeof LEARNING_ACTIONS)[number];

/** What the rules need to know about the offering, enrolment or result a request is about. */
export interface LearningSubject {
  /** The provider of the offering; `null` when there is no such offering, enrolment or result. */
  providerId: string | null;
  /** The learner of the enrolment or result; `null` for an offering. */
  learnerId: string | null;
}

/** No subject yet: publishing. */
export const NO_LEARNING_SUBJECT: LearningSubject = Object.freeze({ providerId: null, learnerId: null });

const allow: AccessDecision = { effect: 'allow' };
const deny = (reason: string): AccessDecision => ({ effect: 'deny', status: 403, reason });
const hide = (reason: string): AccessDecision => ({ effect: 'hide', status: 404, reason });

/**
 * The decision for an actor doing an action on an offering, an enrolment or a result.
 * @example decideOnLearning({ id: 'ac_p2', role: 'provider' }, 'result:read', { providerId: 'ac_p1', learnerId: 'ac_l' })
 * // { effect: 'hide', status: 404, … }
 */
export function decideOnLearning(
  actor: Actor,
  action: LearningAction,
  s: LearningSubject = NO_LEARNING_SUBJECT,
): AccessDecision {
  if (action === 'offering:create') {
    return actor.role === 'provider' ? allow : deny('only providers publish offerings');
  }
  if (s.providerId === null) return hide('no such offering, enrolment or result');
  const provider = actor.role === 'provider' && actor.id === s.providerId;
  const learner = actor.role === 'learner' && s.learnerId !== null && actor.id === s.learnerId;
  const admin = actor.role === 'admin';
  switch (action) {
    case 'offering:update':
      return provider ? allow : deny('only its provider changes an offering');
    case 'offering:enrol':
      return actor.role === 'learner' ? allow : deny('only learners enrol');
    case 'offering:enrolments':
      return provider || admin ? allow : deny('only its provider sees who enrolled');
    case 'enrolment:read':
    case 'result:read':
      return provider || learner || admin ? allow : hide('not visible to this account');
    case 'enrolment:record-result':
      return provider
        ? allow
        : learner || admin
          ? deny('only the provider records results')
          : hide('not visible to this account');
    case 'result:accept':
      return learner
        ? allow
        : provider || admin
          ? deny('only the learner accepts a result')
          : hide('not visible to this account');
    case 'result:revoke':
      return provider
        ? allow
        : learner || admin
          ? deny('only the provider who recorded a result revokes it')
          : hide('not visible to this account');
  }
}

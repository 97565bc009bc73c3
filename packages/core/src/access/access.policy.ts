/**
 * Who may do what: the one place Skillbank's access rules are written down. Every route asks
 * `decide(actor, action, subject)` and gets allow, deny (403: you may know it exists but may not do
 * this) or hide (404: you may not even learn that it exists — e.g. another learner's evidence).
 *
 * A learner's account (evidence, ledger, profile) is visible to:
 * - the learner;
 * - the administrator (read-only: support and audits);
 * - employers, while the learner is discoverable by employers;
 * - advisors of a cohort the learner is in, while the learner lets advisors see their evidence;
 * and one piece of evidence also to an employer or advisor the learner asked to attest it.
 * Evidence the learner withdrew (revoked or superseded) stays visible only to the learner and the
 * administrator: others see what counts now, not what the learner took back.
 * Only the learner changes their account (deposit, import a credential, correct, revoke, ask for
 * attestation, consent, export); only an attester the learner asked signs a piece. A piece's Open
 * Badge goes to whoever may read the piece; the bundle of all of them to whoever sees the account.
 * Only the learner (and the administrator) reads the learner's record of disclosures. Only learners
 * work in their own skills account (`own-account:use`, the graduate's pages) and only employers and
 * advisors have an inbox of attestation requests (`attestation-requests:inbox`). A denial for the
 * actor's role names the roles that may (`roles`), so the pages can say who a page is for.
 *
 * The hiring loop adds two consent scopes of the learner's own. Interest in one role lets that
 * role's employer see the learner's candidate card for it (profile, the evidence behind the
 * requirements met, showcase, attestations) and opens the role's conversation, even when the
 * learner is not discoverable; a withdrawal from one employer takes that employer's general view
 * away while the learner stays discoverable to the rest. Messages are only ever between the
 * learner and an employer whose role the learner is interested in (an accepted invitation is
 * interest); the administrator does not read them.
 *
 * Roles and cohorts (`decideOnResource`) belong to the employer or advisor who created them: only
 * that account edits, publishes, closes or deletes a role, ranks its candidates, invites to a cohort, lists its members or runs
 * its report (the administrator may read roles, members and reports); everyone else gets 404 —
 * except that learners read a role once it is published (and after it closes). A learner joins a
 * cohort by code and may leave it; its advisor may remove any member.
 *
 * Providers' offerings, enrolments and results follow `decideOnLearning` (learning.policy.ts).
 */
import type { AccountRole, Actor } from '../accounts/accounts.types.js';
import type { ConsentState } from '../consent/consent.service.js';

export const ACCESS_ACTIONS = [
  'evidence:create',
  'evidence:list',
  'evidence:read',
  'evidence:read-withdrawn',
  'evidence:correct',
  'evidence:revoke',
  'evidence:request-attestation',
  'evidence:attest',
  'attestation-requests:list',
  'ledger:verify',
  'profile:read',
  'consent:read',
  'consent:update',
  'account:export',
  'disclosures:list',
  'own-account:use',
  'attestation-requests:inbox',
  'evidence:import',
  'evidence:read-credential',
  'credentials:bundle',
  'roles:recommended',
  'interest:update',
  'candidate:view',
  'candidate:decide',
  'conversation:read',
  'conversation:send',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** What the rules need to know about the learner (and piece) a request is about. */
export interface AccessSubject {
  /** The learner the resource belongs to; `null` when there is no such learner or evidence. */
  learnerId: string | null;
  consent: ConsentState;
  /** The actor advises a cohort the learner belongs to. */
  cohortAdvisor: boolean;
  /** The actor was asked by the learner to attest this piece of evidence. */
  askedToAttest: boolean;
  /**
   * The learner's interest stands in the role the request is about, and the actor is the learner
   * or that role's employer.
   */
  roleInterest: boolean;
  /** The actor is an employer the learner withdrew from. */
  employerExcluded: boolean;
}

export type AccessDecision =
  | { effect: 'allow' }
  | { effect: 'deny'; status: 403; reason: string; roles?: readonly AccountRole[] }
  | { effect: 'hide'; status: 404; reason: string };

const allow: AccessDecision = { effect: 'allow' };
const deny = (reason: string): AccessDecision => ({ effect: 'deny', status: 403, reason });
/** A denial for the actor's role: `roles` are the ones that may. */
const denyRole = (reason: string, roles: readonly AccountRole[]): AccessDecision => ({
  effect: 'deny',
  status: 403,
  reason,
  roles,
});
const hide = (reason: string): AccessDecision => ({ effect: 'hide', status: 404, reason });

/** No subject: actions that are not about one learner's data. */
export const NO_SUBJECT: AccessSubject = Object.freeze({
  learnerId: null,
  consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: false },
  cohortAdvisor: false,
  askedToAttest: false,
  roleInterest: false,
  employerExcluded: false,
});

const isAttester = (actor: Actor) => actor.role === 'employer' || actor.role === 'advisor';

/** Whether the actor may see the learner's account as a whole. */
function seesAccount(actor: Actor, s: AccessSubject): boolean {
  switch (actor.role) {
    case 'learner':
      return actor.id === s.learnerId;
    case 'admin':
      return true;
    case 'employer':
      return s.consent.discoverableByEmployers && !s.employerExcluded;
    case 'advisor':
      return s.cohortAdvisor && s.consent.advisorsCanSeeEvidence;
    case 'provider':
      // A provider knows a learner only through an enrolment with it (learning.policy.ts), and
      // never sees the account itself.
      return false;
  }
}

/**
 * The decision for an actor doing an action on a subject.
 * @example decide({ id: 'ac_1', role: 'learner' }, 'evidence:read', { ...subject, learnerId: 'ac_2' })
 * // { effect: 'hide', status: 404, … }
 */
export function decide(actor: Actor, action: AccessAction, s: AccessSubject = NO_SUBJECT): AccessDecision {
  if (action === 'evidence:create' || action === 'evidence:import') {
    return actor.role === 'learner' ? allow : denyRole('only learners deposit evidence', ['learner']);
  }
  if (action === 'own-account:use') {
    return actor.role === 'learner' ? allow : denyRole('only learners keep a skills account', ['learner']);
  }
  if (action === 'attestation-requests:inbox') {
    return isAttester(actor)
      ? allow
      : denyRole('only employers and advisors are asked to attest', ['employer', 'advisor']);
  }
  if (action === 'attestation-requests:list') {
    return actor.role === 'admin' ? deny('the administrator has no attestation requests') : allow;
  }
  if (s.learnerId === null) return hide('no such learner or evidence');
  const owner = actor.role === 'learner' && actor.id === s.learnerId;
  const seesAll = seesAccount(actor, s);
  const seesPiece = seesAll || (isAttester(actor) && s.askedToAttest);
  switch (action) {
    case 'evidence:list':
    case 'ledger:verify':
    case 'profile:read':
    case 'credentials:bundle':
      return seesAll ? allow : hide('not visible to this account');
    case 'evidence:read':
    case 'evidence:read-credential':
      return seesPiece ? allow : hide('not visible to this account');
    case 'evidence:read-withdrawn':
      return owner || actor.role === 'admin'
        ? allow
        : hide('withdrawn evidence is visible only to its learner');
    case 'evidence:correct':
    case 'evidence:revoke':
    case 'evidence:request-attestation':
      return owner
        ? allow
        : seesPiece
          ? deny('only its learner changes evidence')
          : hide('not visible to this account');
    case 'evidence:attest':
      if (isAttester(actor) && s.askedToAttest) return allow;
      return seesPiece
        ? deny('only an attester the learner asked signs evidence')
        : hide('not visible to this account');
    case 'consent:read':
      return owner || actor.role === 'admin'
        ? allow
        : seesAll
          ? deny('only the learner sees their consent')
          : hide('not visible to this account');
    case 'disclosures:list':
      return owner || actor.role === 'admin'
        ? allow
        : seesAll
          ? deny('only the learner sees their record of disclosures')
          : hide('not visible to this account');
    case 'roles:recommended':
      return owner || actor.role === 'admin'
        ? allow
        : seesAll
          ? deny('only the learner sees the roles recommended to them')
          : hide('not visible to this account');
    case 'candidate:view':
    case 'candidate:decide':
      if (actor.role === 'employer')
        return seesAll || s.roleInterest ? allow : hide('the learner shares nothing with this employer');
      if (owner || actor.role === 'admin') return deny('only the role’s employer acts on its candidates');
      return hide('not visible to this account');
    case 'conversation:read':
    case 'conversation:send':
      if (owner)
        return action === 'conversation:read' || s.roleInterest
          ? allow
          : deny('express interest in the role (or accept its invitation) to write to its employer');
      if (actor.role === 'employer')
        return s.roleInterest
          ? allow
          : seesAll
            ? deny('the learner has not opened a conversation about this role')
            : hide('not visible to this account');
      return actor.role === 'admin'
        ? deny('conversations are between the learner and the employer')
        : hide('not visible to this account');
    case 'interest:update':
    case 'consent:update':
    case 'account:export':
      return owner
        ? allow
        : seesAll
          ? deny('only the learner can do this')
          : hide('not visible to this account');
  }
}

export const RESOURCE_ACTIONS = [
  'role:create',
  'role:list',
  'role:read',
  'role:update',
  'role:candidates',
  'cohort:create',
  'cohort:list',
  'cohort:read',
  'cohort:invite',
  'cohort:join',
  'cohort:members',
  'cohort:remove-member',
  'cohort:report',
] as const;
export type ResourceAction = (typeof RESOURCE_ACTIONS)[number];

/** What the rules need to know about the role or cohort a request is about. */
export interface ResourceSubject {
  /** The employer of the role or the advisor of the cohort; `null` when there is no such resource. */
  ownerId: string | null;
  /** The actor is a member of the cohort. */
  member: boolean;
  /** The learner a member action is about (`cohort:remove-member`), else `null`. */
  targetLearnerId: string | null;
  /** A role that was published (it may have closed since): learners may read it. */
  listed: boolean;
}

/** No resource yet: creating, listing one's own, joining by code. */
export const NO_RESOURCE: ResourceSubject = Object.freeze({
  ownerId: null,
  member: false,
  targetLearnerId: null,
  listed: false,
});

const CREATORS: Record<'role:create' | 'role:list' | 'cohort:create', Actor['role']> = {
  'role:create': 'employer',
  'role:list': 'employer',
  'cohort:create': 'advisor',
};

/**
 * The decision for an actor doing an action on a role or a cohort.
 * @example decideOnResource({ id: 'ac_2', role: 'employer' }, 'role:candidates', { ownerId: 'ac_1', member: false, targetLearnerId: null })
 * // { effect: 'hide', status: 404, … }
 */
export function decideOnResource(
  actor: Actor,
  action: ResourceAction,
  s: ResourceSubject = NO_RESOURCE,
): AccessDecision {
  switch (action) {
    case 'role:create':
    case 'role:list':
    case 'cohort:create':
      return actor.role === CREATORS[action]
        ? allow
        : denyRole(`only ${CREATORS[action]}s can do this`, [CREATORS[action]]);
    case 'cohort:list':
      return actor.role === 'advisor' || actor.role === 'learner'
        ? allow
        : deny('advisors list their cohorts, learners the cohorts they are in');
    case 'cohort:join':
      return actor.role === 'learner' ? allow : denyRole('only learners join cohorts', ['learner']);
  }
  if (s.ownerId === null) return hide('no such role or cohort');
  const owner = actor.id === s.ownerId;
  const admin = actor.role === 'admin';
  switch (action) {
    case 'role:read':
      return owner || admin || (actor.role === 'learner' && s.listed)
        ? allow
        : hide('not visible to this account');
    case 'role:update':
    case 'role:candidates':
      return owner
        ? allow
        : admin
          ? deny('the administrator does not act for employers')
          : hide('not visible to this account');
    case 'cohort:read':
      return owner || admin || s.member ? allow : hide('not visible to this account');
    case 'cohort:members':
    case 'cohort:report':
      return owner || admin
        ? allow
        : s.member
          ? deny('only the cohort’s advisor sees its members and reports')
          : hide('not visible to this account');
    case 'cohort:invite':
      return owner
        ? allow
        : admin || s.member
          ? deny('only the cohort’s advisor invites')
          : hide('not visible to this account');
    case 'cohort:remove-member':
      if (owner) return allow;
      if (s.member && actor.role === 'learner')
        return actor.id === s.targetLearnerId ? allow : deny('a learner can remove only themselves');
      return admin ? deny('the administrator does not change cohorts') : hide('not visible to this account');
  }
}

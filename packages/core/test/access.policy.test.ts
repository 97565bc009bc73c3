/**
 * The access policy as a table: every role × every action, for each kind of relationship between
 * the actor and the learner. `A` allow, `3` deny (403), `4` hide (404).
 */
import { describe, expect, it } from 'vitest';
import {
  ACCESS_ACTIONS,
  type AccessAction,
  type AccessSubject,
  decide,
  decideOnResource,
  NO_RESOURCE,
  NO_SUBJECT,
  RESOURCE_ACTIONS,
  type ResourceAction,
  type ResourceSubject,
} from '../src/access/access.policy.js';
import {
  decideOnLearning,
  LEARNING_ACTIONS,
  type LearningAction,
  type LearningSubject,
  NO_LEARNING_SUBJECT,
} from '../src/access/learning.policy.js';
import type { Actor } from '../src/accounts/accounts.types.js';

// Column order = ACCESS_ACTIONS.
const COLUMNS = [
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
] as const satisfies readonly AccessAction[];

const LEARNER = 'ac_learner';
const actors: Record<string, Actor> = {
  owner: { id: LEARNER, role: 'learner' },
  otherLearner: { id: 'ac_other', role: 'learner' },
  employer: { id: 'ac_employer', role: 'employer' },
  advisor: { id: 'ac_advisor', role: 'advisor' },
  provider: { id: 'ac_provider', role: 'provider' },
  admin: { id: 'admin', role: 'admin' },
};

const subject = (overrides: Partial<AccessSubject> = {}): AccessSubject => ({
  learnerId: LEARNER,
  consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: false },
  cohortAdvisor: false,
  askedToAttest: false,
  roleInterest: false,
  employerExcluded: false,
  ...overrides,
});

const sharing = { consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: true } };

//                                        cr  li  rd  rw  co  rv  rq  at  in  ve  pr  rc  uc  ex  di  ow  ib  im  cd  bu  rr  iu  cv  cd  cr  cs
const SCENARIOS: [string, Partial<AccessSubject>, Record<string, string>][] = [
  [
    'a learner who shares nothing',
    {},
    {
      owner:
        /* */ 'A   A   A   A   A   A   A   3   A   A   A   A   A   A   A   A   3   A   A   A   A   A   3   3   A   3',
      otherLearner:
        /* */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3   A   4   4   4   4   4   4   4   4',
      employer:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
      advisor:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
      provider:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   3   3   4   4   4   4   4   4   4   4',
      admin:
        /* */ '3   A   A   A   3   3   3   3   3   A   A   A   3   3   A   3   3   3   A   A   A   3   3   3   3   3',
    },
  ],
  [
    'a learner discoverable by employers who lets advisors see evidence',
    sharing,
    {
      owner:
        /* */ 'A   A   A   A   A   A   A   3   A   A   A   A   A   A   A   A   3   A   A   A   A   A   3   3   A   3',
      otherLearner:
        /* */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3   A   4   4   4   4   4   4   4   4',
      employer:
        /* */ '3   A   A   4   3   3   3   3   A   A   A   3   3   3   3   3   A   3   A   A   3   3   A   A   3   3',
      advisor:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
      provider:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   3   3   4   4   4   4   4   4   4   4',
      admin:
        /* */ '3   A   A   A   3   3   3   3   3   A   A   A   3   3   A   3   3   3   A   A   A   3   3   3   3   3',
    },
  ],
  [
    'a learner in the advisor’s cohort who lets advisors see evidence',
    { ...sharing, cohortAdvisor: true },
    {
      advisor:
        /* */ '3   A   A   4   3   3   3   3   A   A   A   3   3   3   3   3   A   3   A   A   3   3   4   4   4   4',
    },
  ],
  [
    'a learner in the advisor’s cohort who does not let advisors see evidence',
    { consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: false }, cohortAdvisor: true },
    {
      advisor:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
    },
  ],
  [
    'a piece the actor was asked to attest (learner shares nothing)',
    { askedToAttest: true },
    {
      employer:
        /* */ '3   4   A   4   3   3   3   A   A   4   4   4   4   4   4   3   A   3   A   4   4   4   4   4   4   4',
      advisor:
        /* */ '3   4   A   4   3   3   3   A   A   4   4   4   4   4   4   3   A   3   A   4   4   4   4   4   4   4',
    },
  ],
  [
    'an id that does not exist',
    { learnerId: null },
    {
      owner:
        /* */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3   A   4   4   4   4   4   4   4   4',
      employer:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
      admin:
        /* */ '3   4   4   4   4   4   4   4   3   4   4   4   4   4   4   3   3   3   4   4   4   4   4   4   4   4',
    },
  ],
  [
    'a learner interested in the employer’s role (not discoverable)',
    { roleInterest: true },
    {
      owner:
        /* */ 'A   A   A   A   A   A   A   3   A   A   A   A   A   A   A   A   3   A   A   A   A   A   3   3   A   A',
      employer:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   A   A   A   A',
      advisor:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
      admin:
        /* */ '3   A   A   A   3   3   3   3   3   A   A   A   3   3   A   3   3   3   A   A   A   3   3   3   3   3',
    },
  ],
  [
    'a discoverable learner who withdrew from this employer',
    { ...sharing, employerExcluded: true },
    {
      employer:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   4   4   4   4',
    },
  ],
  [
    'a learner who withdrew from this employer, then took interest in one of its roles',
    { ...sharing, employerExcluded: true, roleInterest: true },
    {
      employer:
        /* */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A   3   4   4   4   4   A   A   A   A',
    },
  ],
];

const code = (effect: string) => (effect === 'allow' ? 'A' : effect === 'deny' ? '3' : '4');

describe('access policy', () => {
  it('has one column per action', () => {
    expect([...COLUMNS]).toEqual([...ACCESS_ACTIONS]);
  });

  describe.each(SCENARIOS)('%s', (_name, overrides, rows) => {
    it.each(Object.entries(rows))('%s', (actorName, row) => {
      const actor = actors[actorName] as Actor;
      const expected = row.split(/\s+/).filter(Boolean);
      const actual = COLUMNS.map((action) => code(decide(actor, action, subject(overrides)).effect));
      expect(Object.fromEntries(COLUMNS.map((a, i) => [a, actual[i]]))).toEqual(
        Object.fromEntries(COLUMNS.map((a, i) => [a, expected[i]])),
      );
    });
  });

  it('denials carry their HTTP status and a reason', () => {
    expect(decide(actors.employer as Actor, 'evidence:create')).toEqual({
      effect: 'deny',
      status: 403,
      reason: expect.any(String),
      roles: ['learner'],
    });
    expect(decide(actors.otherLearner as Actor, 'evidence:read', subject())).toMatchObject({
      effect: 'hide',
      status: 404,
    });
    expect(decide(actors.owner as Actor, 'attestation-requests:list', NO_SUBJECT)).toEqual({
      effect: 'allow',
    });
  });
});

// Column order = RESOURCE_ACTIONS.
const RESOURCE_COLUMNS = [
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
] as const satisfies readonly ResourceAction[];

const resourceActors: Record<string, Actor> = {
  ownerEmployer: { id: 'ac_employer', role: 'employer' },
  otherEmployer: { id: 'ac_employer2', role: 'employer' },
  ownerAdvisor: { id: 'ac_advisor', role: 'advisor' },
  otherAdvisor: { id: 'ac_advisor2', role: 'advisor' },
  member: { id: LEARNER, role: 'learner' },
  otherLearner: { id: 'ac_other', role: 'learner' },
  admin: { id: 'admin', role: 'admin' },
};

//                                        rc  rl  rr  ru  rk  cc  cl  cr  ci  cj  cm  cx  cp
const RESOURCE_SCENARIOS: [string, ResourceSubject, Record<string, string>][] = [
  [
    'a role of ac_employer',
    { ownerId: 'ac_employer', member: false, targetLearnerId: null, listed: false },
    {
      ownerEmployer: /*                 */ 'A   A   A   A   A   3   3   A   A   3   A   A   A   A',
      otherEmployer: /*                 */ 'A   A   4   4   4   3   3   4   4   3   4   4   4   A',
      ownerAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4   3',
      otherLearner: /*                  */ '3   3   4   4   4   3   A   4   4   A   4   4   4   A   3   3',
      admin: /*                         */ '3   3   A   3   3   3   3   A   3   3   A   3   A   3   3   3',
    },
  ],
  [
    'a published role of ac_employer',
    { ownerId: 'ac_employer', member: false, targetLearnerId: null, listed: true },
    {
      ownerEmployer: /*                 */ 'A   A   A   A   A   3   3   A   A   3   A   A   A',
      otherEmployer: /*                 */ 'A   A   4   4   4   3   3   4   4   3   4   4   4',
      otherLearner: /*                  */ '3   3   A   4   4   3   A   4   4   A   4   4   4',
      admin: /*                         */ '3   3   A   3   3   3   3   A   3   3   A   3   A',
    },
  ],
  [
    'a cohort of ac_advisor, the member removing themselves',
    { ownerId: 'ac_advisor', member: true, targetLearnerId: LEARNER, listed: false },
    {
      member: /*                        */ '3   3   4   4   4   3   A   A   3   A   3   A   3   3   4   3',
    },
  ],
  [
    'a cohort of ac_advisor, about another member',
    { ownerId: 'ac_advisor', member: false, targetLearnerId: 'ac_someone', listed: false },
    {
      ownerAdvisor: /*                  */ '3   3   A   A   A   A   A   A   A   3   A   A   A   3',
      otherAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4   3',
      otherLearner: /*                  */ '3   3   4   4   4   3   A   4   4   A   4   4   4   A   3   3',
      admin: /*                         */ '3   3   A   3   3   3   3   A   3   3   A   3   A   3   3   3',
    },
  ],
  [
    'a member removing someone else',
    { ownerId: 'ac_advisor', member: true, targetLearnerId: 'ac_someone', listed: false },
    {
      member: /*                        */ '3   3   4   4   4   3   A   A   3   A   3   3   3   3   4   3',
    },
  ],
  [
    'an id that does not exist',
    NO_RESOURCE,
    {
      ownerEmployer: /*                 */ 'A   A   4   4   4   3   3   4   4   3   4   4   4   A   4   A',
      ownerAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4   3   4   3',
      member: /*                        */ '3   3   4   4   4   3   A   4   4   A   4   4   4   3   4   3',
    },
  ],
];

describe('access policy on roles and cohorts', () => {
  it('has one column per action', () => {
    expect([...RESOURCE_COLUMNS]).toEqual([...RESOURCE_ACTIONS]);
  });

  describe.each(RESOURCE_SCENARIOS)('%s', (_name, subject, rows) => {
    it.each(Object.entries(rows))('%s', (actorName, row) => {
      const actor = resourceActors[actorName] as Actor;
      const expected = row.split(/\s+/).filter(Boolean);
      const actual = RESOURCE_COLUMNS.map((action) => code(decideOnResource(actor, action, subject).effect));
      expect(Object.fromEntries(RESOURCE_COLUMNS.map((a, i) => [a, actual[i]]))).toEqual(
        Object.fromEntries(RESOURCE_COLUMNS.map((a, i) => [a, expected[i]])),
      );
    });
  });
});

// Column order = LEARNING_ACTIONS.
const LEARNING_COLUMNS = [
  'offering:create',
  'offering:update',
  'offering:enrol',
  'offering:enrolments',
  'enrolment:read',
  'enrolment:record-result',
  'result:read',
  'result:accept',
  'result:revoke',
] as const satisfies readonly LearningAction[];

const learningActors: Record<string, Actor> = {
  provider: { id: 'ac_provider', role: 'provider' },
  otherProvider: { id: 'ac_provider2', role: 'provider' },
  enrolled: { id: LEARNER, role: 'learner' },
  otherLearner: { id: 'ac_other', role: 'learner' },
  employer: { id: 'ac_employer', role: 'employer' },
  advisor: { id: 'ac_advisor', role: 'advisor' },
  admin: { id: 'admin', role: 'admin' },
};

//                                        oc  ou  oe  ol  er  rr  rd  ra  rv
const LEARNING_SCENARIOS: [string, LearningSubject, Record<string, string>][] = [
  [
    'an offering of ac_provider',
    { providerId: 'ac_provider', learnerId: null },
    {
      provider: /*                      */ 'A   A   3   A   A   A   A   3   A',
      otherProvider: /*                 */ 'A   3   3   3   4   4   4   4   4',
      otherLearner: /*                  */ '3   3   A   3   4   4   4   4   4',
      employer: /*                      */ '3   3   3   3   4   4   4   4   4',
      admin: /*                         */ '3   3   3   A   A   3   A   3   3',
    },
  ],
  [
    'an enrolment or result of the learner in an offering of ac_provider',
    { providerId: 'ac_provider', learnerId: LEARNER },
    {
      provider: /*                      */ 'A   A   3   A   A   A   A   3   A',
      otherProvider: /* not enrolled    */ 'A   3   3   3   4   4   4   4   4',
      enrolled: /*                      */ '3   3   A   3   A   3   A   A   3',
      otherLearner: /*                  */ '3   3   A   3   4   4   4   4   4',
      employer: /*                      */ '3   3   3   3   4   4   4   4   4',
      advisor: /*                       */ '3   3   3   3   4   4   4   4   4',
      admin: /*                         */ '3   3   3   A   A   3   A   3   3',
    },
  ],
  [
    'an id that does not exist',
    NO_LEARNING_SUBJECT,
    {
      provider: /*                      */ 'A   4   4   4   4   4   4   4   4',
      enrolled: /*                      */ '3   4   4   4   4   4   4   4   4',
      admin: /*                         */ '3   4   4   4   4   4   4   4   4',
    },
  ],
];

describe('access policy on offerings, enrolments and results', () => {
  it('has one column per action', () => {
    expect([...LEARNING_COLUMNS]).toEqual([...LEARNING_ACTIONS]);
  });

  describe.each(LEARNING_SCENARIOS)('%s', (_name, subject, rows) => {
    it.each(Object.entries(rows))('%s', (actorName, row) => {
      const actor = learningActors[actorName] as Actor;
      const expected = row.split(/\s+/).filter(Boolean);
      const actual = LEARNING_COLUMNS.map((action) => code(decideOnLearning(actor, action, subject).effect));
      expect(Object.fromEntries(LEARNING_COLUMNS.map((a, i) => [a, actual[i]]))).toEqual(
        Object.fromEntries(LEARNING_COLUMNS.map((a, i) => [a, expected[i]])),
      );
    });
  });
});

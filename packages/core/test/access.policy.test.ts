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
] as const satisfies readonly AccessAction[];

const LEARNER = 'ac_learner';
const actors: Record<string, Actor> = {
  owner: { id: LEARNER, role: 'learner' },
  otherLearner: { id: 'ac_other', role: 'learner' },
  employer: { id: 'ac_employer', role: 'employer' },
  advisor: { id: 'ac_advisor', role: 'advisor' },
  admin: { id: 'admin', role: 'admin' },
};

const subject = (overrides: Partial<AccessSubject> = {}): AccessSubject => ({
  learnerId: LEARNER,
  consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: false },
  cohortAdvisor: false,
  askedToAttest: false,
  ...overrides,
});

const sharing = { consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: true } };

//                                        cr  li  rd  rw  co  rv  rq  at  in  ve  pr  rc  uc  ex  di  ow  ib
const SCENARIOS: [string, Partial<AccessSubject>, Record<string, string>][] = [
  [
    'a learner who shares nothing',
    {},
    {
      owner:
        /*                         */ 'A   A   A   A   A   A   A   3   A   A   A   A   A   A   A   A   3',
      otherLearner:
        /*                  */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3',
      employer:
        /*                      */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A',
      advisor:
        /*                       */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A',
      admin:
        /*                         */ '3   A   A   A   3   3   3   3   3   A   A   A   3   3   A   3   3',
    },
  ],
  [
    'a learner discoverable by employers who lets advisors see evidence',
    sharing,
    {
      owner:
        /*                         */ 'A   A   A   A   A   A   A   3   A   A   A   A   A   A   A   A   3',
      otherLearner:
        /*                  */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3',
      employer:
        /*                      */ '3   A   A   4   3   3   3   3   A   A   A   3   3   3   3   3   A',
      advisor:
        /* not their cohort      */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A',
      admin:
        /*                         */ '3   A   A   A   3   3   3   3   3   A   A   A   3   3   A   3   3',
    },
  ],
  [
    'a learner in the advisor’s cohort who lets advisors see evidence',
    { ...sharing, cohortAdvisor: true },
    {
      advisor:
        /*                       */ '3   A   A   4   3   3   3   3   A   A   A   3   3   3   3   3   A',
    },
  ],
  [
    'a learner in the advisor’s cohort who does not let advisors see evidence',
    { consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: false }, cohortAdvisor: true },
    {
      advisor:
        /*                       */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A',
    },
  ],
  [
    'a piece the actor was asked to attest (learner shares nothing)',
    { askedToAttest: true },
    {
      employer:
        /*                      */ '3   4   A   4   3   3   3   A   A   4   4   4   4   4   4   3   A',
      advisor:
        /*                       */ '3   4   A   4   3   3   3   A   A   4   4   4   4   4   4   3   A',
    },
  ],
  [
    'an id that does not exist',
    { learnerId: null },
    {
      owner:
        /*                         */ 'A   4   4   4   4   4   4   4   A   4   4   4   4   4   4   A   3',
      employer:
        /*                      */ '3   4   4   4   4   4   4   4   A   4   4   4   4   4   4   3   A',
      admin:
        /*                         */ '3   4   4   4   4   4   4   4   3   4   4   4   4   4   4   3   3',
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
    { ownerId: 'ac_employer', member: false, targetLearnerId: null },
    {
      ownerEmployer: /*                 */ 'A   A   A   A   A   3   3   A   A   3   A   A   A',
      otherEmployer: /*                 */ 'A   A   4   4   4   3   3   4   4   3   4   4   4',
      ownerAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4',
      otherLearner: /*                  */ '3   3   4   4   4   3   A   4   4   A   4   4   4   A   3',
      admin: /*                         */ '3   3   A   3   3   3   3   A   3   3   A   3   A   3   3',
    },
  ],
  [
    'a cohort of ac_advisor, the member removing themselves',
    { ownerId: 'ac_advisor', member: true, targetLearnerId: LEARNER },
    {
      member: /*                        */ '3   3   4   4   4   3   A   A   3   A   3   A   3',
    },
  ],
  [
    'a cohort of ac_advisor, about another member',
    { ownerId: 'ac_advisor', member: false, targetLearnerId: 'ac_someone' },
    {
      ownerAdvisor: /*                  */ '3   3   A   A   A   A   A   A   A   3   A   A   A',
      otherAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4',
      otherLearner: /*                  */ '3   3   4   4   4   3   A   4   4   A   4   4   4   A   3',
      admin: /*                         */ '3   3   A   3   3   3   3   A   3   3   A   3   A   3   3',
    },
  ],
  [
    'a member removing someone else',
    { ownerId: 'ac_advisor', member: true, targetLearnerId: 'ac_someone' },
    {
      member: /*                        */ '3   3   4   4   4   3   A   A   3   A   3   3   3',
    },
  ],
  [
    'an id that does not exist',
    NO_RESOURCE,
    {
      ownerEmployer: /*                 */ 'A   A   4   4   4   3   3   4   4   3   4   4   4',
      ownerAdvisor: /*                  */ '3   3   4   4   4   A   A   4   4   3   4   4   4',
      member: /*                        */ '3   3   4   4   4   3   A   4   4   A   4   4   4',
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

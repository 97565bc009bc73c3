/**
 * The access matrix through HTTP: each role × each resource × each verb, for a learner who shares
 * nothing and one who shares with employers and advisors, including ids that belong to someone
 * else (404 where existence would leak) and ids that do not exist. Runs on every dialect.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askToAttest,
  bearer,
  deposit,
  evidenceBody,
  setConsent,
  signUp,
  type TestAccount,
} from './skills-account.fixtures.js';
import { json, openTestApp, type TestApp } from './test-app.js';

const ADMIN_TOKEN = 'matrix-admin-token-0123456789abcdefghij';

type ActorName = 'owner' | 'otherLearner' | 'employer' | 'askedEmployer' | 'advisor' | 'admin';
type Verb =
  | 'deposit'
  | 'list'
  | 'read'
  | 'correct'
  | 'revoke'
  | 'askToAttest'
  | 'attest'
  | 'inbox'
  | 'verify'
  | 'profile'
  | 'readConsent'
  | 'setConsent'
  | 'export';

const VERBS: Verb[] = [
  'deposit',
  'list',
  'read',
  'correct',
  'revoke',
  'askToAttest',
  'attest',
  'inbox',
  'verify',
  'profile',
  'readConsent',
  'setConsent',
  'export',
];

/** Expected status per actor and verb, for a learner who shares nothing. */
const PRIVATE: Record<ActorName, number[]> = {
  //              dep  list read corr rev  ask  att  inbox ver  prof rcon scon exp
  owner: [201, 200, 200, 201, 200, 201, 403, 200, 200, 200, 200, 200, 200],
  otherLearner: [201, 404, 404, 404, 404, 404, 404, 200, 404, 404, 404, 404, 404],
  employer: [403, 404, 404, 404, 404, 404, 404, 200, 404, 404, 404, 404, 404],
  askedEmployer: [403, 404, 200, 403, 403, 403, 201, 200, 404, 404, 404, 404, 404],
  advisor: [403, 404, 404, 404, 404, 404, 404, 200, 404, 404, 404, 404, 404],
  admin: [403, 200, 200, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
};

/** Expected status for a learner discoverable by employers who lets advisors see evidence (no cohort yet). */
const SHARING: Record<ActorName, number[]> = {
  //              dep  list read corr rev  ask  att  inbox ver  prof rcon scon exp
  owner: [201, 200, 200, 201, 200, 201, 403, 200, 200, 200, 200, 200, 200],
  otherLearner: [201, 404, 404, 404, 404, 404, 404, 200, 404, 404, 404, 404, 404],
  employer: [403, 200, 200, 403, 403, 403, 403, 200, 200, 200, 403, 403, 403],
  askedEmployer: [403, 200, 200, 403, 403, 403, 201, 200, 200, 200, 403, 403, 403],
  // Advisors see a learner's evidence only as advisors of the learner's cohort; this one has none
  // (cohorts.api.test.ts covers a cohort advisor).
  advisor: [403, 404, 404, 404, 404, 404, 404, 200, 404, 404, 404, 404, 404],
  admin: [403, 200, 200, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
};

const cells = (table: Record<ActorName, number[]>) =>
  (Object.keys(table) as ActorName[]).flatMap((actor) =>
    VERBS.map((verb, i) => ({ actor, verb, status: table[actor][i] as number })),
  );

describe.each(testDatabases())('access matrix on $name', (database) => {
  let t: TestApp;
  const actors = {} as Record<ActorName, TestAccount>;
  let secondAttester: TestAccount;
  let sharing: TestAccount;

  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
    actors.owner = await signUp(t.app, 'learner', '私密');
    sharing = await signUp(t.app, 'learner', '公开');
    await setConsent(t.app, sharing, { discoverableByEmployers: true, advisorsCanSeeEvidence: true });
    actors.otherLearner = await signUp(t.app, 'learner', '别人');
    actors.employer = await signUp(t.app, 'employer', '雇主');
    actors.askedEmployer = await signUp(t.app, 'employer', '受邀雇主');
    actors.advisor = await signUp(t.app, 'advisor', '辅导员');
    actors.admin = { id: 'admin', role: 'learner', token: ADMIN_TOKEN, publicKey: null };
    secondAttester = await signUp(t.app, 'advisor', '另一位');
  });
  afterAll(() => t.destroy());

  /** Performs `verb` on a fresh piece of `learner`'s evidence (which `askedEmployer` was asked to attest). */
  async function perform(
    verb: Verb,
    who: TestAccount,
    learner: TestAccount,
    ids?: { learner: string; evidence: string },
  ) {
    const piece = ids ? { id: ids.evidence } : await deposit(t.app, learner);
    if (!ids) await askToAttest(t.app, learner, piece.id, actors.askedEmployer);
    const learnerId = ids?.learner ?? learner.id;
    const as = (init: RequestInit = {}) => bearer(who.token, init);
    switch (verb) {
      case 'deposit':
        return t.app.request('/api/evidence', as(json(evidenceBody())));
      case 'list':
        return t.app.request(`/api/evidence?learner=${learnerId}`, as());
      case 'read':
        return t.app.request(`/api/evidence/${piece.id}`, as());
      case 'correct':
        return t.app.request(
          `/api/evidence/${piece.id}/corrections`,
          as(json(evidenceBody({ title: '更正' }))),
        );
      case 'revoke':
        return t.app.request(`/api/evidence/${piece.id}/revoke`, as(json({})));
      case 'askToAttest':
        return t.app.request(
          `/api/evidence/${piece.id}/attestation-requests`,
          as(json({ attesterId: secondAttester.id })),
        );
      case 'attest':
        return t.app.request(`/api/evidence/${piece.id}/attestations`, as(json({ statement: 'ok' })));
      case 'inbox':
        return t.app.request('/api/attestation-requests', as());
      case 'verify':
        return t.app.request(`/api/learners/${learnerId}/ledger/verify`, as());
      case 'profile':
        return t.app.request(`/api/learners/${learnerId}/profile`, as());
      case 'readConsent':
        return t.app.request(`/api/learners/${learnerId}/consent`, as());
      case 'setConsent':
        // Re-states the learner's current choice, so the matrix does not change who shares what.
        return t.app.request(
          `/api/learners/${learnerId}/consent`,
          as(json({ discoverableByEmployers: learner === sharing }, { method: 'PUT' })),
        );
      case 'export':
        return t.app.request(`/api/learners/${learnerId}/export`, as());
    }
  }

  it.each(cells(PRIVATE))('private learner: $actor $verb → $status', async ({ actor, verb, status }) => {
    const res = await perform(verb, actors[actor], actors.owner);
    expect(res.status).toBe(status);
    if (status >= 400) expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each(cells(SHARING))('sharing learner: $actor $verb → $status', async ({ actor, verb, status }) => {
    // The sharing learner is the owner here.
    const who = actor === 'owner' ? sharing : actors[actor];
    const res = await perform(verb, who, sharing);
    expect(res.status).toBe(status);
  });

  it.each(VERBS.filter((v) => !['deposit', 'inbox'].includes(v)))(
    'ids that do not exist are 404 for everyone: %s',
    async (verb) => {
      for (const actor of Object.keys(actors) as ActorName[]) {
        const res = await perform(verb, actors[actor], actors.owner, {
          learner: 'ac_missing',
          evidence: 'ev_missing',
        });
        expect(res.status, `${actor} ${verb}`).toBe(404);
      }
    },
  );

  it.each(VERBS)('without a token every route is 401: %s', async (verb) => {
    const res = await perform(verb, { ...actors.owner, token: '' }, actors.owner);
    expect(res.status).toBe(401);
  });

  it('a 404 for someone else’s evidence reads exactly like one for evidence that does not exist', async () => {
    const piece = await deposit(t.app, actors.owner);
    const theirs = await t.app.request(`/api/evidence/${piece.id}`, bearer(actors.otherLearner.token));
    const none = await t.app.request('/api/evidence/ev_missing', bearer(actors.otherLearner.token));
    const a = await theirs.json();
    const b = await none.json();
    expect({ ...a, detail: a.detail.replace(piece.id, 'X') }).toEqual({
      ...b,
      detail: b.detail.replace('ev_missing', 'X'),
    });
  });
});

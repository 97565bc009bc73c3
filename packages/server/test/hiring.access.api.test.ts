/**
 * The hiring loop's access matrix through HTTP: each actor × each hiring verb, for a graduate who
 * shares nothing, one interested in the role only, one discoverable by all employers, and one who
 * withdrew from the role's employer. An employer never sees the card, evidence or messages of a
 * graduate who did not consent (to all, or to that role). Runs on every dialect.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const ADMIN_TOKEN = 'hiring-matrix-admin-token-0123456789abcdef';

type ActorName = 'owner' | 'otherLearner' | 'roleEmployer' | 'otherEmployer' | 'admin';
const VERBS = ['card', 'decide', 'readMessages', 'sendMessage', 'roles', 'interests', 'evidence'] as const;
type Verb = (typeof VERBS)[number];

type Scenario = 'private' | 'interested' | 'discoverable' | 'withdrawn';

//                                       card dec  read send role int  evid
const EXPECTED: Record<Scenario, Partial<Record<ActorName, number[]>>> = {
  private: {
    owner: /*                      */ [404, 404, 200, 403, 200, 200, 200],
    otherLearner: /*               */ [404, 404, 404, 404, 404, 404, 404],
    roleEmployer: /*               */ [404, 404, 404, 404, 404, 404, 404],
    otherEmployer: /*              */ [404, 404, 404, 404, 404, 404, 404],
    admin: /*                      */ [403, 403, 403, 403, 200, 200, 200],
  },
  interested: {
    owner: /*                      */ [404, 404, 200, 201, 200, 200, 200],
    otherLearner: /*               */ [404, 404, 404, 404, 404, 404, 404],
    roleEmployer: /*               */ [200, 200, 200, 201, 404, 404, 404],
    otherEmployer: /*              */ [404, 404, 404, 404, 404, 404, 404],
    admin: /*                      */ [403, 403, 403, 403, 200, 200, 200],
  },
  discoverable: {
    owner: /*                      */ [404, 404, 200, 403, 200, 200, 200],
    roleEmployer: /*               */ [200, 200, 403, 403, 403, 403, 200],
    otherEmployer: /*              */ [404, 404, 404, 404, 403, 403, 200],
  },
  withdrawn: {
    owner: /*                      */ [404, 404, 200, 403, 200, 200, 200],
    roleEmployer: /*               */ [404, 404, 404, 404, 404, 404, 404],
    otherEmployer: /*              */ [404, 404, 404, 404, 403, 403, 200],
  },
};

describe.each(testDatabases())('hiring access matrix on $name', (database) => {
  let t: TestApp;
  let roleId: string;
  const actors = {} as Record<ActorName, { id: string; token: string }>;
  const graduates = {} as Record<Scenario, TestAccount>;

  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
    const employer = await signUp(t.app, 'employer', '用人单位');
    actors.roleEmployer = employer;
    actors.otherEmployer = await signUp(t.app, 'employer', '别家单位');
    actors.otherLearner = await signUp(t.app, 'learner', '别的学员');
    actors.admin = { id: 'admin', token: ADMIN_TOKEN };
    const created = await t.app.request(
      '/api/roles',
      bearer(
        employer.token,
        json({ title: '光伏运维', requirements: [{ text: '光伏电站运维巡检', essential: true }] }),
      ),
    );
    roleId = (await readJson(created)).id;
    await t.app.request(`/api/roles/${roleId}/publish`, bearer(employer.token, { method: 'POST' }));
    for (const scenario of ['private', 'interested', 'discoverable', 'withdrawn'] as const) {
      const g = await signUp(t.app, 'learner', `学员 ${scenario}`);
      await deposit(t.app, g);
      const discoverable = scenario === 'discoverable' || scenario === 'withdrawn';
      await setConsent(t.app, g, { discoverableByEmployers: discoverable });
      if (scenario === 'interested' || scenario === 'withdrawn')
        await t.app.request(`/api/roles/${roleId}/interests`, bearer(g.token, { method: 'POST' }));
      if (scenario === 'withdrawn')
        await t.app.request(
          `/api/learners/${g.id}/withdrawals`,
          bearer(g.token, json({ employerId: employer.id })),
        );
      graduates[scenario] = g;
    }
  });
  afterAll(() => t.destroy());

  const call = async (verb: Verb, who: { token: string }, g: TestAccount): Promise<Response> => {
    const messages = `/api/roles/${roleId}/conversations/${g.id}/messages`;
    switch (verb) {
      case 'card':
        return t.app.request(`/api/roles/${roleId}/candidates/${g.id}`, bearer(who.token));
      case 'decide':
        return t.app.request(
          `/api/roles/${roleId}/candidates/${g.id}`,
          bearer(who.token, json({ state: 'shortlisted' }, { method: 'PUT' })),
        );
      case 'readMessages':
        return t.app.request(messages, bearer(who.token));
      case 'sendMessage':
        return t.app.request(messages, bearer(who.token, json({ text: '你好' })));
      case 'roles':
        return t.app.request(`/api/learners/${g.id}/roles`, bearer(who.token));
      case 'interests':
        return t.app.request(`/api/learners/${g.id}/interests`, bearer(who.token));
      case 'evidence':
        return t.app.request(`/api/evidence?learner=${g.id}`, bearer(who.token));
    }
  };

  const cases = Object.entries(EXPECTED).flatMap(([scenario, rows]) =>
    Object.entries(rows).map(
      ([actor, statuses]) => [scenario as Scenario, actor as ActorName, statuses] as const,
    ),
  );

  it.each(cases)('a graduate %s, as %s', async (scenario, actor, statuses) => {
    const g = graduates[scenario];
    const who = actor === 'owner' ? g : actors[actor];
    const actual: Record<string, number> = {};
    for (const verb of VERBS) actual[verb] = (await call(verb, who, g)).status;
    expect(actual).toEqual(Object.fromEntries(VERBS.map((v, i) => [v, statuses[i]])));
  });
});

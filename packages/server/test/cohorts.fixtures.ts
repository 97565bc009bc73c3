/** Builders for cohort tests: an advisor's cohort, an invitation code, learners who join it. */
import { expect } from 'vitest';
import { bearer, type TestAccount } from './skills-account.fixtures.js';
import { json, readJson, type TestApp } from './test-app.js';

type App = TestApp['app'];

export async function createCohort(
  app: App,
  advisor: TestAccount,
  name = '2026 届光伏班',
): Promise<{ id: string; name: string }> {
  const res = await app.request('/api/cohorts', bearer(advisor.token, json({ name })));
  expect(res.status).toBe(201);
  return readJson(res);
}

export async function invite(app: App, advisor: TestAccount, cohortId: string): Promise<string> {
  const res = await app.request(`/api/cohorts/${cohortId}/invitations`, bearer(advisor.token, json({})));
  expect(res.status).toBe(201);
  return (await readJson(res)).code;
}

export async function join(app: App, learner: TestAccount, code: string) {
  const res = await app.request('/api/cohorts/join', bearer(learner.token, json({ code })));
  expect(res.status).toBe(200);
  return readJson(res);
}

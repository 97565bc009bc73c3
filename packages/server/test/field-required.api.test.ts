/**
 * A field left out of a request is said to be required, whatever its type — not "must be a
 * string" (POST /api/accounts without a name) nor "is not valid" (POST /api/match without
 * evidence) — and nothing is stored.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('missing fields ($name)', (database) => {
  let t: TestApp;
  let grad: TestAccount;

  beforeAll(async () => {
    t = await openTestApp(database);
    grad = await signUp(t.app, 'learner', '王小明');
  });
  afterAll(() => t.destroy());

  it.each([
    ['/api/accounts', { role: 'learner' }, 'name'],
    ['/api/match', {}, 'evidence'],
    ['/api/classify', {}, 'title'],
    ['/api/cohorts/join', {}, 'code'],
  ])('POST %s without a field says it is required', async (path, body, field) => {
    const res = await t.app.request(path, bearer(grad.token, json(body)));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(res)).errors).toContainEqual({ path: field, message: 'is required' });
  });

  it('says a missing query parameter is required too', async () => {
    const res = await t.app.request(`/api/learners/${grad.id}/gaps`, bearer(grad.token));
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors).toEqual([{ path: 'occupation', message: 'is required' }]);
  });

  it('still says what type a field must be when it is there', async () => {
    const res = await t.app.request('/api/accounts', json({ role: 'learner', name: 5 }));
    expect((await readJson(res)).errors).toEqual([{ path: 'name', message: 'must be a string' }]);
  });
});

/**
 * The edge rule for text: NUL and lone surrogates are a 400 naming the field or parameter, on every
 * dialect (PostgreSQL used to answer 500 to NUL and to turn a lone surrogate into U+FFFD).
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, evidenceBody, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: '\udc00x' } as const;

describe.each(testDatabases())('the edge rule for text on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let employer: TestAccount;
  let advisor: TestAccount;
  let evidenceId: string;
  let roleId: string;
  let cohortId: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner');
    employer = await signUp(t.app, 'employer', '张经理', '某公司');
    advisor = await signUp(t.app, 'advisor', '王老师', '某学院');
    evidenceId = (await deposit(t.app, learner)).id;
    const role = await t.app.request('/api/roles', bearer(employer.token, json({ title: '运维工程师' })));
    roleId = (await readJson(role)).id;
    const cohort = await t.app.request('/api/cohorts', bearer(advisor.token, json({ name: '2026 届' })));
    cohortId = (await readJson(cohort)).id;
  });
  afterAll(() => t.destroy());

  /** Asserts a 400 problem that names `field` among its errors. */
  async function expectRefused(res: Response, field: string) {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await readJson(res);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(body.detail).toContain(field);
  }

  for (const [what, bad] of Object.entries(BAD)) {
    it(`refuses ${what} in body fields stored outside the ledger`, async () => {
      await expectRefused(await t.app.request('/api/accounts', json({ role: 'learner', name: bad })), 'name');
      await expectRefused(
        await t.app.request('/api/accounts', json({ role: 'employer', name: 'ok', organisation: bad })),
        'organisation',
      );
      await expectRefused(
        await t.app.request(
          `/api/evidence/${evidenceId}/attestation-requests`,
          bearer(learner.token, json({ attesterId: employer.id, message: bad })),
        ),
        'message',
      );
      await expectRefused(
        await t.app.request('/api/roles', bearer(employer.token, json({ title: bad }))),
        'title',
      );
      await expectRefused(
        await t.app.request('/api/roles', bearer(employer.token, json({ title: 'ok', description: bad }))),
        'description',
      );
      await expectRefused(
        await t.app.request(
          `/api/roles/${roleId}/requirements`,
          bearer(employer.token, json({ requirements: [{ text: bad, essential: true }] }, { method: 'PUT' })),
        ),
        'requirements.0.text',
      );
      await expectRefused(
        await t.app.request('/api/cohorts', bearer(advisor.token, json({ name: bad }))),
        'name',
      );
      await expectRefused(
        await t.app.request('/api/cohorts/join', bearer(learner.token, json({ code: bad }))),
        'code',
      );
    });

    it(`refuses ${what} in ledger fields and in what only the matcher reads`, async () => {
      await expectRefused(
        await t.app.request('/api/evidence', bearer(learner.token, json(evidenceBody({ title: bad })))),
        'title',
      );
      await expectRefused(
        await t.app.request(
          '/api/evidence',
          bearer(learner.token, json(evidenceBody({ skills: [{ name: bad, level: 2 }] }))),
        ),
        'skills.0.name',
      );
      await expectRefused(
        await t.app.request('/api/match', json({ evidence: [{ title: 'ok', description: bad }] })),
        'evidence.0.description',
      );
      await expectRefused(await t.app.request('/api/classify', json({ title: bad })), 'title');
    });
  }

  it('refuses NUL in path and query parameters with a 400 naming the parameter', async () => {
    const nul = '%00';
    await expectRefused(await t.app.request(`/api/evidence/${nul}`, bearer(learner.token)), 'id');
    await expectRefused(await t.app.request(`/api/accounts/a${nul}/public-key`), 'id');
    await expectRefused(
      await t.app.request(`/api/learners/${nul}/ledger/verify`, bearer(learner.token)),
      'id',
    );
    await expectRefused(await t.app.request(`/api/roles/${nul}`, bearer(employer.token)), 'id');
    await expectRefused(
      await t.app.request(
        `/api/cohorts/${cohortId}/members/${nul}`,
        bearer(advisor.token, { method: 'DELETE' }),
      ),
      'learnerId',
    );
    await expectRefused(await t.app.request(`/api/occupations?q=${nul}`), 'q');
    await expectRefused(
      await t.app.request(`/api/evidence?learner=${nul}`, bearer(learner.token)),
      'learner',
    );
  });

  it('stores nothing from a refused request and keeps well-formed text exactly', async () => {
    const before = await t.handle.db.selectFrom('accounts').select('id').execute();
    await t.app.request('/api/accounts', json({ role: 'learner', name: BAD.surrogate }));
    expect(await t.handle.db.selectFrom('accounts').select('id').execute()).toHaveLength(before.length);
    // A paired surrogate (an emoji) and CJK text are fine and come back unchanged on both dialects.
    const res = await t.app.request('/api/accounts', json({ role: 'learner', name: '李华 \u{1F600}' }));
    expect(res.status).toBe(201);
    expect((await readJson(res)).name).toBe('李华 \u{1F600}');
  });

  it('pages answer a 400 page for NUL in the URL or a form field', async () => {
    const web = new WebClient(t.app);
    const page = await web.get('/evidence/%00');
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('path segment 2');
    const query = await web.get('/occupations?q=%00');
    expect(query.status).toBe(400);
    const form = await web.post('/sign-up', { role: 'learner', name: BAD.nul }, { csrfFrom: '/sign-up' });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('name');
  });
});

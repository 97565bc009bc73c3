/**
 * Advisors' cohorts through HTTP on every dialect: creating, inviting by code (hashed, expiring),
 * joining and leaving, the member list, and what membership lets an advisor see — evidence only
 * while the learner's consent allows it, and nothing once they leave.
 */
import { createInvitation, hashCohortCode } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('cohorts on %s', (database) => {
  let t: TestApp;
  let advisor: TestAccount;
  let otherAdvisor: TestAccount;
  let employer: TestAccount;
  let learner: TestAccount;
  let classmate: TestAccount;
  let cohort: { id: string; name: string };

  const get = (path: string, who: { token: string }) => t.app.request(path, bearer(who.token));
  const del = (path: string, who: { token: string }) =>
    t.app.request(path, bearer(who.token, { method: 'DELETE' }));

  beforeAll(async () => {
    t = await openTestApp(database);
    advisor = await signUp(t.app, 'advisor', '王老师', '某职业技术学院');
    otherAdvisor = await signUp(t.app, 'advisor', '李老师');
    employer = await signUp(t.app, 'employer', '企业');
    learner = await signUp(t.app, 'learner', '张三');
    classmate = await signUp(t.app, 'learner', '李四');
    await deposit(t.app, learner);
    await deposit(t.app, classmate);
    cohort = await createCohort(t.app, advisor);
  });
  afterAll(() => t.destroy());

  it('lets only advisors create cohorts, with a strict body', async () => {
    expect(cohort).toMatchObject({ name: '2026 届光伏班', advisorId: advisor.id, memberCount: 0 });
    expect((await t.app.request('/api/cohorts', bearer(learner.token, json({ name: 'x' })))).status).toBe(
      403,
    );
    expect((await t.app.request('/api/cohorts', bearer(employer.token, json({ name: 'x' })))).status).toBe(
      403,
    );
    expect((await t.app.request('/api/cohorts', json({ name: 'x' }))).status).toBe(401);
    const bad = await t.app.request('/api/cohorts', bearer(advisor.token, json({ name: ' ', size: 3 })));
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'name',
      'size',
    ]);
  });

  it('hands out short codes stored only as hashes; a learner joins with one in any case', async () => {
    const res = await t.app.request(
      `/api/cohorts/${cohort.id}/invitations`,
      bearer(advisor.token, json({ expiresInDays: 7 })),
    );
    expect(res.status).toBe(201);
    const { code, expiresAt } = await readJson(res);
    expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const stored = await t.deps.db
      .selectFrom('cohort_invitations')
      .selectAll()
      .where('cohort_id', '=', cohort.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(stored.map((s) => s.code_hash)).toContain(hashCohortCode(code));

    const joined = await join(t.app, learner, ` ${code.toLowerCase().replace('-', ' ')} `);
    expect(joined).toMatchObject({ cohort: { id: cohort.id, name: cohort.name }, status: 'joined' });
    expect((await join(t.app, learner, code)).status).toBe('already_member');
    const mine = await readJson(await get('/api/cohorts', learner));
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([cohort.id]);
    const his = await readJson(await get('/api/cohorts', advisor));
    expect(his.items[0]).toMatchObject({ id: cohort.id, memberCount: 1 });
  });

  it('refuses unknown and expired codes, naming the field, and non-learners', async () => {
    const unknown = await t.app.request(
      '/api/cohorts/join',
      bearer(classmate.token, json({ code: 'AAAAA-BBBBB' })),
    );
    expect(unknown.status).toBe(400);
    expect((await readJson(unknown)).errors).toEqual([
      { path: 'code', message: expect.stringMatching(/not a valid/) },
    ]);
    const old = await createInvitation(t.deps.db, cohort.id, {
      createdBy: advisor.id,
      days: 1,
      now: () => new Date(Date.now() - 3 * 24 * 3600 * 1000),
    });
    expect(
      (await t.app.request('/api/cohorts/join', bearer(classmate.token, json({ code: old.code })))).status,
    ).toBe(400);
    const code = await invite(t.app, advisor, cohort.id);
    expect((await t.app.request('/api/cohorts/join', bearer(advisor.token, json({ code })))).status).toBe(
      403,
    );
    expect((await t.app.request('/api/cohorts/join', bearer(classmate.token, json({})))).status).toBe(400);
  });

  it('shows members only to the advisor, with whether each shares evidence', async () => {
    await join(t.app, classmate, await invite(t.app, advisor, cohort.id));
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    const res = await get(`/api/cohorts/${cohort.id}/members`, advisor);
    expect(res.status).toBe(200);
    const { items } = await readJson(res);
    expect(items).toEqual([
      { learnerId: learner.id, name: '张三', joinedAt: expect.any(String), sharesEvidence: true },
      { learnerId: classmate.id, name: '李四', joinedAt: expect.any(String), sharesEvidence: false },
    ]);
    expect((await get(`/api/cohorts/${cohort.id}/members`, learner)).status).toBe(403);
    expect((await get(`/api/cohorts/${cohort.id}/members`, otherAdvisor)).status).toBe(404);
    expect((await get(`/api/cohorts/${cohort.id}/members`, employer)).status).toBe(404);
    expect((await get(`/api/cohorts/${cohort.id}`, learner)).status).toBe(200);
    expect((await get(`/api/cohorts/${cohort.id}`, otherAdvisor)).status).toBe(404);
    expect((await get('/api/cohorts/co_nope/members', advisor)).status).toBe(404);
    expect(
      (await t.app.request(`/api/cohorts/${cohort.id}/invitations`, bearer(otherAdvisor.token, json({}))))
        .status,
    ).toBe(404);
    expect(
      (await t.app.request(`/api/cohorts/${cohort.id}/invitations`, bearer(learner.token, json({})))).status,
    ).toBe(403);
  });

  it('lets the cohort advisor see a member’s evidence only while the member allows it', async () => {
    // learner: member, advisorsCanSeeEvidence true; classmate: member, consent never given.
    expect((await get(`/api/evidence?learner=${learner.id}`, advisor)).status).toBe(200);
    expect((await get(`/api/learners/${learner.id}/profile`, advisor)).status).toBe(200);
    expect((await get(`/api/evidence?learner=${classmate.id}`, advisor)).status).toBe(404);
    // Another advisor, not running the learner's cohort, sees nothing.
    expect((await get(`/api/evidence?learner=${learner.id}`, otherAdvisor)).status).toBe(404);
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
    expect((await get(`/api/evidence?learner=${learner.id}`, advisor)).status).toBe(404);
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    expect((await get(`/api/evidence?learner=${learner.id}`, advisor)).status).toBe(200);
  });

  it('lets a learner leave (and not remove others) and the advisor remove; leaving ends the advisor’s view', async () => {
    expect((await del(`/api/cohorts/${cohort.id}/members/${classmate.id}`, learner)).status).toBe(403);
    expect((await del(`/api/cohorts/${cohort.id}/members/${learner.id}`, otherAdvisor)).status).toBe(404);
    expect((await del(`/api/cohorts/${cohort.id}/members/${learner.id}`, learner)).status).toBe(204);
    expect((await get(`/api/evidence?learner=${learner.id}`, advisor)).status).toBe(404);
    expect((await del(`/api/cohorts/${cohort.id}/members/${learner.id}`, advisor)).status).toBe(404);
    expect((await del(`/api/cohorts/${cohort.id}/members/${classmate.id}`, advisor)).status).toBe(204);
    const { items } = await readJson(await get(`/api/cohorts/${cohort.id}/members`, advisor));
    expect(items).toEqual([]);
    expect((await get('/api/cohorts', employer)).status).toBe(403);
  });
});

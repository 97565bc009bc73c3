/**
 * The hiring loop through HTTP on every dialect: a role's life, roles for a graduate, interest as
 * a consent scope of its own, candidate lists and cards, decisions, messages and inboxes, who saw
 * whom — and that an employer loses the view of a graduate who withdraws from the very next
 * request, also for a list it already has open.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const ADMIN_TOKEN = 'hiring-admin-token-0123456789abcdefghijkl';

const PV = {
  kind: 'work_project',
  title: '光伏发电设备巡视检查与运行监控',
  description:
    '巡视、检查、监控光伏发电设备及附属设备的运行工况，发现异常，上报并进行处理。启停光伏发电设备。',
  occupationCodes: [],
  skills: [{ name: '光伏发电运维', level: 4 }],
};

const PV_ROLE = {
  title: '光伏运维实习生',
  city: '苏州',
  mode: 'internship',
  salaryBand: { minYuan: 4000, maxYuan: 6000, period: 'month' },
  requirements: [
    { text: '巡视检查光伏发电设备，监控运行工况', essential: true },
    { text: '编写英文技术报告', essential: false },
  ],
};

describe.each(testDatabases())('the hiring loop on $name', (database) => {
  let t: TestApp;
  let employer: TestAccount;
  let rival: TestAccount;
  let grad: TestAccount;
  let open: TestAccount;
  const admin = { token: ADMIN_TOKEN };

  const send = (method: string, path: string, who: { token: string }, body?: unknown) =>
    t.app.request(path, bearer(who.token, body === undefined ? { method } : json(body, { method })));
  const get = (path: string, who: { token: string }) => t.app.request(path, bearer(who.token));
  const ok = async (res: Response, status = 200) => {
    expect(res.status, await res.clone().text()).toBe(status);
    return status === 204 ? null : readJson(res);
  };
  const newRole = async (who: TestAccount, body: Record<string, unknown> = PV_ROLE) =>
    ok(await send('POST', '/api/roles', who, body), 201);
  const published = async (who: TestAccount, body: Record<string, unknown> = PV_ROLE) => {
    const role = await newRole(who, body);
    return ok(await send('POST', `/api/roles/${role.id}/publish`, who));
  };

  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
    employer = await signUp(t.app, 'employer', '阳光电力', '阳光电力有限公司');
    rival = await signUp(t.app, 'employer', '别家公司');
    grad = await signUp(t.app, 'learner', '李明');
    open = await signUp(t.app, 'learner', '王芳');
    await deposit(t.app, grad, PV);
    await deposit(t.app, open, PV);
    await setConsent(t.app, grad, { discoverableByEmployers: false });
    await setConsent(t.app, open, { discoverableByEmployers: true });
  });
  afterAll(() => t.destroy());

  it('takes a role from draft to published to closed; only drafts are deleted', async () => {
    const draft = await newRole(employer);
    expect(draft).toMatchObject({
      status: 'draft',
      city: '苏州',
      mode: 'internship',
      salaryBand: { minYuan: 4000, maxYuan: 6000, period: 'month' },
      closesOn: null,
      publishedAt: null,
    });
    const edited = await ok(
      await send('PATCH', `/api/roles/${draft.id}`, employer, {
        title: '光伏运维助理',
        closesOn: '2099-12-31',
      }),
    );
    expect(edited).toMatchObject({ title: '光伏运维助理', closesOn: '2099-12-31', city: '苏州' });
    expect((await send('PATCH', `/api/roles/${draft.id}`, rival, { title: 'x' })).status).toBe(404);
    expect((await send('POST', `/api/roles/${draft.id}/publish`, admin)).status).toBe(403);
    const live = await ok(await send('POST', `/api/roles/${draft.id}/publish`, employer));
    expect(live).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await send('DELETE', `/api/roles/${draft.id}`, employer)).status).toBe(409);
    expect((await ok(await send('POST', `/api/roles/${draft.id}/close`, employer))).status).toBe('closed');
    expect((await send('PATCH', `/api/roles/${draft.id}`, employer, { city: '无锡' })).status).toBe(409);
    expect((await send('POST', `/api/roles/${draft.id}/interests`, grad)).status).toBe(409);

    const gone = await newRole(employer);
    expect((await send('POST', `/api/roles/${gone.id}/close`, employer)).status).toBe(409);
    await ok(await send('DELETE', `/api/roles/${gone.id}`, employer), 204);
    expect((await get(`/api/roles/${gone.id}`, employer)).status).toBe(404);
  });

  it('refuses bad role fields and a closing date in the past, naming the field', async () => {
    const bad = async (method: string, path: string, body: unknown, field: string) => {
      const res = await send(method, path, employer, body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await readJson(res);
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(field);
    };
    await bad('POST', '/api/roles', { ...PV_ROLE, closesOn: '2020-01-01' }, 'closesOn');
    await bad('POST', '/api/roles', { ...PV_ROLE, closesOn: '2026-02-30' }, 'closesOn');
    await bad('POST', '/api/roles', { ...PV_ROLE, mode: 'weekends' }, 'mode');
    await bad(
      'POST',
      '/api/roles',
      { ...PV_ROLE, salaryBand: { minYuan: 9000, maxYuan: 6000, period: 'month' } },
      'salaryBand.minYuan',
    );
    await bad('POST', '/api/roles', { ...PV_ROLE, city: '   ' }, 'city');
    const role = await newRole(employer);
    await bad('PATCH', `/api/roles/${role.id}`, { closesOn: '2000-01-01' }, 'closesOn');
    await bad('PATCH', `/api/roles/${role.id}`, { status: 'published' }, 'status');
    expect((await get(`/api/roles/${role.id}`, employer)).status).toBe(200);
  });

  it('walks the loop: find, miss, interest, interested list, card, shortlist, messages, withdrawal', async () => {
    const role = await published(employer);
    const hidden = await newRole(employer, { ...PV_ROLE, title: '草稿岗位' });

    // The graduate finds the role, with what they meet and miss; drafts are not shown.
    const roles = await ok(await get(`/api/learners/${grad.id}/roles?city=苏州市&mode=internship`, grad));
    expect(roles.scorer.version).toEqual(expect.any(String));
    const found = roles.items.find((i: { role: { id: string } }) => i.role.id === role.id);
    expect(found).toMatchObject({
      employer: { id: employer.id, name: '阳光电力' },
      allEssentialMet: true,
      band: expect.stringMatching(/strong|moderate/),
      interested: false,
      state: null,
    });
    expect(found.metRequirements.map((r: { text: string }) => r.text)).toEqual([
      '巡视检查光伏发电设备，监控运行工况',
    ]);
    expect(found.missingRequirements.map((r: { text: string }) => r.text)).toEqual(['编写英文技术报告']);
    expect(roles.items.some((i: { role: { id: string } }) => i.role.id === hidden.id)).toBe(false);
    expect((await ok(await get(`/api/learners/${grad.id}/roles?city=北京`, grad))).items).toEqual([]);
    expect((await get(`/api/learners/${grad.id}/roles`, open)).status).toBe(404);
    expect((await get(`/api/learners/${grad.id}/roles?mode=weekends`, grad)).status).toBe(400);
    expect((await send('POST', `/api/roles/${hidden.id}/interests`, grad)).status).toBe(404);

    // Not discoverable and not interested: the employer sees nothing of them.
    expect((await get(`/api/roles/${role.id}/candidates/${grad.id}`, employer)).status).toBe(404);
    const before = await ok(await get(`/api/roles/${role.id}/candidates`, employer));
    expect(before.items.map((i: { learnerId: string }) => i.learnerId)).not.toContain(grad.id);

    const interest = await ok(await send('POST', `/api/roles/${role.id}/interests`, grad), 201);
    expect(interest).toMatchObject({ roleId: role.id, active: true, employer: { id: employer.id } });
    await ok(await send('POST', `/api/roles/${role.id}/interests`, grad), 200);

    const interested = await ok(await get(`/api/roles/${role.id}/candidates?list=interested`, employer));
    expect(interested.list).toBe('interested');
    expect(interested.items.map((i: { learnerId: string }) => i.learnerId)).toEqual([grad.id]);
    expect(interested.items[0]).toMatchObject({ interested: true, state: null, rank: 1 });
    // The same fit reads the same on both sides: the employer's list carries the graduate's band.
    expect(interested.items[0]).toMatchObject({ score: found.score, band: found.band });
    const all = await ok(await get(`/api/roles/${role.id}/candidates?list=all`, employer));
    expect(all.items.map((i: { learnerId: string }) => i.learnerId).sort()).toEqual(
      [grad.id, open.id].sort(),
    );

    const card = await ok(await get(`/api/roles/${role.id}/candidates/${grad.id}`, employer));
    expect(card).toMatchObject({
      learner: { id: grad.id, name: '李明' },
      score: found.score,
      band: found.band,
      interested: true,
      sharedBy: 'interest',
      discoverable: false,
    });
    const behind = card.metRequirements.flatMap((r: { evidenceIds: string[] }) => r.evidenceIds);
    expect(behind.length).toBeGreaterThan(0);
    expect(card.evidence.map((e: { id: string }) => e.id).sort()).toEqual([...new Set(behind)].sort());
    expect(card.profile.skills.length).toBeGreaterThan(0);
    // Interest shares the card for this role only, not the account as a whole.
    expect((await get(`/api/evidence?learner=${grad.id}`, employer)).status).toBe(404);
    expect((await get(`/api/roles/${role.id}/candidates/${grad.id}`, rival)).status).toBe(404);

    expect(
      (
        await ok(
          await send('PUT', `/api/roles/${role.id}/candidates/${grad.id}`, employer, {
            state: 'shortlisted',
          }),
        )
      ).state,
    ).toBe('shortlisted');
    expect(
      (await send('PUT', `/api/roles/${role.id}/candidates/${grad.id}`, employer, { state: 'hired' })).status,
    ).toBe(400);
    const shortlisted = await ok(await get(`/api/roles/${role.id}/candidates?list=shortlisted`, employer));
    expect(
      shortlisted.items.map((i: { learnerId: string; state: string }) => [i.learnerId, i.state]),
    ).toEqual([[grad.id, 'shortlisted']]);

    // Messages: plain text kept as written; unread counts on both sides.
    const path = `/api/roles/${role.id}/conversations/${grad.id}/messages`;
    const hello = '您好！<b>欢迎</b>来面谈。<script>alert(1)</script>';
    expect((await ok(await send('POST', path, employer, { text: hello }), 201)).text).toBe(hello);
    expect((await ok(await get('/api/inbox', grad))).unread).toBe(1);
    const thread = await ok(await get(path, grad));
    expect(thread.items.map((m: { senderRole: string; text: string }) => [m.senderRole, m.text])).toEqual([
      ['employer', hello],
    ]);
    expect((await ok(await get('/api/inbox', grad))).unread).toBe(0);
    await ok(await send('POST', path, grad, { text: '谢谢，周三可以。' }), 201);
    const inbox = await ok(await get('/api/inbox', employer));
    expect(inbox.items[0]).toMatchObject({
      role: { id: role.id },
      learner: { id: grad.id, name: '李明' },
      unread: 1,
      lastMessage: { senderRole: 'learner', preview: '谢谢，周三可以。' },
    });
    const empty = await send('POST', path, grad, { text: '   ' });
    expect(empty.status).toBe(400);
    expect((await readJson(empty)).errors).toEqual([{ path: 'text', message: 'must not be empty' }]);
    expect((await send('POST', path, grad, { text: '长'.repeat(2001) })).status).toBe(400);
    expect((await send('POST', path, rival, { text: 'hi' })).status).toBe(404);
    expect((await get(path, admin)).status).toBe(403);
    expect((await get('/api/inbox', admin)).status).toBe(403);

    // The graduate withdraws: the employer loses the card, the evidence, the messages, at once —
    // even the links of the list it fetched before.
    await ok(await send('DELETE', `/api/roles/${role.id}/interests`, grad), 204);
    const openList = interested.items[0];
    expect((await get(`/api/roles/${role.id}/candidates/${openList.learnerId}`, employer)).status).toBe(404);
    expect((await get(`/api/evidence/${openList.metRequirements[0].evidenceIds[0]}`, employer)).status).toBe(
      404,
    );
    expect((await get(path, employer)).status).toBe(404);
    expect((await send('POST', path, employer, { text: '还在吗？' })).status).toBe(404);
    expect((await send('POST', path, grad, { text: '再见' })).status).toBe(403);
    expect((await ok(await get('/api/inbox', employer))).items).toEqual([]);
    expect((await ok(await get(path, grad))).items).toHaveLength(2);
    for (const list of ['interested', 'all', 'shortlisted']) {
      const page = await ok(await get(`/api/roles/${role.id}/candidates?list=${list}`, employer));
      expect(page.items.map((i: { learnerId: string }) => i.learnerId)).not.toContain(grad.id);
    }

    // Who saw me: list places and the opened card, with the role and the employer.
    const seen = await ok(await get(`/api/learners/${grad.id}/disclosures?limit=100`, grad));
    const views = seen.items.filter((d: { role: { id: string } }) => d.role.id === role.id);
    expect(
      views.some((d: { view: string; rank: number | null }) => d.view === 'card' && d.rank === null),
    ).toBe(true);
    expect(views.some((d: { view: string; rank: number | null }) => d.view === 'list' && d.rank === 1)).toBe(
      true,
    );
    const mine = await ok(await get(`/api/learners/${grad.id}/interests`, grad));
    expect(mine.interests[0]).toMatchObject({
      roleId: role.id,
      active: false,
      withdrawnAt: expect.any(String),
    });
    expect((await get(`/api/learners/${grad.id}/interests`, employer)).status).toBe(404);
  });

  it('withdraws from one employer while discoverable: that employer loses the view, others keep it', async () => {
    const role = await published(employer, { ...PV_ROLE, title: '光伏运维工程师' });
    const theirs = await published(rival, { ...PV_ROLE, title: '别家光伏岗位' });
    const ids = async (who: TestAccount, roleId: string) =>
      (await ok(await get(`/api/roles/${roleId}/candidates`, who))).items.map(
        (i: { learnerId: string }) => i.learnerId,
      );
    expect(await ids(employer, role.id)).toContain(open.id);
    await ok(await get(`/api/roles/${role.id}/candidates/${open.id}`, employer));

    const out = await ok(
      await send('POST', `/api/learners/${open.id}/withdrawals`, open, { employerId: employer.id }),
      201,
    );
    expect(out).toEqual({ employerId: employer.id, withdrawnRoleIds: [] });
    expect(await ids(employer, role.id)).not.toContain(open.id);
    expect((await get(`/api/roles/${role.id}/candidates/${open.id}`, employer)).status).toBe(404);
    expect((await get(`/api/evidence?learner=${open.id}`, employer)).status).toBe(404);
    expect(await ids(rival, theirs.id)).toContain(open.id);
    expect((await ok(await get(`/api/learners/${open.id}/interests`, open))).withdrawals).toEqual([
      {
        employer: { id: employer.id, name: '阳光电力', organisation: '阳光电力有限公司' },
        excludedAt: expect.any(String),
      },
    ]);
    expect(
      (await send('POST', `/api/learners/${open.id}/withdrawals`, rival, { employerId: employer.id })).status,
    ).toBe(403);

    await ok(await send('DELETE', `/api/learners/${open.id}/withdrawals/${employer.id}`, open), 204);
    expect(await ids(employer, role.id)).toContain(open.id);
  });

  it('invites a discoverable graduate, who answers by taking interest; only then can they talk', async () => {
    const role = await published(employer, { ...PV_ROLE, title: '光伏运维主管' });
    const path = `/api/roles/${role.id}/conversations/${open.id}/messages`;
    await ok(
      await send('PUT', `/api/roles/${role.id}/candidates/${open.id}`, employer, { state: 'invited' }),
    );
    expect((await send('POST', path, employer, { text: '请来申请' })).status).toBe(403);
    const inbox = await ok(await get('/api/inbox', open));
    expect(inbox.invitations).toEqual([
      {
        roleId: role.id,
        roleTitle: '光伏运维主管',
        employer: { id: employer.id, name: '阳光电力', organisation: '阳光电力有限公司' },
        invitedAt: expect.any(String),
      },
    ]);
    const detail = await ok(await get(`/api/learners/${open.id}/roles/${role.id}`, open));
    expect(detail).toMatchObject({ open: true, state: 'invited', interested: false, conversation: null });

    await ok(await send('POST', `/api/roles/${role.id}/interests`, open), 201);
    expect((await ok(await get('/api/inbox', open))).invitations).toEqual([]);
    await ok(await send('POST', path, employer, { text: '欢迎！' }), 201);
    expect((await ok(await get(`/api/learners/${open.id}/roles/${role.id}`, open))).conversation).toEqual({
      messageCount: 1,
      unread: 1,
    });

    const draft = await newRole(employer);
    expect(
      (await send('PUT', `/api/roles/${draft.id}/candidates/${open.id}`, employer, { state: 'invited' }))
        .status,
    ).toBe(409);
    expect(
      (await send('PUT', `/api/roles/${role.id}/candidates/${grad.id}`, employer, { state: 'invited' }))
        .status,
    ).toBe(404);
  });
});

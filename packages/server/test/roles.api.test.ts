/**
 * Employers' roles through HTTP on every dialect: creating from an occupation's tasks or free text,
 * editing requirements, strict bodies, who may see a role, consented candidate ranking with
 * essential-coverage ordering, withdrawal of consent, and the learner's record of disclosures.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const ADMIN_TOKEN = 'roles-admin-token-0123456789abcdefghijkl';

const PV = {
  kind: 'work_project',
  title: '光伏发电设备巡视检查与运行监控',
  description:
    '巡视、检查、监控光伏发电设备及附属设备的运行工况，发现异常，上报并进行处理。启停光伏发电设备。',
  occupationCodes: [],
  skills: [{ name: '光伏发电运维', level: 4 }],
};
const CNC = {
  kind: 'work_project',
  title: '数控加工中心多工序切削加工',
  description:
    '操作加工中心，进行工件多工序切削加工；安装夹具，调整设备，装夹工件；选择、刃磨、安装刀具；校验加工程序，空运转设备并进行工件试切削；使用量具，进行制件精度检验及误差分析。',
  occupationCodes: [],
  skills: [{ name: '数控加工', level: 5 }],
};

describe.each(testDatabases())('roles and candidates on %s', (database) => {
  let t: TestApp;
  let employer: TestAccount;
  let otherEmployer: TestAccount;
  let pv: TestAccount;
  let cnc: TestAccount;
  let hidden: TestAccount;
  const admin = { token: ADMIN_TOKEN };

  const post = (path: string, who: { token: string }, body: unknown) =>
    t.app.request(path, bearer(who.token, json(body)));
  const get = (path: string, who: { token: string }) => t.app.request(path, bearer(who.token));

  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
    employer = await signUp(t.app, 'employer', '绿能公司', '绿能');
    otherEmployer = await signUp(t.app, 'employer', '别家公司');
    pv = await signUp(t.app, 'learner', '光伏 学员');
    cnc = await signUp(t.app, 'learner', '数控 学员');
    hidden = await signUp(t.app, 'learner', '隐身 学员');
    await deposit(t.app, pv, PV);
    await deposit(t.app, cnc, CNC);
    await deposit(t.app, cnc, { ...CNC, title: '数控机床操作与刀具安装' });
    await deposit(t.app, hidden, PV);
    await deposit(t.app, hidden, CNC);
    await setConsent(t.app, pv, { discoverableByEmployers: true });
    await setConsent(t.app, cnc, { discoverableByEmployers: true });
    await setConsent(t.app, hidden, { discoverableByEmployers: false });
  });
  afterAll(() => t.destroy());

  it('starts a role from an occupation’s tasks, keeping each task id', async () => {
    const res = await post('/api/roles', employer, { title: '光伏运维值班员', occupationCode: '6-28-01-10' });
    expect(res.status).toBe(201);
    const role = await readJson(res);
    expect(role).toMatchObject({
      employerId: employer.id,
      occupationCode: '6-28-01-10',
      occupation: { code: '6-28-01-10', green: true },
      taxonomy: { id: 'cn2022' },
    });
    expect(role.requirements.length).toBeGreaterThan(2);
    expect(role.requirements[0]).toEqual({
      id: 'r1',
      text: '启停光伏发电设备及附属设备',
      essential: false,
      minLevel: null,
      taskId: '6-28-01-10#1',
    });
    expect(role.suggestedOccupations).toBeUndefined();
  });

  it('suggests occupations for a free-text role without a code', async () => {
    const res = await post('/api/roles', employer, {
      title: '数控机床操作工',
      requirements: [{ text: '操作加工中心进行多工序切削加工', essential: true, minLevel: 3 }],
    });
    expect(res.status).toBe(201);
    const role = await readJson(res);
    expect(role.requirements).toEqual([
      { id: 'r1', text: '操作加工中心进行多工序切削加工', essential: true, minLevel: 3, taskId: null },
    ]);
    expect(role.suggestedOccupations.length).toBeGreaterThan(0);
    expect(role.suggestedOccupations[0]).toMatchObject({
      code: expect.any(String),
      score: expect.any(Number),
    });
  });

  it('rejects bad bodies with problems naming each field', async () => {
    const cases: [unknown, string[]][] = [
      [{ title: '无要求' }, ['requirements']],
      [{ title: '未知职业', occupationCode: '9-99-99-99' }, ['occupationCode']],
      [{ title: '坏代码', occupationCode: '2-2' }, ['occupationCode']],
      [
        { title: 'x', requirements: [{ text: 'a', essential: true, minLevel: 9 }] },
        ['requirements.0.minLevel'],
      ],
      [
        { title: 'x', requirements: [{ text: ' ', essential: 'yes' }] },
        ['requirements.0.text', 'requirements.0.essential'],
      ],
      [
        { title: 'x', requirements: [{ text: 'a', essential: true, taskId: '6-28-01-10#99' }] },
        ['requirements.0.taskId'],
      ],
      [{ title: 'x', salary: 1, requirements: [{ text: 'a', essential: true }] }, ['salary']],
      [{ title: 'x'.repeat(201), requirements: [{ text: 'a', essential: true }] }, ['title']],
      [
        { title: 'x', requirements: Array.from({ length: 101 }, () => ({ text: 'a', essential: false })) },
        ['requirements'],
      ],
    ];
    for (const [body, paths] of cases) {
      const res = await post('/api/roles', employer, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = await readJson(res);
      expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([...paths].sort());
    }
  });

  it('lets only employers post, and only the role’s employer see it', async () => {
    expect(
      (await post('/api/roles', pv, { title: 'x', requirements: [{ text: 'a', essential: true }] })).status,
    ).toBe(403);
    expect((await t.app.request('/api/roles', json({ title: 'x' }))).status).toBe(401);
    const role = await readJson(
      await post('/api/roles', employer, {
        title: '私有岗位',
        requirements: [{ text: '光伏巡检', essential: true }],
      }),
    );
    expect((await get(`/api/roles/${role.id}`, employer)).status).toBe(200);
    expect((await get(`/api/roles/${role.id}`, admin)).status).toBe(200);
    for (const who of [otherEmployer, pv]) {
      expect((await get(`/api/roles/${role.id}`, who)).status).toBe(404);
      expect((await get(`/api/roles/${role.id}/candidates`, who)).status).toBe(404);
      const put = await t.app.request(
        `/api/roles/${role.id}/requirements`,
        bearer(who.token, json({ requirements: [{ text: 'b', essential: true }] }, { method: 'PUT' })),
      );
      expect(put.status).toBe(404);
    }
    expect((await get(`/api/roles/${role.id}/candidates`, admin)).status).toBe(403);
    expect((await get('/api/roles/ro_nope', employer)).status).toBe(404);
    const mine = await readJson(await get('/api/roles?limit=100', employer));
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(role.id);
    const theirs = await readJson(await get('/api/roles', otherEmployer));
    expect(theirs.items).toEqual([]);
  });

  it('edits requirements: keep and reword, mark essential, set a level, drop, add', async () => {
    const created = await readJson(
      await post('/api/roles', employer, { title: '光伏运维', occupationCode: '6-28-01-10' }),
    );
    const count = created.requirements.length;
    const put = (body: unknown) =>
      t.app.request(
        `/api/roles/${created.id}/requirements`,
        bearer(employer.token, json(body, { method: 'PUT' })),
      );
    const res = await put({
      requirements: [
        { id: 'r2', text: '巡视检查光伏发电设备运行工况', essential: true, minLevel: 3 },
        { text: '编写运维报告', essential: false },
      ],
    });
    expect(res.status).toBe(200);
    const role = await readJson(res);
    expect(role.requirements).toEqual([
      {
        id: 'r2',
        text: '巡视检查光伏发电设备运行工况',
        essential: true,
        minLevel: 3,
        taskId: '6-28-01-10#2',
      },
      { id: `r${count + 1}`, text: '编写运维报告', essential: false, minLevel: null, taskId: null },
    ]);
    const again = await readJson(await put({ requirements: [{ text: '新的', essential: true }] }));
    expect(again.requirements[0].id).toBe(`r${count + 2}`);
    for (const [body, path] of [
      [{ requirements: [{ id: 'r1', text: 'gone', essential: true }] }, 'requirements.0.id'],
      [{ requirements: [] }, 'requirements'],
      [
        {
          requirements: [
            { id: `r${count + 2}`, text: 'a', essential: true },
            { id: `r${count + 2}`, text: 'b', essential: true },
          ],
        },
        'requirements.1.id',
      ],
    ] as const) {
      const bad = await put(body);
      expect(bad.status).toBe(400);
      expect((await readJson(bad)).errors[0].path).toBe(path);
    }
    expect((await readJson(await get(`/api/roles/${created.id}`, employer))).requirements).toHaveLength(1);
  });

  it('ranks only consenting learners; a missing essential ranks below, however strong elsewhere', async () => {
    const role = await readJson(
      await post('/api/roles', employer, {
        title: '光伏运维兼数控',
        requirements: [
          { text: '巡视、检查、监控光伏发电设备及附属设备的运行工况', essential: true },
          { text: '操作加工中心，进行工件多工序切削加工', essential: false },
          { text: '安装夹具，调整设备，装夹工件', essential: false },
          { text: '选择、刃磨、安装刀具', essential: false },
          { text: '使用量具，进行制件精度检验及误差分析', essential: false },
        ],
      }),
    );
    const res = await get(`/api/roles/${role.id}/candidates`, employer);
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.scorer.version).toEqual(expect.any(String));
    expect(body.taxonomy).toMatchObject({ id: 'cn2022' });
    const ids = body.items.map((i: { learnerId: string }) => i.learnerId);
    expect(ids).not.toContain(hidden.id);
    expect(ids).toEqual([pv.id, cnc.id]);
    const [first, second] = body.items;
    expect(first).toMatchObject({ name: '光伏 学员', rank: 1, allEssentialMet: true });
    expect(second).toMatchObject({ rank: 2, allEssentialMet: false });
    expect(second.score).toBeGreaterThan(first.score);
    expect(first.metRequirements[0]).toMatchObject({
      requirementId: 'r1',
      essential: true,
      attested: false,
      evidenceIds: [expect.stringMatching(/^ev_/)],
    });
    expect(second.missingRequirements.map((m: { requirementId: string }) => m.requirementId)).toContain('r1');
    expect(JSON.stringify(body)).not.toContain(hidden.id);
  });

  it('pages with a cursor, records each disclosure, and drops a learner who withdraws at once', async () => {
    const role = await readJson(
      await post('/api/roles', employer, {
        title: '光伏巡检',
        requirements: [{ text: '巡视检查光伏发电设备运行工况', essential: false }],
      }),
    );
    const page1 = await readJson(await get(`/api/roles/${role.id}/candidates?limit=1`, employer));
    expect(page1.items).toHaveLength(1);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = await readJson(
      await get(`/api/roles/${role.id}/candidates?limit=1&cursor=${page1.nextCursor}`, employer),
    );
    expect(page2.items[0].rank).toBe(2);
    expect(page2.items[0].learnerId).not.toBe(page1.items[0].learnerId);
    expect((await get(`/api/roles/${role.id}/candidates?limit=0`, employer)).status).toBe(400);
    expect((await get(`/api/roles/${role.id}/candidates?cursor=zzz`, employer)).status).toBe(400);

    // The learner sees when, for which role and to whom they were shown.
    const record = await readJson(await get(`/api/learners/${pv.id}/disclosures?limit=100`, pv));
    const shown = record.items.filter((d: { role: { id: string } }) => d.role.id === role.id);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      role: { id: role.id, title: '光伏巡检' },
      employer: { id: employer.id, name: '绿能公司', organisation: '绿能' },
      shownAt: expect.any(String),
    });
    const hiddenRecord = await readJson(await get(`/api/learners/${hidden.id}/disclosures`, hidden));
    expect(hiddenRecord.items).toEqual([]);
    // Nobody else reads a learner's disclosures.
    expect((await get(`/api/learners/${pv.id}/disclosures`, employer)).status).toBe(403);
    expect((await get(`/api/learners/${hidden.id}/disclosures`, employer)).status).toBe(404);
    expect((await get(`/api/learners/${pv.id}/disclosures`, cnc)).status).toBe(404);
    expect((await get(`/api/learners/${pv.id}/disclosures`, admin)).status).toBe(200);

    // Withdrawal takes effect on the very next list, for every role.
    await setConsent(t.app, pv, { discoverableByEmployers: false });
    const after = await readJson(await get(`/api/roles/${role.id}/candidates?limit=100`, employer));
    expect(after.items.map((i: { learnerId: string }) => i.learnerId)).not.toContain(pv.id);
    expect((await get(`/api/evidence?learner=${pv.id}`, employer)).status).toBe(404);
    // …and coming back makes them findable again.
    await setConsent(t.app, pv, { discoverableByEmployers: true });
    const back = await readJson(await get(`/api/roles/${role.id}/candidates?limit=100`, employer));
    expect(back.items.map((i: { learnerId: string }) => i.learnerId)).toContain(pv.id);
  });
});

/**
 * Employers' requirements read by meaning, through HTTP on every dialect: a requirement said in
 * other words than the evidence ("用 Python 清洗、分析销售数据" / "用 pandas 清洗、分析订单数据") is met
 * with partial credit, and the candidate list, the card, the graduate's roles and the candidate
 * page show the evidence sentence beside the requirement, the shared words marked.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const DATA = {
  kind: 'work_project',
  title: '电商订单周报',
  description: '用 pandas 清洗、分析订单数据。每周给运营写报表',
  occupationCodes: [],
};
const WELD = {
  kind: 'work_project',
  title: '钢结构焊接',
  description: '在车间用手工电弧焊焊接钢结构',
  occupationCodes: [],
};
const ROLE = {
  title: '数据分析专员',
  requirements: [{ text: '用 Python 清洗、分析销售数据', essential: true }],
};

describe.each(testDatabases())('requirements read by meaning on $name', (database) => {
  let t: TestApp;
  let web: WebClient;
  let employer: { token: string };
  let analyst: TestAccount;
  let welder: TestAccount;

  const send = (method: string, path: string, who: { token: string }, body?: unknown) =>
    t.app.request(path, bearer(who.token, body === undefined ? { method } : json(body, { method })));
  const ok = async (res: Response, status = 200) => {
    expect(res.status, await res.clone().text()).toBe(status);
    return readJson(res);
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    web = new WebClient(t.app);
    employer = { token: await web.signUp('employer', '周经理', '数据科技有限公司') };
    analyst = await signUp(t.app, 'learner', '陈数据');
    welder = await signUp(t.app, 'learner', '王焊工');
    await deposit(t.app, analyst, DATA);
    await deposit(t.app, welder, WELD);
    for (const who of [analyst, welder]) await setConsent(t.app, who, { discoverableByEmployers: true });
  });
  afterAll(() => t.destroy());

  it('meets a requirement said in other words, with the sentence beside it, in the list, the card and the page', async () => {
    const role = await ok(await send('POST', '/api/roles', employer, ROLE), 201);
    const list = await ok(await send('GET', `/api/roles/${role.id}/candidates`, employer));
    const [first] = list.items;
    expect(first).toMatchObject({ learnerId: analyst.id, allEssentialMet: true });
    expect(first.score).toBeGreaterThan(0.45);
    expect(first.score).toBeLessThan(1); // partial credit: 销售 is not 订单, Python is not pandas
    const [met] = first.metRequirements;
    expect(met).toMatchObject({
      requirementId: 'r1',
      text: '用 Python 清洗、分析销售数据',
      evidence: { sentence: '用 pandas 清洗、分析订单数据' },
    });
    expect(met.evidence.words).toEqual(expect.arrayContaining(['清洗', '分析']));
    expect(met.evidence.words).not.toContain('销售');
    // The welder does not meet it.
    const welderItem = list.items.find((i: { learnerId: string }) => i.learnerId === welder.id);
    if (welderItem) expect(welderItem.allEssentialMet).toBe(false);

    const card = await ok(await send('GET', `/api/roles/${role.id}/candidates/${analyst.id}`, employer));
    expect(card.metRequirements[0]).toEqual(met);

    const html = await (await web.get(`/roles/${role.id}/candidates`)).text();
    expect(html).toContain('<mark>清洗</mark>');
    expect(html).toMatch(/用 pandas <mark>清洗<\/mark>、<mark>分析<\/mark>订单<mark>数据<\/mark>/);
  });

  it('shows the graduate the same reading on their roles list', async () => {
    const role = await ok(
      await send('POST', '/api/roles', employer, { ...ROLE, title: '销售数据分析' }),
      201,
    );
    await ok(await send('POST', `/api/roles/${role.id}/publish`, employer));
    const roles = await ok(await send('GET', `/api/learners/${analyst.id}/roles`, analyst));
    const item = roles.items.find((i: { role: { id: string } }) => i.role.id === role.id);
    expect(item).toMatchObject({ allEssentialMet: true });
    expect(item.metRequirements[0].evidence).toMatchObject({ sentence: '用 pandas 清洗、分析订单数据' });
    const employerView = await ok(
      await send('GET', `/api/roles/${role.id}/candidates/${analyst.id}`, employer),
    );
    expect(item.score).toBe(employerView.score);
  });
});

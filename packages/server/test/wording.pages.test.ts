/**
 * Words a reader trips on, through the pages (app.request, on every dialect): labels end with the
 * page language's colon (“The requirement: …”, not “The requirement：…” on an English page), English
 * counts take the noun's number (“1 piece of evidence”), and a role that marks no requirement
 * essential says so instead of “meets every essential requirement · essential 0/0”.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percent } from '../src/adapters/pages/i18n.js';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const PLAIN = { occupationCodes: [], skills: [], steps: [], artifacts: [] };

describe.each(testDatabases())('wording on the pages ($name)', (database) => {
  let t: TestApp;
  let grad: TestAccount;
  let employer: TestAccount;
  let roleId = '';
  let welding: { id: string };
  const web = { grad: null as WebClient | null, employer: null as WebClient | null };

  const signedIn = (account: TestAccount) => new WebClient(t.app).signIn(account.token);
  const page = async (client: WebClient | null, path: string) => {
    const res = await (client as WebClient).get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    grad = await signUp(t.app, 'learner', '王小明');
    employer = await signUp(t.app, 'employer', '李经理', '华强电子有限公司');
    // Two pieces that point in two directions, one piece each.
    welding = await deposit(t.app, grad, {
      ...PLAIN,
      title: '手机主板焊接',
      description: '在电子厂做了两年手机主板的焊接和检测',
      occurredOn: '2022-07-01',
      endedOn: '2024-06-30',
    });
    await deposit(t.app, grad, {
      ...PLAIN,
      title: '订单数据分析',
      description: '用 Python 清洗、分析订单数据',
      occurredOn: '2024-09-01',
      endedOn: '2024-12-31',
    });
    await setConsent(t.app, grad, { discoverableByEmployers: true });
    const role = await readJson(
      await t.app.request(
        '/api/roles',
        bearer(employer.token, json({ title: '手机主板焊接检测员', occupationCode: '6-25-04-07' })),
      ),
    );
    roleId = role.id;
    expect(
      (await t.app.request(`/api/roles/${roleId}/publish`, bearer(employer.token, { method: 'POST' })))
        .status,
    ).toBe(200);
    const advisor = await signUp(t.app, 'advisor', 'Ms Zhou', 'Shenzhen Polytechnic');
    const cohort = await createCohort(t.app, advisor, 'Class of 2025');
    await join(t.app, grad, await invite(t.app, advisor, cohort.id));
    web.grad = await signedIn(grad);
    web.employer = await signedIn(employer);
  });
  afterAll(() => t.destroy());

  it('ends a label with the colon of the page’s language', async () => {
    const en = await page(web.employer, `/roles/${roleId}/candidates?lang=en`);
    expect(en).toMatch(/The requirement\s*: /);
    expect(en).toMatch(/The candidate wrote\s*: /);
    expect(en).not.toMatch(/(The requirement|The candidate wrote)\s*：/);
    const zh = await page(web.employer, `/roles/${roleId}/candidates?lang=zh`);
    expect(zh).toMatch(/岗位要求\s*：/);
    expect(zh).not.toMatch(/岗位要求\s*: /);

    const matchesEn = await page(web.grad, '/me/matches?lang=en');
    expect(matchesEn).toMatch(/from\s*: <a/);
    expect(matchesEn).not.toMatch(/evidence\)\s*：/);
    const rolesZh = await page(web.grad, '/me/roles?lang=zh');
    expect(rolesZh).toMatch(/你还缺的要求\s*：/);
  });

  it('puts a note in the brackets of the page’s language', async () => {
    const en = await page(web.grad, `/me/evidence/${welding.id}?lang=en`);
    expect(en).toContain('Shenzhen Polytechnic · Ms Zhou (class advisor)');
    expect(en).not.toMatch(/Ms Zhou（/);
    const zh = await page(web.grad, `/me/evidence/${welding.id}?lang=zh`);
    expect(zh).toMatch(/Ms Zhou（[^）]+）/);
  });

  it('counts in English with the noun in its number', async () => {
    const api = await readJson(await t.app.request(`/api/learners/${grad.id}/matches`, bearer(grad.token)));
    expect(api.directions?.length).toBeGreaterThan(1);
    const en = await page(web.grad, '/me/matches?lang=en');
    expect(en).toContain('(1 piece of evidence)');
    expect(en).not.toContain('1 pieces');
    const home = await page(web.grad, '/me?lang=en');
    expect(home).toMatch(/2 pieces of evidence \(0 attested\), 0 skills/);
  });

  it('shows each direction’s own score beside its band, and says why it differs from the list', async () => {
    const api = await readJson(await t.app.request(`/api/learners/${grad.id}/matches`, bearer(grad.token)));
    for (const [lang, hint] of [
      ['zh', '每个方向只按它自己的证据打分'],
      ['en', 'Each direction is scored on its own evidence alone'],
    ] as const) {
      const html = await page(web.grad, `/me/matches?lang=${lang}`);
      const box = html.slice(html.indexOf(hint));
      expect(box.length).toBeLessThan(html.length);
      for (const d of api.directions as { matches: { code: string; name: string; score: number }[] }[])
        for (const o of d.matches.slice(0, 3))
          expect(box).toContain(`<a href="/occupations/${o.code}">${o.name}</a> ${percent(o.score)}`);
    }
  });

  it('says a role marks no requirement essential instead of “essential 0/0”', async () => {
    for (const [lang, words] of [
      ['zh', '没有标为必须的要求'],
      ['en', 'no requirement marked essential'],
    ] as const) {
      const list = await page(web.employer, `/roles/${roleId}/candidates?lang=${lang}`);
      const card = await page(web.employer, `/roles/${roleId}/candidates/${grad.id}?lang=${lang}`);
      const mine = await page(web.grad, `/me/roles?lang=${lang}`);
      for (const html of [list, card, mine]) {
        expect(html).toContain(words);
        expect(html).not.toMatch(/0\/0/);
      }
    }
  });
});

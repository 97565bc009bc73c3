/** Pages through app.request: sessions and CSRF, form validation, the graduate's pages, showcases. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinClassOf } from './cohort-web.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const evidenceFields = (title: string) => ({
  kind: 'work_project',
  title,
  description: '使用 Python 清洗和分析传感器数据，训练机器学习模型，部署人工智能算法并评估效果。',
  occurredOn: '2025-03-01',
  endedOn: '2025-06-30',
  // Neither is a skilled trade's skill: no 新八级 level (the form refuses one).
  'skills.0.name': '机器学习',
  'skills.1.name': '数字技能',
  steps: ['明确任务', '实施计划'],
});

// Sessions and showcases are stored: run on every dialect this machine has.
describe.each(testDatabases())('web pages ($name)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  it('signs up with the key shown on its own page after a redirect, in an HttpOnly SameSite=Lax cookie session', async () => {
    const web = new WebClient(t.app);
    const form = await web.get('/sign-up');
    expect(form.status).toBe(200);
    expect(form.headers.get('set-cookie')).toMatch(/sb_anon=.*HttpOnly.*SameSite=Lax/i);
    const res = await web.post('/sign-up', { role: 'learner', name: '王小明' }, { csrfFrom: '/sign-up' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/key?new=signup');
    expect(await res.text()).not.toMatch(/sbk_/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sb_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const page = await web.get('/account/key?new=signup');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('请保存你的访问密钥');
    expect(html).toMatch(/sbk_[A-Za-z0-9_-]{20,}/);
    const me = await web.get('/me');
    expect(me.status).toBe(200);
    expect(await me.text()).toContain('王小明的技能账户');
  });

  it('marks the session cookie Secure over https', async () => {
    const web = new WebClient(t.app, 'https://skillbank.example');
    await web.signUp('learner', '李华');
    const res = await web.post('/sign-in', { key: 'sbk_nope' }, { csrfFrom: '/sign-in' });
    expect(res.status).toBe(400);
    const key = await new WebClient(t.app, 'https://skillbank.example').signUp('learner', '赵六');
    const again = await web.post('/sign-in', { key }, { csrfFrom: '/sign-in' });
    expect(again.status).toBe(303);
    expect(again.headers.getSetCookie().find((c) => c.startsWith('sb_session='))).toMatch(/Secure/);
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another origin (403)', async () => {
    const web = new WebClient(t.app);
    await web.signUp('learner', '张三');
    const missing = await web.post('/me/consent', { discoverableByEmployers: 'true' });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('表单已过期');
    const wrong = await web.post('/me/consent', { _csrf: 'x'.repeat(43), discoverableByEmployers: 'true' });
    expect(wrong.status).toBe(403);
    const foreign = await web.post(
      '/me/consent',
      { discoverableByEmployers: 'true' },
      { csrfFrom: '/me/consent', origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const ok = await web.post(
      '/me/consent',
      { discoverableByEmployers: 'true' },
      { csrfFrom: '/me/consent' },
    );
    expect(ok.status).toBe(303);
    expect(await (await web.get('/me/consent')).text()).toMatch(
      /name="discoverableByEmployers" value="true" checked/,
    );
    // Sign-in is protected too (login CSRF): no token, no session.
    const anon = new WebClient(t.app);
    expect((await anon.post('/sign-in', { key: 'sbk_x' })).status).toBe(403);
  });

  it('sign-out ends the session: the old cookie opens nothing', async () => {
    const web = new WebClient(t.app);
    await web.signUp('learner', '周七');
    const stolen = web.cookies.get('sb_session') as string;
    expect((await web.post('/sign-out', {}, { csrfFrom: '/me' })).status).toBe(303);
    const replay = new WebClient(t.app);
    replay.cookies.set('sb_session', stolen);
    const res = await replay.get('/me');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fme');
  });

  it('shows field errors next to the fields, in the page language, and keeps what was typed', async () => {
    const web = new WebClient(t.app);
    await web.signUp('learner', '钱八');
    const res = await web.post(
      '/me/evidence/new',
      {
        ...evidenceFields(''),
        occurredOn: '2025-07-01',
        endedOn: '2025-01-01',
        'skills.1.level': '9',
        'artifacts.0.url': 'ftp://x',
      },
      { csrfFrom: '/me/evidence/new' },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('有 ');
    expect(html).toMatch(/id="f-title"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="f-title-error">不能为空/);
    expect(html).toMatch(/id="f-endedOn-error">不能早于开始日期/);
    expect(html).toMatch(/id="f-skills-1-level-error">最高为 8/);
    expect(html).toMatch(/id="f-artifacts-0-url-error">请填写 http\(s\)/);
    expect(html).toContain('使用 Python 清洗和分析传感器数据');
    expect(html).toContain('value="机器学习"');
    expect(html).toMatch(/value="实施计划" checked/);
    const en = new WebClient(t.app);
    await en.get('/?lang=en');
    await en.signUp('learner', 'Sam');
    const english = await (
      await en.post(
        '/me/evidence/new',
        { ...evidenceFields('x'), description: ' ' },
        { csrfFrom: '/me/evidence/new' },
      )
    ).text();
    expect(english).toMatch(/id="f-description-error">must not be empty/);
  });

  it('deposits evidence, then shows the ledger verified, the profile with sources, matches and gaps', async () => {
    const web = new WebClient(t.app);
    await web.signUp('learner', '孙九');
    const res = await web.post('/me/evidence/new', evidenceFields('传感器数据建模'), {
      csrfFrom: '/me/evidence/new',
    });
    expect(res.status).toBe(303);
    const detail = res.headers.get('location') as string;
    expect(detail).toMatch(/^\/me\/evidence\/ev_.*\?ok=deposited$/);
    expect(await (await web.get(detail)).text()).toContain('已存入账本');
    const ledger = await (await web.get('/me/evidence')).text();
    expect(ledger).toContain('账本校验通过');
    expect(ledger).toContain('传感器数据建模');
    const profile = await (await web.get('/me/profile')).text();
    expect(profile).toContain('机器学习');
    expect(profile).toContain(`href="${detail.split('?')[0]}"`);
    const matches = await (await web.get('/me/matches')).text();
    const code = matches.match(/href="\/me\/gaps\?occupation=([\d-]+)"/)?.[1];
    // The profile part of a breakdown is capped: at the cap it says full marks (catalogue.test),
    // never "100 %" as if the wording were the same as the occupation's.
    expect(matches).toContain('整体用词与该职业的接近度');
    expect(matches).not.toMatch(/画像相似度|接近度 100%/);
    const closeness = [...matches.matchAll(/接近度 (\d+)%/g)].map((m) => Number(m[1]));
    for (const value of closeness) expect(value).toBeLessThan(100);
    expect(code).toBeDefined();
    const gaps = await web.get(`/me/gaps?occupation=${code}`);
    expect(gaps.status).toBe(200);
    expect(await gaps.text()).toContain('下一步');
    // English pages say the matcher's next steps in English too (only the task statements stay Chinese).
    const english = await (await web.get(`/me/gaps?occupation=${code}&lang=en`)).text();
    expect(english).toContain('Next step');
    expect(english).toMatch(
      /Learn about|Take a course on|Take a vocational|In training, a placement|Take on “|Say in your|Some of your evidence/,
    );
    expect(english).not.toMatch(
      /通过课程或实训|先学一门|参加职业技能等级认定|在实训、实习|在实习中或|在已有证据中|你已有的证据/,
    );
    const exported = await web.get('/me/export');
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="skillbank-export-ac_/);
  });

  it('lets an attester sign from the inbox, and shows a re-verified showcase the graduate can revoke', async () => {
    const school = new WebClient(t.app);
    await school.signUp('advisor', '刘老师', '示范职业技术学院');
    const web = new WebClient(t.app);
    await web.signUp('learner', '吴十');
    // Graduates pick attesters from their classes' advisors (or invite one by link).
    await joinClassOf(school, web);
    const dep = await web.post('/me/evidence/new', evidenceFields('毕业设计：智能分拣'), {
      csrfFrom: '/me/evidence/new',
    });
    const detail = (dep.headers.get('location') as string).split('?')[0] as string;
    const page = await (await web.get(detail)).text();
    const attesterId = [...page.matchAll(/<option value="(ac_[^"]+)"[^>]*>([^<]*)</g)].find((m) =>
      m[2]?.includes('刘老师'),
    )?.[1];
    expect(attesterId).toBeDefined();
    const ask = await web.post(
      `${detail}/attestation-requests`,
      { attesterId: attesterId as string, message: '请认证' },
      { csrfFrom: detail },
    );
    expect(ask.status).toBe(303);
    // Asking the same attester twice is refused, said in the page's language.
    for (const [lang, words] of [
      ['en', `${attesterId} was already asked to attest evidence`],
      ['zh', `已经请 ${attesterId} 认证过证据`],
    ] as const) {
      const twice = await web.post(
        `${detail}/attestation-requests?lang=${lang}`,
        { attesterId: attesterId as string },
        { csrfFrom: detail },
      );
      expect(twice.status).toBe(409);
      expect(await twice.text()).toContain(words);
    }

    const inbox = await (await school.get('/inbox')).text();
    expect(inbox).toContain('毕业设计：智能分拣');
    const evidenceId = detail.split('/').at(-1) as string;
    const sign = await school.post(
      `/inbox/${evidenceId}/sign`,
      { statement: '属实', level: '3' },
      { csrfFrom: '/inbox' },
    );
    expect(sign.status).toBe(303);
    expect(await (await web.get(detail)).text()).toContain('由 刘老师 · 示范职业技术学院 签名认证');

    // A showcase needs at least one piece; the error sits next to the list.
    const empty = await web.post('/me/showcases', { title: '我的作品' }, { csrfFrom: '/me/showcases' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('请至少选择一条经历');
    const created = await web.post(
      '/me/showcases',
      { title: '我的作品', evidenceIds: evidenceId },
      { csrfFrom: '/me/showcases' },
    );
    expect(created.status).toBe(303);
    const list = await (await web.get('/me/showcases')).text();
    const slug = list.match(/href="\/s\/([A-Za-z0-9_-]+)"/)?.[1] as string;
    expect(slug.length).toBeGreaterThanOrEqual(24);

    const visitor = new WebClient(t.app);
    const pub = await visitor.get(`/s/${slug}`);
    expect(pub.status).toBe(200);
    expect(pub.headers.get('cache-control')).toBe('no-store');
    const html = await pub.text();
    expect(html).toContain('已验证');
    expect(html).toContain('签名有效');
    expect(html).toContain('毕业设计：智能分拣');

    // Tampering with the stored evidence is caught on the next view.
    const row = await t.handle.db
      .selectFrom('ledger_entries')
      .select(['id', 'payload'])
      .where('evidence_id', '=', evidenceId)
      .where('type', '=', 'deposit')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .updateTable('ledger_entries')
      .set({ payload: row.payload.replace('智能分拣', '智能分拣（优秀）') })
      .where('id', '=', row.id)
      .execute();
    const tampered = await (await visitor.get(`/s/${slug}`)).text();
    expect(tampered).toContain('校验未通过');
    expect(tampered).toContain('签名无效');
    await t.handle.db
      .updateTable('ledger_entries')
      .set({ payload: row.payload })
      .where('id', '=', row.id)
      .execute();

    const id = list.match(/action="\/me\/showcases\/(sc_[^/]+)\/revoke"/)?.[1] as string;
    expect((await web.post(`/me/showcases/${id}/revoke`, {}, { csrfFrom: '/me/showcases' })).status).toBe(
      303,
    );
    const gone = await visitor.get(`/s/${slug}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('已被撤销');
  });

  it('keeps each role to its pages and sends the signed-out to sign in', async () => {
    const anon = new WebClient(t.app);
    const res = await anon.get('/me/evidence');
    expect(res.status).toBe(303);
    const employer = new WebClient(t.app);
    await employer.signUp('employer', '陈经理', '某科技公司');
    expect((await employer.get('/me/evidence')).status).toBe(403);
    expect((await employer.get('/inbox')).status).toBe(200);
  });
});

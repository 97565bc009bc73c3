/**
 * The cohort pages through `app.request`, on every dialect (QA item 10): "create a code" is
 * POST-redirect-GET and shows the new code once after the redirect (a reload makes none and shows
 * none); leaving a cohort asks first, without JavaScript; a learner's cohort list says who runs
 * each cohort (advisor and organisation), so two similar names can be told apart.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const CODE = /[2-9A-Z]{5}-[2-9A-Z]{5}/g;

describe.each(testDatabases())('cohort pages ($name)', (database) => {
  let t: TestApp;
  let advisor: WebClient;
  let other: WebClient;
  let grad: WebClient;
  let cohort = '';
  let otherCohort = '';

  const makeCohort = async (client: WebClient, name: string) => {
    const made = await client.post('/cohorts', { name }, { csrfFrom: '/cohorts' });
    expect(made.status).toBe(303);
    return (made.headers.get('location') as string).split('?')[0] as string;
  };
  const newCode = async (client: WebClient, path: string) => {
    const invited = await client.post(`${path}/invitations`, {}, { csrfFrom: path });
    expect(invited.status).toBe(303);
    const location = invited.headers.get('location') as string;
    const shown = await client.get(location.split('#')[0] as string);
    expect(shown.status).toBe(200);
    return { location, shown, html: await shown.text() };
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    advisor = new WebClient(t.app);
    await advisor.signUp('advisor', '周老师', '示范职业技术学院');
    other = new WebClient(t.app);
    await other.signUp('advisor', '周老师', '另一所技工学校');
    grad = new WebClient(t.app);
    await grad.signUp('learner', '陈思远');
    cohort = await makeCohort(advisor, '2025届电子信息1班');
    otherCohort = await makeCohort(other, '2025届电子信息1班');
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('makes a code by POST-redirect-GET and shows it once, neither in the URL nor stored in plain text', async () => {
    const { location, shown, html } = await newCode(advisor, cohort);
    expect(location).toBe(`${cohort}#invite`);
    const codes = html.match(CODE) ?? [];
    expect(codes).toHaveLength(1);
    const code = codes[0] as string;
    expect(location).not.toContain(code);
    expect(html).toContain(`邀请码：${code}`);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    // The flash cookie is gone once read, and it never carried the code readably.
    expect(advisor.cookies.has('sb_invite')).toBe(false);

    // A reload of the page the redirect led to shows no code and makes none.
    const before = await t.deps.db.selectFrom('cohort_invitations').select('code_hash').execute();
    const again = await (await advisor.get(cohort)).text();
    expect(again.match(CODE)).toBeNull();
    const after = await t.deps.db.selectFrom('cohort_invitations').select('code_hash').execute();
    expect(after.length).toBe(before.length);

    // The code shown works.
    const joined = await grad.post('/me/cohorts/join', { code }, { csrfFrom: '/me/cohorts' });
    expect(joined.status).toBe(303);
  });

  it('seals the flash cookie under the session and scopes it to the cohort page', async () => {
    const res = await advisor.post(`${cohort}/invitations`, {}, { csrfFrom: cohort });
    const line = res.headers.getSetCookie().find((l) => l.startsWith('sb_invite=')) as string;
    expect(line).toBeDefined();
    expect(line).toMatch(new RegExp(`Path=${cohort}(;|$)`));
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/Max-Age=\d{2,3}(;|$)/);
    const value = decodeURIComponent(line.split(';')[0]?.slice('sb_invite='.length) ?? '');
    expect(value).not.toMatch(CODE);
    expect(Buffer.from(value.replaceAll('.', ''), 'base64url').toString('latin1')).not.toMatch(CODE);
    // Another session cannot open it: on another advisor's page it shows nothing.
    other.cookies.set('sb_invite', value);
    const stolen = await (await other.get(otherCohort)).text();
    expect(stolen.match(CODE)).toBeNull();
    // The advisor's own page reads it once.
    const shown = await (await advisor.get(cohort)).text();
    expect(shown.match(CODE)).toHaveLength(1);
  });

  it('lists each cohort with who runs it, so two similar names can be told apart', async () => {
    const { html } = await newCode(other, otherCohort);
    const code = (html.match(CODE) ?? [])[0] as string;
    expect((await grad.post('/me/cohorts/join', { code }, { csrfFrom: '/me/cohorts' })).status).toBe(303);
    const zh = await (await grad.get('/me/cohorts')).text();
    expect(zh).toContain('指导老师：周老师（示范职业技术学院）');
    expect(zh).toContain('指导老师：周老师（另一所技工学校）');
    const en = await (await grad.get('/me/cohorts?lang=en')).text();
    expect(en).toContain('Advisor: 周老师 (示范职业技术学院)');
    expect(en).toContain('Advisor: 周老师 (另一所技工学校)');
    await grad.get('/me/cohorts?lang=zh');
  });

  it('asks before leaving, without JavaScript, in zh and en', async () => {
    const id = cohort.split('/').at(-1) as string;
    const list = await (await grad.get('/me/cohorts')).text();
    // The list links to a confirmation page; it holds no one-click leave form.
    expect(list).toContain(`href="/me/cohorts/${id}/leave"`);
    expect(list).not.toContain(`action="/me/cohorts/${id}/leave"`);

    const ask = await grad.get(`/me/cohorts/${id}/leave`);
    expect(ask.status).toBe(200);
    const zh = await ask.text();
    expect(zh).toContain('退出“2025届电子信息1班”？');
    expect(zh).toContain('指导老师：周老师（示范职业技术学院）');
    expect(zh).toContain(`action="/me/cohorts/${id}/leave"`);
    expect(zh).toContain('name="confirm" value="yes"');
    expect(zh).toContain('确认退出');
    expect(zh).toContain('href="/me/cohorts"');
    const en = await (await grad.get(`/me/cohorts/${id}/leave?lang=en`)).text();
    expect(en).toContain('Leave “2025届电子信息1班”?');
    expect(en).toContain('Yes, leave');
    expect(en).toContain('No, go back');
    await grad.get('/me/cohorts?lang=zh');

    // A POST without the confirmation (an old one-click form) leaves nothing: it asks first.
    const oneClick = await grad.post(`/me/cohorts/${id}/leave`, {}, { csrfFrom: '/me/cohorts' });
    expect(oneClick.status).toBe(303);
    expect(oneClick.headers.get('location')).toBe(`/me/cohorts/${id}/leave`);
    expect(await (await grad.get('/me/cohorts')).text()).toContain('示范职业技术学院');

    // Confirmed: gone from the list.
    const left = await grad.post(
      `/me/cohorts/${id}/leave`,
      { confirm: 'yes' },
      { csrfFrom: `/me/cohorts/${id}/leave` },
    );
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe('/me/cohorts?ok=left');
    const after = await (await grad.get('/me/cohorts?ok=left')).text();
    expect(after).toContain('已退出班级');
    expect(after).not.toContain('示范职业技术学院');
    // The confirmation page of a cohort one is not in is a 404.
    expect((await grad.get(`/me/cohorts/${id}/leave`)).status).toBe(404);
    // Signed out: the confirmation page sends to sign-in.
    const visitor = new WebClient(t.app);
    const out = await visitor.get(`/me/cohorts/${id}/leave`);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toMatch(/^\/sign-in\?next=/);
  });
});

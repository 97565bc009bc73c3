/** Open Badges on the pages: downloads from the ledger and a showcase, and the /verify page in zh and en. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinClassOf } from './cohort-web.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

/** A POST of a multipart form (what the verify page sends, with a file). */
async function postMultipart(
  web: WebClient,
  t: TestApp,
  path: string,
  fields: Record<string, string | File>,
) {
  const form = new FormData();
  form.append('_csrf', await web.csrf(path));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return t.app.request(`${web.origin}${path}`, {
    method: 'POST',
    body: form,
    headers: {
      accept: 'text/html',
      origin: web.origin,
      cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}

describe.each(testDatabases())('credential pages ($name)', (database) => {
  let t: TestApp;
  let web: WebClient;
  let evidenceId: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const school = new WebClient(t.app);
    await school.signUp('advisor', '何老师', '示范职业技术学院');
    web = new WebClient(t.app);
    await web.signUp('learner', '冯同学');
    // Graduates pick attesters from their classes' advisors (or invite one by link).
    await joinClassOf(school, web);
    const dep = await web.post(
      '/me/evidence/new',
      {
        kind: 'work_project',
        title: '光伏电站巡检',
        description: '负责光伏组件巡检、故障排查与发电数据分析。',
        occurredOn: '2025-03-01',
        endedOn: '2025-06-30',
        occupationCodes: '2-02-38-01',
        'skills.0.name': '光伏运维',
      },
      { csrfFrom: '/me/evidence/new' },
    );
    const detail = (dep.headers.get('location') as string).split('?')[0] as string;
    evidenceId = detail.split('/').at(-1) as string;
    const page = await (await web.get(detail)).text();
    const attesterId = [...page.matchAll(/<option value="(ac_[^"]+)"[^>]*>([^<]*)</g)].find((m) =>
      m[2]?.includes('何老师'),
    )?.[1] as string;
    await web.post(`${detail}/attestation-requests`, { attesterId, message: '请认证' }, { csrfFrom: detail });
    const signed = await school.post(
      `/inbox/${evidenceId}/sign`,
      { statement: '属实', level: '3' },
      { csrfFrom: '/inbox' },
    );
    expect(signed.status).toBe(303);
  });
  afterAll(() => t.destroy());

  it('offers the Open Badge of an attested entry on the ledger, as a JSON-LD and a VC-JWT file', async () => {
    const ledger = await (await web.get('/me/evidence')).text();
    expect(ledger).toContain(`href="/me/evidence/${evidenceId}/credential"`);
    expect(ledger).toContain('下载开放徽章（JSON-LD）');
    expect(ledger).toContain('href="/me/credentials"');

    const file = await web.get(`/me/evidence/${evidenceId}/credential`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="open-badge-${evidenceId}.json"`,
    );
    const credential = JSON.parse(await file.text());
    expect(credential.type).toContain('OpenBadgeCredential');
    const jwt = await web.get(`/me/evidence/${evidenceId}/credential?format=jwt`);
    expect(jwt.headers.get('content-type')).toBe('application/vc+jwt');
    const bundle = await web.get('/me/credentials');
    expect(bundle.headers.get('content-type')).toMatch(/^application\/vp\+ld\+json/);
    expect(JSON.parse(await bundle.text()).verifiableCredential).toHaveLength(1);

    // Another learner's session cannot take it.
    const stranger = new WebClient(t.app);
    await stranger.signUp('learner', '陈同学');
    expect((await stranger.get(`/me/evidence/${evidenceId}/credential`)).status).toBe(404);
  });

  it('offers it on a public showcase, through the showcase link only', async () => {
    await web.post(
      '/me/showcases',
      { title: '作品', evidenceIds: evidenceId },
      { csrfFrom: '/me/showcases' },
    );
    const slug = (await (await web.get('/me/showcases')).text()).match(/href="\/s\/([A-Za-z0-9_-]+)"/)?.[1];
    const visitor = new WebClient(t.app);
    const page = await (await visitor.get(`/s/${slug}`)).text();
    expect(page).toContain(`href="/s/${slug}/credentials/${evidenceId}"`);
    const file = await visitor.get(`/s/${slug}/credentials/${evidenceId}`);
    expect(file.status).toBe(200);
    expect(JSON.parse(await file.text()).type).toContain('OpenBadgeCredential');
    expect((await visitor.get(`/s/not-a-real-slug/credentials/${evidenceId}`)).status).toBe(404);
  });

  it('verifies a pasted credential on /verify, each check in Chinese, and an uploaded one in English', async () => {
    const credential = await (await web.get(`/me/evidence/${evidenceId}/credential`)).text();
    const visitor = new WebClient(t.app);
    const zh = await visitor.post('/verify', { credential }, { csrfFrom: '/verify' });
    expect(zh.status).toBe(200);
    const html = await zh.text();
    expect(html).toContain('全部检查通过');
    for (const name of ['签名', '颁发者', '有效期', '撤销状态', '职业分类对应'])
      expect(html).toContain(`<th scope="row">${name}</th>`);
    expect(html).toContain('data-check="status" data-outcome="passed"');

    await visitor.get('/verify?lang=en');
    const jwt = await (await web.get(`/me/evidence/${evidenceId}/credential?format=jwt`)).text();
    const en = await postMultipart(visitor, t, '/verify', {
      credential: '',
      file: new File([jwt], 'badge.jwt', { type: 'application/vc+jwt' }),
    });
    expect(en.status).toBe(200);
    const text = await en.text();
    expect(text).toContain('Every check passed');
    expect(text).toContain('Format: VC-JWT');
  });

  it('says plainly when a check fails or the input is no credential', async () => {
    const credential = JSON.parse(await (await web.get(`/me/evidence/${evidenceId}/credential`)).text());
    credential.name = '改过的名字';
    const visitor = new WebClient(t.app);
    const bad = await (
      await visitor.post('/verify', { credential: JSON.stringify(credential) }, { csrfFrom: '/verify' })
    ).text();
    expect(bad).toContain('有检查未通过');
    expect(bad).toContain('data-check="signature" data-outcome="failed"');
    expect(bad).toContain('签名与内容不符');
    const junk = await visitor.post('/verify', { credential: 'hello' }, { csrfFrom: '/verify' });
    expect(junk.status).toBe(400);
    expect(await junk.text()).toContain('这不是一份可以核验的证书');
  });
});

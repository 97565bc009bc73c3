/**
 * The cohort match report through HTTP on every dialect: its content, consent (members who do not
 * share are only counted), the three formats by Accept or `?format=`, 406, the language (Chinese by
 * default, English by `?lang=en` or Accept-Language), who may run it, and the anonymised form — no
 * names, no ids, no group smaller than 5 — in every format and language.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';

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
  description: '操作加工中心，进行工件多工序切削加工；安装夹具，调整设备，装夹工件；选择、刃磨、安装刀具。',
  occupationCodes: [],
  skills: [{ name: '数控加工', level: 5 }],
};
const ADMIN_TOKEN = 'report-admin-token-0123456789abcdefghijk';
const PV_CODE = '6-28-01-10';
const CNC_CODE = '6-18-01-07';

describe.each(testDatabases())('cohort report on %s', (database) => {
  let t: TestApp;
  let advisor: TestAccount;
  let cohort: { id: string; name: string };
  const learners: TestAccount[] = [];
  let private_: TestAccount;
  let empty: TestAccount;

  const report = (
    query = '',
    accept = 'application/json',
    who: { token: string } = advisor,
    headers: Record<string, string> = {},
  ) =>
    t.app.request(
      `/api/cohorts/${cohort.id}/report${query}`,
      bearer(who.token, { headers: { accept, ...headers } }),
    );

  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
    advisor = await signUp(t.app, 'advisor', '王老师');
    cohort = await createCohort(t.app, advisor, '光伏二班');
    const code = await invite(t.app, advisor, cohort.id);
    // Seven who share: five photovoltaic, two CNC. One who does not share; one with no evidence.
    for (let i = 0; i < 7; i++) {
      const l = await signUp(t.app, 'learner', `学员${i + 1}号`);
      await deposit(t.app, l, i < 5 ? PV : CNC);
      await setConsent(t.app, l, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
      await join(t.app, l, code);
      learners.push(l);
    }
    private_ = await signUp(t.app, 'learner', '不分享同学');
    await deposit(t.app, private_, CNC);
    await join(t.app, private_, code);
    empty = await signUp(t.app, 'learner', '空白同学');
    await setConsent(t.app, empty, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    await join(t.app, empty, code);
  });
  afterAll(() => t.destroy());

  it('reports per learner, per occupation, gaps, readiness and distribution, following consent', async () => {
    const res = await report();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await readJson(res);
    expect(body).toMatchObject({
      format: 'skillbank.cohort-report',
      cohort: { id: cohort.id, name: '光伏二班' },
      anonymised: false,
      scorer: { version: expect.any(String) },
      taxonomy: { id: 'cn2022', version: expect.any(String) },
      method: { fitThreshold: 0.6, minGroupSize: null },
      population: { members: 9, included: 7, notShared: 1, noEvidence: 1, failed: 0 },
    });
    const byName = new Map(body.learners.map((l: { name: string }) => [l.name, l]));
    expect(byName.get('学员1号')).toMatchObject({
      status: 'included',
      evidenceCount: 1,
      topOccupations: expect.arrayContaining([expect.objectContaining({ code: PV_CODE, green: true })]),
    });
    expect(byName.get('不分享同学')).toEqual({
      learnerId: private_.id,
      name: '不分享同学',
      status: 'not_shared',
      evidenceCount: 0,
      topOccupations: [],
      bestScore: null,
    });
    expect(byName.get('空白同学')).toMatchObject({ status: 'no_evidence', evidenceCount: 0 });
    const fits = new Map(
      body.occupations.map((o: { code: string; learners: number }) => [o.code, o.learners]),
    );
    expect(fits.get(PV_CODE)).toBe(5);
    expect(fits.get(CNC_CODE)).toBe(2);
    expect(body.gaps.tasks[0]).toMatchObject({ taskId: expect.stringMatching(/^6-28-01-10#/), learners: 5 });
    expect(body.gaps.skills.length).toBeGreaterThan(0);
    expect(body.readiness.green).toEqual({ learners: 5, share: 0.7143 });
    expect(body.readiness.digital).toEqual({ learners: 0, share: 0 });
    expect(body.distribution).toHaveLength(10);
    expect(body.distribution.reduce((s: number, b: { learners: number }) => s + b.learners, 0)).toBe(7);
    expect(body.lang).toBe('zh');
    expect(body.summary[0]).toBe(
      '9 名成员中 7 人计入本报告；另有 1 人未授权指导老师查看证据，1 人暂无证据。',
    );
    expect(body.method.consentRule).toMatch(/^只使用授权指导老师查看证据的成员/);
    // Nothing of the member who does not share is read: no evidence id of theirs anywhere.
    expect(JSON.stringify(body)).not.toMatch(/ev_/);
  });

  it('serves CSV and HTML by Accept or ?format=, and 406 for anything else', async () => {
    const csv = await report('', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="cohort-report-/);
    // A UTF-8 byte-order mark first, so spreadsheet programs read the Chinese text right.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFsection,key,label,status,count,share,score,detail\r\n')).toBe(true);
    expect(text).toContain(`occupation,${PV_CODE},光伏发电运维值班员,,5,0.7143,,green`);
    expect(text).toContain(`learner,${learners[0]?.id},学员1号,included,1,`);

    const html = await report('', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await html.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page.indexOf('<h2>摘要</h2>')).toBeLessThan(page.indexOf('<svg'));
    const footer = page.slice(page.indexOf('<footer>'));
    expect(footer).toContain('职业分类 cn2022');
    expect(footer).toMatch(/评分器 \S+/);

    expect((await report('?format=html', 'application/json')).headers.get('content-type')).toMatch(
      /^text\/html/,
    );
    expect((await report('?format=csv')).headers.get('content-type')).toMatch(/^text\/csv/);
    const refused = await report('', 'application/xml');
    expect(refused.status).toBe(406);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await report('', 'text/csv;q=0, application/xml')).status).toBe(406);
    expect((await report('', '*/*')).headers.get('content-type')).toMatch(/^application\/json/);
    const bad = await report('?format=xml');
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).errors[0].path).toBe('format');
  });

  it('writes the HTML document’s dates in the browser’s zone (its tz cookie), else in UTC, said as such', async () => {
    const stamped = async (cookie?: string) => {
      const text = await (
        await report('?format=html', 'text/html', advisor, cookie ? { cookie } : {})
      ).text();
      const footer = /生成于 (\d{4}-\d{2}-\d{2}) \d{2}:\d{2} (UTC[^<\s]*)/.exec(text);
      const header = /<p class="muted">(\d{4}-\d{2}-\d{2})/.exec(text);
      return { date: footer?.[1], offset: footer?.[2], header: header?.[1] };
    };
    const east = await stamped(`tz=${encodeURIComponent('Pacific/Kiritimati')}`);
    const west = await stamped(`tz=${encodeURIComponent('Pacific/Pago_Pago')}`);
    expect(east).toMatchObject({ offset: 'UTC+14', header: east.date });
    expect(west).toMatchObject({ offset: 'UTC-11', header: west.date });
    expect(east.date).not.toBe(west.date);
    for (const cookie of [undefined, 'tz=Nowhere%2FAtAll']) {
      const utc = await stamped(cookie);
      expect(utc).toMatchObject({ offset: 'UTC', header: utc.date });
    }
  });

  it('speaks Chinese by default and English on ?lang=en or an English Accept-Language', async () => {
    const english = await readJson(await report('?lang=en'));
    expect(english.lang).toBe('en');
    expect(english.summary[0]).toBe(
      '7 of 9 members are in this report; 1 does not share their evidence with advisors, 1 has no evidence yet.',
    );
    expect(english.method.consentRule).toMatch(/^Only members whose consent/);
    // The data are the same in both languages.
    const chinese = await readJson(
      await report('?lang=zh', 'application/json', advisor, { 'accept-language': 'en' }),
    );
    expect(chinese.lang).toBe('zh');
    const data = ({ lang, summary, method, generatedAt, ...rest }: Record<string, unknown>) => rest;
    expect(data(english)).toEqual(data(chinese));

    const html = await (await report('?format=html&lang=en')).text();
    expect(html).toContain('<html lang="en">');
    expect(html.indexOf('<h2>Summary</h2>')).toBeLessThan(html.indexOf('<svg'));
    expect(html).toContain('7 of 9 members are in this report');
    const footer = html.slice(html.indexOf('<footer>'));
    expect(footer).toContain('taxonomy cn2022');
    expect(footer).toMatch(/Scorer \S+/);
    expect(html).not.toContain('摘要');

    const byHeader = await report('?format=html', 'text/html', advisor, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(byHeader.headers.get('vary')).toMatch(/Accept-Language/);
    expect(await byHeader.text()).toContain('<h2>Summary</h2>');
    const csv = await (await report('?format=csv&lang=en')).text();
    expect(csv).toContain('meta,lang,,,,,,en\r\n');
    expect(csv).toContain('summary,1,"7 of 9 members are in this report;');
    expect(await (await report('?format=csv')).text()).toContain('summary,1,9 名成员中 7 人计入本报告');
    const bad = await report('?lang=fr');
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).errors[0].path).toBe('lang');
  });

  it('anonymised: no names or ids, and no group smaller than 5 in any format', async () => {
    const secrets = [
      ...learners.map((l) => l.id),
      private_.id,
      empty.id,
      ...Array.from({ length: 7 }, (_, i) => `学员${i + 1}号`),
      '不分享同学',
      '空白同学',
      // Two of seven fit CNC work: that group must not show (nor, by complement, the five).
      CNC_CODE,
      '多工序数控机床操作调整工',
      PV_CODE,
    ];
    const json = await readJson(await report('?anonymised=true'));
    expect(json).toMatchObject({
      anonymised: true,
      method: { minGroupSize: 5 },
      population: { members: null, included: 7, notShared: null, noEvidence: null, failed: null },
      learners: [],
      scores: { median: null },
      readiness: { digital: { learners: 0, share: 0 }, green: { learners: null, share: null } },
    });
    for (const o of json.occupations)
      expect(o.learners === 0 || (o.learners >= 5 && (7 - o.learners === 0 || 7 - o.learners >= 5))).toBe(
        true,
      );
    for (const g of [...json.gaps.tasks, ...json.gaps.skills])
      expect([0, 7]).toContain(g.learners < 5 ? 0 : g.learners);
    expect(json.distribution).toEqual([{ from: 0, to: 1, learners: 7 }]);
    expect(json.suppressed.occupations).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'])
      for (const format of ['json', 'csv', 'html']) {
        const text = await (await report(`?anonymised=true&format=${format}&lang=${lang}`)).text();
        for (const secret of secrets)
          expect(text, `${format} (${lang}) shows ${secret}`).not.toContain(secret);
      }
  });

  it('follows consent changes at once and lets only the cohort’s advisor (and the admin) run it', async () => {
    await setConsent(t.app, learners[6] as TestAccount, {
      discoverableByEmployers: false,
      advisorsCanSeeEvidence: false,
    });
    const body = await readJson(await report());
    expect(body.population).toMatchObject({ included: 6, notShared: 2 });
    const other = await signUp(t.app, 'advisor', '别的老师');
    const employer = await signUp(t.app, 'employer', '企业');
    expect((await report('', 'application/json', other)).status).toBe(404);
    expect((await report('', 'application/json', employer)).status).toBe(404);
    expect((await report('', 'application/json', learners[0] as TestAccount)).status).toBe(403);
    expect((await t.app.request(`/api/cohorts/${cohort.id}/report`)).status).toBe(401);
    expect((await report('', 'application/json', { token: ADMIN_TOKEN })).status).toBe(200);
  });
});

/**
 * The first hour on the pages: times in the reader's zone (the API stays UTC), the site icon, the
 * ledger's count, the /me checklist ticked from stored state, the home page's computed example,
 * the occupation list's entry points (with stored look-up counts) and the gaps chooser.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_EXAMPLE } from '../src/adapters/pages/home-example.js';
import { formatDate, formatTime } from '../src/adapters/pages/i18n.js';
import { withTimeZone } from '../src/adapters/pages/time-zone.js';
import { skillLadderVerdict } from '../src/matching/skill-ladder.js';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import {
  askToAttest,
  attest,
  bearer,
  deposit,
  setConsent,
  signUp,
  type TestAccount,
} from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

describe('formatTime', () => {
  it('prints an instant in the current zone with its offset, Asia/Shanghai by default', () => {
    expect(formatTime('2026-11-30T03:04:05.000Z')).toBe('2026-11-30 11:04 UTC+8');
    expect(formatDate('2026-11-30T17:00:00Z')).toBe('2026-12-01');
    expect(withTimeZone('Europe/Berlin', () => formatTime('2026-07-30T03:04:05Z'))).toBe(
      '2026-07-30 05:04 UTC+2',
    );
    expect(withTimeZone('Europe/Berlin', () => formatTime('2026-01-30T03:04:05Z'))).toBe(
      '2026-01-30 04:04 UTC+1',
    );
    expect(withTimeZone('Asia/Kolkata', () => formatTime('2026-07-30T03:04:05Z'))).toBe(
      '2026-07-30 08:34 UTC+5:30',
    );
    expect(withTimeZone('UTC', () => formatTime('2026-07-30T23:59:00Z'))).toBe('2026-07-30 23:59 UTC');
    expect(formatTime('2026-07-30T03:04:05Z', 'America/New_York')).toBe('2026-07-29 23:04 UTC-4');
  });

  it('falls back to Asia/Shanghai for a zone that is not one, and leaves non-times alone', () => {
    expect(withTimeZone('Mars/Olympus', () => formatTime('2026-07-30T16:00:00Z'))).toBe(
      '2026-07-31 00:00 UTC+8',
    );
    expect(withTimeZone('"><script>', () => formatTime('2026-07-30T16:00:00Z'))).toBe(
      '2026-07-31 00:00 UTC+8',
    );
    expect(formatTime('not a time')).toBe('not a time');
  });
});

describe.each(testDatabases())('the first hour on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database, { file: true });
  });
  afterAll(() => t.destroy());

  const learnerOf = async (web: WebClient, name: string): Promise<TestAccount> => {
    const token = await web.signUp('learner', name);
    const me = await readJson(await t.app.request('/api/me', bearer(token)));
    return { id: me.id, role: 'learner', token, publicKey: null };
  };

  it('shows times in the reader’s zone (cookie), Asia/Shanghai by default; the API stays UTC', async () => {
    const web = new WebClient(t.app);
    const learner = await learnerOf(web, '时区学员');
    await setConsent(t.app, learner, { discoverableByEmployers: true, advisorsCanSeeEvidence: false });
    const consent = await readJson(
      await t.app.request(`/api/learners/${learner.id}/consent`, bearer(learner.token)),
    );
    const recordedAt: string = consent.history[0].recordedAt;
    expect(recordedAt).toMatch(/Z$/);

    const page = await (await web.get('/me/consent')).text();
    expect(page).toContain(formatTime(recordedAt, 'Asia/Shanghai'));
    expect(page).toContain('UTC+8');
    expect(page).toContain('时间按 Asia/Shanghai（UTC+8）显示');
    expect(page).toContain('href="/time-zone"');

    web.cookies.set('tz', encodeURIComponent('America/Sao_Paulo'));
    const there = await (await web.get('/me/consent?lang=en')).text();
    expect(there).toContain(formatTime(recordedAt, 'America/Sao_Paulo'));
    expect(there).toContain('Times shown in America/Sao_Paulo (UTC-3)');

    web.cookies.set('tz', 'Nowhere%2FAtAll');
    expect(await (await web.get('/me/consent')).text()).toContain(formatTime(recordedAt, 'Asia/Shanghai'));
  });

  it('lets the reader pin a zone on /time-zone, or go back to following the browser', async () => {
    const web = new WebClient(t.app);
    const page = await web.get('/time-zone');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<option value="Europe/Berlin"');
    expect(html).toMatch(/<option value="Asia\/Shanghai" selected/);

    const bad = await web.post(
      '/time-zone',
      { mode: 'fixed', zone: 'Mars/Olympus' },
      { csrfFrom: '/time-zone' },
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('不认识的时区：Mars/Olympus');

    const pinned = await web.post(
      '/time-zone',
      { mode: 'fixed', zone: 'Europe/Berlin' },
      { csrfFrom: '/time-zone' },
    );
    expect(pinned.status).toBe(303);
    expect(web.cookies.get('tzpin')).toBe('1');
    const shown = await (await web.get('/time-zone')).text();
    expect(shown).toMatch(/<option value="Europe\/Berlin" selected/);
    expect(shown).toMatch(/Europe\/Berlin（UTC\+[12]）/);

    const follow = await web.post('/time-zone', { mode: 'browser' }, { csrfFrom: '/time-zone' });
    expect(follow.status).toBe(303);
    expect(web.cookies.has('tzpin')).toBe(false);
    expect(web.cookies.has('tz')).toBe(false);
  });

  it('serves a site icon: linked from the pages, and /favicon.ico is not a 404', async () => {
    const html = await (await new WebClient(t.app).get('/')).text();
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    const ico = await t.app.request('/favicon.ico');
    expect(ico.status).toBe(301);
    expect(ico.headers.get('location')).toBe('/favicon.svg');
    const svg = await t.app.request('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg /);
  });

  it('counts pieces of evidence as the table shows them, beside the ledger’s entries', async () => {
    const web = new WebClient(t.app);
    const learner = await learnerOf(web, '账本学员');
    const advisor = await signUp(t.app, 'advisor', '周老师');
    const first = await deposit(t.app, learner, { title: '第一件' });
    await deposit(t.app, learner, { title: '第二件' });
    await askToAttest(t.app, learner, first.id, advisor);
    await attest(t.app, advisor, first.id, { statement: '属实' });
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    const verified = await readJson(
      await t.app.request(`/api/learners/${learner.id}/ledger/verify`, bearer(learner.token)),
    );
    expect(verified.entries).toBeGreaterThan(2);
    const html = await (await web.get('/me/evidence')).text();
    expect(html).toContain(`2 件证据（账本中 ${verified.entries} 条记录）`);
    expect(html.match(/<tr>/g)?.length).toBe(3); // the header and two pieces
    expect(html).toContain('刚刚检查过：账本完好');
    // The technical wording is folded away.
    expect(html).toMatch(/<details class="tech"><summary>技术细节<\/summary>/);
    expect(html).not.toContain('哈希链账本');
    const en = await (await web.get('/me/evidence?lang=en')).text();
    expect(en).toContain(`2 pieces of evidence (${verified.entries} ledger entries)`);
  });

  it('ticks the /me checklist from what is stored, each step linking to where it is done', async () => {
    const web = new WebClient(t.app);
    const learner = await learnerOf(web, '清单学员');
    const steps = async () => {
      const html = await (await web.get('/me')).text();
      return {
        html,
        done: html.match(/<li class="done">/g)?.length ?? 0,
      };
    };
    const fresh = await steps();
    expect(fresh.done).toBe(0);
    expect(fresh.html).toContain('已完成 0/5');
    for (const href of ['/me/evidence/new', '/me/evidence', '/me/consent', '/me/cohorts', '/me/showcases'])
      expect(fresh.html).toContain(`href="${href}"`);

    const a = await deposit(t.app, learner, { title: '一' });
    await deposit(t.app, learner, { title: '二' });
    expect((await steps()).html).toContain('记录三条技能证据（已记录 2 条）');
    expect((await steps()).done).toBe(0);
    await deposit(t.app, learner, { title: '三' });
    expect((await steps()).done).toBe(1);

    const advisor = await signUp(t.app, 'advisor', '吴老师');
    await askToAttest(t.app, learner, a.id, advisor);
    expect((await steps()).done).toBe(2);
    // Saying "no one" is a choice too.
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
    expect((await steps()).done).toBe(3);
    const cohort = await createCohort(t.app, advisor);
    await join(t.app, learner, await invite(t.app, advisor, cohort.id));
    expect((await steps()).done).toBe(4);
    await attest(t.app, advisor, a.id, { statement: '属实' });
    const made = await web.post(
      '/me/showcases',
      { title: '作品', evidenceIds: a.id },
      { csrfFrom: '/me/showcases' },
    );
    expect(made.status).toBe(303);
    const all = await steps();
    expect(all.html).toContain('五步都完成了');
    expect(all.html).not.toContain('class="checklist"');
  });

  it('shows on the home page what the matcher makes of the example evidence', async () => {
    const expected = t.deps.served.current.matcher.match([HOME_EXAMPLE], { limit: 3 });
    expect(expected.matches.length).toBeGreaterThan(0);
    const html = await (await new WebClient(t.app).get('/')).text();
    const shown = [...html.matchAll(/<li><a href="\/occupations\/([\d-]+)">/g)].map((m) => m[1]);
    expect(shown).toEqual(expected.matches.map((o) => o.code));
    expect(html).toContain(HOME_EXAMPLE.title);
    const en = await (await new WebClient(t.app).get('/?lang=en')).text();
    expect(en).toContain('Sales data analysis for a community supermarket');
    expect(en).toContain(`href="/occupations/${expected.matches[0]?.code}"`);
  });

  it('shows the example evidence with a 新八级 level only where the evidence form would take one', async () => {
    const matcher = t.deps.served.current.matcher;
    for (const skill of HOME_EXAMPLE.skills ?? [])
      if (skill.level !== undefined)
        expect(
          skillLadderVerdict(matcher, skill.name, HOME_EXAMPLE.occupationCodes ?? []).applies,
          skill.name,
        ).toBe(true);
    // 数据分析 is a professional's skill: the ladder does not grade it, so no level is shown.
    expect(skillLadderVerdict(matcher, '数据分析').applies).toBe(false);
    const html = await (await new WebClient(t.app).get('/')).text();
    expect(html).toContain('数据分析');
    expect(html).not.toContain('中级工');
  });

  it('opens the occupation list on entry points, with the most looked-up from stored counts', async () => {
    const web = new WebClient(t.app);
    const landing = await (await web.get('/occupations')).text();
    expect(landing).not.toContain('中国共产党机关负责人');
    expect(landing).toContain('从这里开始');
    const taxonomy = await readJson(await t.app.request('/api/taxonomy'));
    const { counts } = taxonomy;
    expect(landing).toContain(`数字职业</a> <span class="muted">(${counts.digital.toLocaleString('en-US')})`);
    expect(landing).toContain('href="/occupations?new=true#results"');

    for (let i = 0; i < 3; i++) await web.get('/occupations/4-07-02-05');
    expect((await t.app.request('/api/occupations/4-07-02-05')).status).toBe(200);
    await web.get('/occupations/2-02-38-01');
    const again = await (await web.get('/occupations')).text();
    const popular = again.slice(again.indexOf('id="entry-popular"'));
    expect(popular.indexOf('4-07-02-05')).toBeGreaterThan(-1);
    expect(popular.indexOf('4-07-02-05')).toBeLessThan(popular.indexOf('2-02-38-01'));
    expect(popular).toMatch(/4-07-02-05">[^<]+<\/a> <span class="muted">· 4 次查看/);

    const fresh = await (await web.get('/occupations?new=true')).text();
    const items = fresh.match(/<ul class="cards"[\s\S]*?<\/ul>/)?.[0] ?? '';
    expect(items.match(/<li>/g)?.length).toBe(25);
    expect(items.match(/2022新增/g)?.length).toBe(25);
    expect(await (await web.get('/occupations?all=true')).text()).toContain('中国共产党机关负责人');
  });

  it('offers the best matches and a search on the gaps page without an occupation', async () => {
    const web = new WebClient(t.app);
    const learner = await learnerOf(web, '差距学员');
    const bare = await web.get('/me/gaps');
    expect(bare.status).toBe(200);
    expect(await bare.text()).toContain('记录几条证据后，这里会列出你最匹配的职业');
    await deposit(t.app, learner);
    const chooser = await (await web.get('/me/gaps')).text();
    expect(chooser).toContain('选一个职业');
    expect(chooser.match(/href="\/me\/gaps\?occupation=[\d-]+"/g)?.length).toBeGreaterThan(0);
    const searched = await web.get(`/me/gaps?occupation=${encodeURIComponent('数据分析')}`);
    expect(searched.status).toBe(200);
    const hits = await searched.text();
    expect(hits).toContain('“数据分析”的搜索结果');
    expect(hits).toMatch(/href="\/me\/gaps\?occupation=[\d-]+">[^<]*数据/);
    expect((await web.get('/me/gaps?occupation=9-99-99-99')).status).toBe(404);
    const profile = await (await web.get('/me/profile')).text();
    expect(profile.indexOf('竞赛 0.85')).toBeGreaterThan(profile.indexOf('</table>'));
  });
});

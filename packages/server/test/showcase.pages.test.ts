/**
 * The shareable showcase through app.request on every dialect: what the graduate chooses to show
 * (stored, nothing extra by default), attested pieces first and self-reported ones labelled, a skill
 * summary and best fits from the shown pieces only, a QR code of the page, the print layout, and
 * the hashes folded into "verify".
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinClassOf } from './cohort-web.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

// No 新八级 level: these are not skilled trades' skills (the form refuses one).
const piece = (title: string, skill: string) => ({
  kind: 'work_project',
  title,
  description: '使用 Python 清洗和分析传感器数据，训练机器学习模型，部署人工智能算法并评估效果。',
  occurredOn: '2025-03-01',
  endedOn: '2025-06-30',
  'skills.0.name': skill,
});

describe.each(testDatabases())('showcase pages ($name)', (database) => {
  let t: TestApp;
  let web: WebClient;
  let attested: string;
  let selfReported: string;
  let withdrawn: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const school = new WebClient(t.app);
    await school.signUp('advisor', '刘老师', '示范职业技术学院');
    web = new WebClient(t.app);
    await web.signUp('learner', '陈思远');
    await joinClassOf(school, web);
    const deposit = async (fields: Record<string, string>) => {
      const res = await web.post('/me/evidence/new', fields, { csrfFrom: '/me/evidence/new' });
      return ((res.headers.get('location') as string).split('?')[0] as string).split('/').at(-1) as string;
    };
    attested = await deposit(piece('毕业设计：智能分拣', '机器学习'));
    selfReported = await deposit(piece('课程作业：传感器数据分析', '数据分析'));
    withdrawn = await deposit(piece('已撤回的项目', '焊接'));
    const detail = `/me/evidence/${attested}`;
    const page = await (await web.get(detail)).text();
    const attesterId = page.match(/<option value="(ac_[^"]+)"[^>]*>[^<]*刘老师/)?.[1] as string;
    await web.post(`${detail}/attestation-requests`, { attesterId }, { csrfFrom: detail });
    const signed = await school.post(
      `/inbox/${attested}/sign`,
      { statement: '属实', level: '3' },
      { csrfFrom: '/inbox' },
    );
    expect(signed.status).toBe(303);
  });
  afterAll(() => t.destroy());

  async function share(fields: Record<string, string | string[]>) {
    const created = await web.post('/me/showcases', fields, { csrfFrom: '/me/showcases' });
    expect(created.status).toBe(303);
    const list = await (await web.get('/me/showcases')).text();
    const slug = list.match(/href="\/s\/([A-Za-z0-9_-]+)"/)?.[1] as string;
    const id = list.match(/action="\/me\/showcases\/(sc_[^/]+)\/settings"/)?.[1] as string;
    return { slug, id };
  }

  it('by default shows the chosen pieces and the name only: no school, field, summary or best fits', async () => {
    const { slug } = await share({ title: '我的作品', evidenceIds: [selfReported, attested] });
    const res = await new WebClient(t.app).get(`/s/${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('陈思远的技能展示');
    expect(html).not.toContain('陈思远 的技能展示');
    expect(html).not.toContain('class="sc-about"');
    expect(html).not.toContain('id="sc-skills"');
    expect(html).not.toContain('id="sc-fits"');
    // Attested first even though chosen second; the self-reported one is labelled.
    expect(html.indexOf('毕业设计：智能分拣')).toBeLessThan(html.indexOf('课程作业：传感器数据分析'));
    expect(html).toMatch(/data-entry="self_reported"[\s\S]*本人填写/);
    expect(html).toContain('1 条经历由认证方签名，刚刚重新核验无误；另有 1 条为本人填写');
  });

  it('shows school, field, a skill summary and best fits when chosen, and keeps the settings', async () => {
    const { slug, id } = await share({
      title: '求职用',
      evidenceIds: [attested, selfReported],
      displayName: '陈同学',
      school: '示范职业技术学院',
      field: '人工智能技术应用',
      showSummary: '1',
      showBestFits: '1',
    });
    const html = await (await new WebClient(t.app).get(`/s/${slug}`)).text();
    expect(html).toContain('陈同学的技能展示');
    expect(html).not.toContain('陈思远');
    expect(html).toContain('示范职业技术学院 · 人工智能技术应用');
    const summary = html.slice(html.indexOf('id="sc-skills"'), html.indexOf('id="sc-fits"'));
    expect(summary).toContain('机器学习');
    expect(summary).toContain('数据分析');
    // Only the shown pieces count: the unshown piece's skill is not in the summary.
    expect(summary).not.toContain('焊接');
    expect(html).toMatch(/id="sc-fits"[\s\S]*?<a href="\/occupations\/\d-\d\d-\d\d-\d\d">/);
    // A QR code of the page's own address, drawn in-process as SVG.
    expect(html).toMatch(/<figure class="sc-qr"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox/);
    expect(html).toContain(`http://localhost/s/${slug}`);
    // Hashes live in the verify section only.
    const verify = html.indexOf('class="sc-verify"');
    expect(verify).toBeGreaterThan(0);
    expect(html.indexOf('class="hash"')).toBeGreaterThan(verify);
    expect(html).toContain('签名有效');

    // Changing what it shows is stored and takes effect on the next view.
    const list = await (await web.get('/me/showcases')).text();
    expect(list).toMatch(/name="school"[^>]*value="示范职业技术学院"/);
    const saved = await web.post(
      `/me/showcases/${id}/settings`,
      { displayName: '', school: '', field: '', showSummary: '1' },
      { csrfFrom: '/me/showcases' },
    );
    expect(saved.status).toBe(303);
    const after = await (await new WebClient(t.app).get(`/s/${slug}`)).text();
    expect(after).toContain('陈思远的技能展示');
    expect(after).not.toContain('示范职业技术学院 · ');
    expect(after).toContain('id="sc-skills"');
    expect(after).not.toContain('id="sc-fits"');
  });

  it('in English, says so; refuses too long a school; another learner cannot change it', async () => {
    const { slug, id } = await share({ title: 'CV', evidenceIds: [attested], school: 'Demo College' });
    const en = await (await new WebClient(t.app).get(`/s/${slug}?lang=en`)).text();
    expect(en).toContain('skill showcase');
    expect(en).not.toContain('陈思远 的');
    expect(en).toContain('Demo College');
    expect(en).toContain('Verify (hashes, signatures and proofs)');
    const long = await web.post(
      `/me/showcases/${id}/settings`,
      { school: '校'.repeat(101) },
      { csrfFrom: '/me/showcases' },
    );
    expect(long.status).toBe(400);
    const other = new WebClient(t.app);
    await other.signUp('learner', '别人');
    const theirs = await other.post(
      `/me/showcases/${id}/settings`,
      { school: 'X' },
      { csrfFrom: '/me/showcases' },
    );
    expect(theirs.status).toBe(404);
    expect(await (await new WebClient(t.app).get(`/s/${slug}`)).text()).toContain('Demo College');
  });

  it('drops a piece its graduate revoked, and offers no withdrawn piece to pick', async () => {
    const { slug } = await share({ title: '含撤回', evidenceIds: [attested, withdrawn] });
    const revoked = await web.post(
      `/me/evidence/${withdrawn}/revoke`,
      { reason: '不再展示' },
      { csrfFrom: `/me/evidence/${withdrawn}` },
    );
    expect(revoked.status).toBe(303);
    const html = await (await new WebClient(t.app).get(`/s/${slug}`)).text();
    expect(html).not.toContain('已撤回的项目');
    expect(html).toContain('另有 1 条证据已被本人撤回或更正');
    expect(await (await web.get('/me/showcases')).text()).not.toContain(`value="${withdrawn}"`);
  });
});

/** The evidence form through app.request: rows as needed, the occupation picker, all problems at once, 新八级 rule, description hint. */
import { type TestDatabase, testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const fields = (over: Record<string, string | string[]> = {}) => ({
  kind: 'work_project',
  title: '配电箱检修',
  description: '在实训基地按图纸检修低压配电箱，更换损坏的断路器并测试绝缘电阻，整理检修记录交给师傅检查。',
  occurredOn: '2025-03-01',
  'skills.0.name': '电工',
  'skills.0.level': '3',
  ...over,
});

describe.each(testDatabases())('evidence form ($name)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  async function learner(name: string, lang?: 'en') {
    const web = new WebClient(t.app);
    if (lang) await web.get(`/?lang=${lang}`);
    await web.signUp('learner', name);
    return web;
  }

  it('starts with one skill row and one artifact row, no occupation code box, and adds rows on request', async () => {
    const web = await learner('赵一');
    const html = await (await web.get('/me/evidence/new')).text();
    expect(html).toContain('name="skills.0.name"');
    expect(html).not.toContain('name="skills.1.name"');
    expect(html).toContain('name="artifacts.0.name"');
    expect(html).not.toContain('name="artifacts.1.name"');
    expect(html).not.toContain('相关职业代码');
    expect(html).toContain('name="occupationQuery"');
    // The row template for the script, and the button that works without it.
    expect(html).toContain('name="skills.__i__.name"');
    expect(html).toMatch(/name="_action" value="add:skills"/);
    const added = await web.post(
      '/me/evidence/new',
      { ...fields(), 'skills.1.name': '焊接', _action: 'add:skills' },
      { csrfFrom: '/me/evidence/new' },
    );
    expect(added.status).toBe(200);
    const page = await added.text();
    expect(page).toContain('name="skills.2.name"');
    expect(page).toContain('value="焊接"');
    expect(page).toMatch(/<label for="f-skills-2-name"[^>]*>技能 3</);
    expect(page).not.toContain('class="alert"');
    const removed = await (
      await web.post(
        '/me/evidence/new',
        { ...fields(), 'skills.1.name': '焊接', 'skills.2.name': '', _action: 'remove:skills.0' },
        { csrfFrom: '/me/evidence/new' },
      )
    ).text();
    expect(removed).not.toContain('name="skills.0.name"');
    expect(removed).toMatch(/<label for="f-skills-1-name"[^>]*>技能 1</);
  });

  it('searches occupations without JavaScript and deposits the ticked ones', async () => {
    const web = await learner('钱二');
    const found = await web.post(
      '/me/evidence/new',
      { ...fields(), occupationQuery: '电工', _action: 'search' },
      { csrfFrom: '/me/evidence/new' },
    );
    expect(found.status).toBe(200);
    const page = await found.text();
    expect(page).toMatch(
      /<input type="checkbox" name="occupationCodes" value="6-31-01-03"\/?> ?<span><strong data-slot="name">电工/,
    );
    const saved = await web.post(
      '/me/evidence/new',
      { ...fields(), occupationCodes: '6-31-01-03' },
      { csrfFrom: '/me/evidence/new' },
    );
    expect(saved.status).toBe(303);
    const detail = await (await web.get(saved.headers.get('location') as string)).text();
    expect(detail).toContain('6-31-01-03');
  });

  it('says every problem at once, each beside its field and in a summary in field order', async () => {
    const web = await learner('孙三');
    const res = await web.post(
      '/me/evidence/new',
      {
        ...fields(),
        title: '',
        description: '好',
        occurredOn: '2999-01-01',
        endedOn: '2025-01-01',
        'skills.0.name': 'Python',
        'skills.0.level': '4',
        'artifacts.0.url': 'ftp://x',
      },
      { csrfFrom: '/me/evidence/new' },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="f-title-error">不能为空/);
    expect(html).toMatch(/id="f-description-error">描述只有 1 个字/);
    expect(html).toMatch(/id="f-occurredOn-error">[^<]*(未来|今天)/);
    expect(html).toMatch(/id="f-endedOn-error">不能早于开始日期/);
    expect(html).toMatch(/id="f-skills-0-level-error">Python 不适用新八级等级/);
    expect(html).toMatch(/id="f-artifacts-0-url-error">请填写 http\(s\)/);
    const summary = html.slice(
      html.indexOf('id="form-errors"'),
      html.indexOf('</ul>', html.indexOf('id="form-errors"')),
    );
    const order = [
      '#f-title',
      '#f-description',
      '#f-occurredOn',
      '#f-endedOn',
      '#f-skills-0-level',
      '#f-artifacts-0-url',
    ];
    const positions = order.map((id) => summary.indexOf(`href="${id}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('有 6 处需要修改');
  });

  it('hints at a one-character description once, and saves it when sent again as it is', async () => {
    const web = await learner('李四');
    const first = await web.post('/me/evidence/new', fields({ description: '修' }), {
      csrfFrom: '/me/evidence/new',
    });
    expect(first.status).toBe(400);
    const html = await first.text();
    expect(html).toContain('描述只有 1 个字');
    expect(html).toContain('怎样写好描述');
    expect(html).toMatch(/name="shortKept" value="修"/);
    const again = await web.post('/me/evidence/new', fields({ description: '修', shortKept: '修' }), {
      csrfFrom: '/me/evidence/new',
    });
    expect(again.status).toBe(303);
  });

  it('offers 新八级 levels for a trade and explains why not for Python, live-streaming or a core skill', async () => {
    const web = await learner('周五');
    const res = await web.post(
      '/me/evidence/new',
      {
        ...fields({ title: '' }),
        'skills.0.name': '电工',
        'skills.1.name': 'Python',
        'skills.2.name': '直播带货',
        'skills.3.name': '团队合作',
      },
      { csrfFrom: '/me/evidence/new' },
    );
    const html = await res.text();
    const row = (i: number) => {
      const start = html.indexOf(`id="f-skills-${i}-name"`);
      return html.slice(start, html.indexOf('data-ladder-note', start) + 400);
    };
    expect(row(0)).toContain('属于技能工种“电工”');
    expect(row(0)).not.toMatch(/<div class="field narrow" hidden/);
    expect(row(1)).toMatch(/<div class="field narrow" hidden/);
    expect(row(1)).toMatch(/Python/);
    expect(row(2)).toContain('数字职业“互联网营销师”');
    expect(row(2)).toMatch(/<div class="field narrow" hidden/);
    expect(row(3)).toContain('团队合作 是核心技能');
  });

  it('speaks English on the English page', async () => {
    const web = await learner('Sam', 'en');
    const html = await (
      await web.post(
        '/me/evidence/new',
        fields({ description: 'x', 'skills.0.name': 'Python', 'skills.0.level': '2' }),
        {
          csrfFrom: '/me/evidence/new',
        },
      )
    ).text();
    expect(html).toContain('The description has only 1 characters');
    expect(html).toContain('新八级 levels do not apply to Python');
    expect(html).toContain('Add a skill');
  });
});

describe('skill API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(testDatabases()[0] as TestDatabase);
  });
  afterAll(() => t.destroy());

  it('says where 新八级 applies, and suggests skills from the chosen occupations and the vocabulary', async () => {
    const verdict = async (query: string) => {
      const res = await t.app.request(`/api/skills/ladder?${query}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { applies: boolean; reason: string; occupation: { code: string } | null };
    };
    expect(await verdict('name=电工')).toMatchObject({
      applies: true,
      reason: 'trade',
      occupation: { code: '6-31-01-03' },
    });
    expect(await verdict('name=焊接')).toMatchObject({ applies: true, reason: 'trade' });
    expect(await verdict('name=Python')).toMatchObject({ applies: false });
    expect(await verdict('name=直播')).toMatchObject({ applies: false, reason: 'digital' });
    expect(await verdict('name=沟通能力')).toMatchObject({ applies: false, reason: 'core' });
    // A name the classifier cannot place is judged by the evidence's occupations.
    expect((await verdict('name=Python&occupations=2-02-10-03')).applies).toBe(false);
    const bad = await t.app.request('/api/skills/ladder?name=x&occupations=12345');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const res = await t.app.request('/api/skills/suggestions?occupations=6-18-02-04&lang=zh');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { name: string; source: string }[] };
    expect(items.find((s) => s.source === 'occupation')?.name).toBeDefined();
    expect(items.map((s) => s.name)).toContain('焊接设备');
    expect(items.map((s) => s.name)).toContain('团队合作');
  });
});

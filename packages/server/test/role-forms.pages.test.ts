/** The employer's role forms through app.request: one title, suggestions to read and choose, a compact requirement editor. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

describe.each(testDatabases())('role forms ($name)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  async function employer(name: string) {
    const web = new WebClient(t.app);
    await web.signUp('employer', name, '数据科技有限公司');
    return web;
  }

  it('has one title field and previews several suggestions, choosing none of them for the employer', async () => {
    const web = await employer('王经理');
    const empty = await (await web.get('/roles/new')).text();
    expect(empty.match(/name="title"/g)).toHaveLength(1);
    const res = await web.get(`/roles/new?title=${encodeURIComponent('数据分析专员')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/name="title"/g)).toHaveLength(1);
    const offered = [...html.matchAll(/name="occupationCode" value="([\d-]+)"/g)].map((m) => m[1]);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered).toContain('2-02-30-09');
    expect(offered).toContain('4-07-02-05');
    expect(html).not.toMatch(/name="occupationCode" value="[^"]*" checked/);
    // Each suggestion shows its definition and main tasks before it is chosen.
    const card = html.slice(html.indexOf('value="4-07-02-05"'));
    expect(card).toContain('商务数据分析师');
    expect(card.slice(0, 2000)).toMatch(/data-slot="definition">[^<]{10,}/);
    expect(card.slice(0, 3000)).toMatch(/data-slot="tasks"><li>[^<]{5,}/);
  });

  it('asks to choose an occupation, with every other problem at once, then posts the chosen one', async () => {
    const web = await employer('赵经理');
    const none = await web.post(
      '/roles/new',
      { title: '', description: '', q: '', requirements: '' },
      { csrfFrom: '/roles/new' },
    );
    expect(none.status).toBe(400);
    const html = await none.text();
    expect(html).toMatch(/id="f-title-error">不能为空/);
    expect(html).toMatch(/id="f-occupationCode-error">请选择一个对应职业/);
    expect(html).toContain('有 2 处需要修改');
    const posted = await web.post(
      '/roles/new',
      { title: '数据分析专员', description: '', q: '', occupationCode: '4-07-02-05', requirements: '' },
      { csrfFrom: '/roles/new' },
    );
    expect(posted.status).toBe(303);
    const role = await (
      await web.get((posted.headers.get('location') as string).split('?')[0] as string)
    ).text();
    expect(role).toContain('商务数据分析师');
    expect(role).not.toContain('数据库');
    // A digital occupation is not graded by 新八级: no minimum level is offered, and the page says why.
    expect(role).not.toContain('name="req.0.minLevel"');
    expect(role).toContain('“商务数据分析师”不是技能工种');
  });

  it('edits requirements in compact, continuously numbered rows that are added and removed as needed', async () => {
    const web = await employer('钱经理');
    const posted = await web.post(
      '/roles/new',
      { title: '焊工', q: '', occupationCode: '6-18-02-04', requirements: '' },
      { csrfFrom: '/roles/new' },
    );
    const path = (posted.headers.get('location') as string).split('?')[0] as string;
    const page = await (await web.get(path)).text();
    const rows = [...page.matchAll(/name="req\.(\d+)\.text"/g)].map((m) => Number(m[1]));
    expect(rows.length).toBeGreaterThan(2);
    expect(page).toContain('name="req.0.minLevel"');
    // "要求 N" once per row as its visible label; no legend repeating it.
    expect(page).not.toMatch(/<legend>要求 \d/);
    rows.forEach((_, i) => {
      expect(page.match(new RegExp(`>要求 ${i + 1}<`, 'g'))).toHaveLength(1);
    });
    const fields: Record<string, string> = {};
    for (const m of page.matchAll(/name="(req\.\d+\.(?:id|taskId))" value="([^"]*)"/g))
      fields[m[1] as string] = m[2] as string;
    for (const m of page.matchAll(/name="(req\.\d+\.text)"[^>]*>([^<]*)</g))
      fields[m[1] as string] = m[2] as string;
    const added = await web.post(
      `${path}/requirements`,
      { ...fields, _action: 'add:req' },
      { csrfFrom: path },
    );
    expect(added.status).toBe(200);
    const more = await added.text();
    const next = rows.length;
    expect(more).toMatch(new RegExp(`<label for="f-req-${next}-text"[^>]*>要求 ${next + 1}<`));
    // Drop the first row and add one of our own: saved in order, numbered from 1.
    const { 'req.0.id': _id, 'req.0.taskId': _task, 'req.0.text': _text, ...rest } = fields;
    const saved = await web.post(
      `${path}/requirements`,
      {
        ...rest,
        [`req.${next}.text`]: '能看懂焊接工艺卡',
        [`req.${next}.essential`]: 'true',
        [`req.${next}.minLevel`]: '3',
      },
      { csrfFrom: path },
    );
    expect(saved.status).toBe(303);
    const after = await (await web.get(path)).text();
    const texts = [...after.matchAll(/name="req\.\d+\.text"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(texts).toHaveLength(rows.length);
    expect(texts.at(-1)).toBe('能看懂焊接工艺卡');
    expect(texts).not.toContain(fields['req.0.text']);
    expect(after).toMatch(new RegExp(`>要求 ${rows.length}<`));
  });
});

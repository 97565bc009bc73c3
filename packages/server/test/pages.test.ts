/** Occupation browser pages through app.request: HTML, language switch, search, 404 page. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';

const [sqlite] = testDatabases();

describe('occupation pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(sqlite as NonNullable<typeof sqlite>);
  });
  afterAll(() => t.destroy());
  const page = (path: string, headers: Record<string, string> = {}) =>
    t.app.request(path, { headers: { accept: 'text/html', ...headers } });

  it('the home page is Chinese by default, English on request, remembered in a cookie', async () => {
    const zh = await page('/');
    expect(zh.status).toBe(200);
    expect(await zh.text()).toContain('<html lang="zh-CN">');
    const en = await page('/?lang=en');
    expect(await en.text()).toContain('<html lang="en">');
    expect(en.headers.get('set-cookie')).toMatch(/lang=en;.*HttpOnly/i);
    const again = await page('/', { cookie: 'lang=en' });
    expect(await again.text()).toContain('Browse 1,639 occupations');
  });

  it('searches and filters, listing links to occupation pages', async () => {
    const res = await page(`/occupations?q=${encodeURIComponent('碳排放')}&green=true`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/occupations/4-09-07-04"');
    expect(html).toContain('value="碳排放"');
  });

  it('pages through the list with a next link and keeps the filters', async () => {
    const html = await (await page('/occupations?digital=true')).text();
    const next = html.match(/href="([^"]*cursor=[^"]*)" rel="next"/)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toContain('digital=true');
    const second = await (await page(next as string)).text();
    expect(second).toContain('回到第一页');
  });

  it('shows an occupation with definition, tasks and breadcrumbs', async () => {
    const html = await (await page('/occupations/2-02-38-01')).text();
    expect(html).toContain('人工智能工程技术人员');
    expect(html).toContain('id="task-1"');
    expect(html).toContain('href="/occupations?group=2-02"');
  });

  it('an unknown occupation or path is a 404 page for people, problem+json for the API', async () => {
    const missing = await page('/occupations/9-99-99-99');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
    const nowhere = await page('/nowhere');
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get('content-type')).toContain('text/html');
    const api = await t.app.request('/api/nowhere', { headers: { accept: 'text/html' } });
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('escapes what the user typed', async () => {
    const html = await (
      await page(`/occupations?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    ).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

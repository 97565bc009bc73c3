/** The public occupation API, through app.request, on every dialect. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('occupations API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  const get = (path: string) => t.app.request(path);

  it('GET /api/taxonomy reports the official counts', async () => {
    const res = await get('/api/taxonomy');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({
      id: 'cn2022',
      version: '2022.1',
      counts: {
        major: 8,
        middle: 79,
        minor: 450,
        occupation: 1639,
        digital: 97,
        green: 134,
        digitalAndGreen: 23,
        new: 168,
      },
    });
  });

  it('searching 人工智能 lists the two AI occupations at the top; 碳排放 finds 4-09-07-04', async () => {
    const ai = await readJson(await get(`/api/occupations?q=${encodeURIComponent('人工智能')}&limit=5`));
    const top = ai.items.slice(0, 3).map((o: { code: string }) => o.code);
    expect(top).toContain('2-02-38-01');
    expect(top).toContain('4-04-05-05');
    const carbon = await readJson(await get(`/api/occupations?q=${encodeURIComponent('碳排放')}`));
    expect(carbon.items.map((o: { code: string }) => o.code)).toContain('4-09-07-04');
  });

  it('lists items in the documented shape and pages with nextCursor to the end', async () => {
    const seen = new Set<string>();
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const res = await get(`/api/occupations?digital=true&limit=40${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = (await readJson(res)) as {
        items: { code: string; digital: boolean }[];
        nextCursor: string | null;
      };
      for (const item of body.items) {
        expect(item.digital).toBe(true);
        seen.add(item.code);
      }
      cursor = body.nextCursor;
      pages += 1;
    }
    expect(seen.size).toBe(97);
    expect(pages).toBe(3);
    const one = await readJson(await get('/api/occupations?limit=1'));
    expect(Object.keys(one.items[0]).sort()).toEqual(['code', 'digital', 'green', 'group', 'isNew', 'name']);
    expect(Object.keys(one.items[0].group).sort()).toEqual(['major', 'middle', 'minor']);
  });

  it('treats an empty filter (?digital=&green=) as not given', async () => {
    const res = await get('/api/occupations?q=&digital=&green=&limit=100');
    expect(res.status).toBe(200);
    const unfiltered = await readJson(await get('/api/occupations?limit=100'));
    expect(await readJson(res)).toEqual(unfiltered);
    expect(unfiltered.items).toHaveLength(100);
  });

  it('filters by group and green', async () => {
    const body = await readJson(await get('/api/occupations?group=4-09&green=true&limit=100'));
    expect(body.items.length).toBeGreaterThan(0);
    expect(
      body.items.every((o: { code: string; green: boolean }) => o.code.startsWith('4-09-') && o.green),
    ).toBe(true);
  });

  it('GET /api/occupations/{code} gives definition, tasks and path', async () => {
    const res = await get('/api/occupations/2-02-38-01');
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body).toMatchObject({
      code: '2-02-38-01',
      name: '人工智能工程技术人员',
      digital: true,
      taxonomy: { id: 'cn2022' },
    });
    expect(body.definition).toContain('人工智能');
    expect(body.tasks[0]).toEqual({ id: '2-02-38-01#1', seq: 1, text: expect.any(String) });
    expect(body.path.map((p: { level: number }) => p.level)).toEqual([1, 2, 3, 4]);
  });

  it('malformed code → 400 problem; unknown code → 404 problem', async () => {
    const bad = await get('/api/occupations/2-02-38');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(await readJson(bad)).toMatchObject({ status: 400, errors: [{ path: 'code' }] });
    const unknown = await get('/api/occupations/9-99-99-99');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await readJson(unknown)).toMatchObject({ status: 404, title: 'Not found' });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['digital=yes', 'digital'],
    ['group=2-2', 'group'],
    ['cursor=not-a-cursor', 'cursor'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('bad query %s → 400 naming %s', async (query, field) => {
    const res = await get(`/api/occupations?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await readJson(res);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

/**
 * Request bodies that are not UTF-8, through HTTP on every dialect: a deposit written in GBK or
 * with stray bytes is a 400 naming `(body)`, and nothing is stored (read leniently it was stored,
 * and chained, with U+FFFD in place of the learner's words); a UTF-8 body, with or without a
 * byte-order mark, is stored exactly as written.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';

const DEPOSIT = {
  kind: 'work_project',
  title: '手机主板焊接',
  description: '在电子厂做了两年手机主板的焊接和检测，按工艺要求检查焊点。',
  occurredOn: '2023-01-01',
};

/** The deposit's JSON as bytes, with `title` replaced by the given raw bytes. */
function withRawTitle(title: Uint8Array): Uint8Array<ArrayBuffer> {
  const [before, after] = JSON.stringify({ ...DEPOSIT, title: '\u0000' }).split('\\u0000') as [
    string,
    string,
  ];
  return new Uint8Array([...new TextEncoder().encode(before), ...title, ...new TextEncoder().encode(after)]);
}

// 焊接 in GBK, as a Windows program in China would send it.
const GBK_WELDING = new Uint8Array([0xba, 0xb8, 0xbd, 0xd3]);

describe.each(testDatabases())('request bodies that are not UTF-8 ($name)', (database) => {
  let t: TestApp;
  let grad: TestAccount;

  const post = (path: string, body: Uint8Array<ArrayBuffer> | string, contentType = 'application/json') =>
    t.app.request(
      path,
      bearer(grad.token, { method: 'POST', headers: { 'content-type': contentType }, body }),
    );
  const stored = async () =>
    (await readJson(await t.app.request(`/api/evidence?learner=${grad.id}`, bearer(grad.token)))).items;

  beforeAll(async () => {
    t = await openTestApp(database);
    grad = await signUp(t.app, 'learner', '王小明');
  });
  afterAll(() => t.destroy());

  it.each([
    ['GBK text', GBK_WELDING],
    ['a stray byte', new Uint8Array([0x61, 0xff, 0x62])],
    ['a truncated sequence', new Uint8Array([0xe7, 0x84])],
  ])('refuses a deposit with %s, naming the body, and stores nothing', async (_what, bytes) => {
    const before = await stored();
    const res = await post('/api/evidence', withRawTitle(bytes));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await readJson(res);
    expect(body.errors).toEqual([{ path: '(body)', message: expect.stringContaining('UTF-8') }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a results file that is not UTF-8 the same way', async () => {
    const res = await post(
      '/api/offerings/of_none/results/import',
      new Uint8Array([...new TextEncoder().encode('enrolmentId,outcome\n'), ...GBK_WELDING]),
      'text/csv',
    );
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors?.[0]?.path).toBe('(body)');
  });

  it('answers a body sent to an API path no route takes with 404, not 500 (it is read once)', async () => {
    const res = await post('/api/evidence//corrections', JSON.stringify(DEPOSIT));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('stores a UTF-8 deposit exactly as written, with or without a byte-order mark', async () => {
    const plain = await post('/api/evidence', JSON.stringify(DEPOSIT));
    expect(plain.status).toBe(201);
    expect((await readJson(plain)).title).toBe('手机主板焊接');
    const bom = await post(
      '/api/evidence',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode(JSON.stringify({ ...DEPOSIT, title: '焊接 ✓' })),
      ]),
    );
    expect(bom.status).toBe(201);
    expect((await readJson(bom)).title).toBe('焊接 ✓');
    expect((await stored()).map((e: { title: string }) => e.title)).toEqual(['手机主板焊接', '焊接 ✓']);
  });
});

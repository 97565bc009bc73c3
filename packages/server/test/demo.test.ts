/** The demo data set: loaded once through the real services, labelled, and enterable from the home page. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const [sqlite] = testDatabases();

describe('demo data set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(sqlite as NonNullable<typeof sqlite>);
  });
  afterAll(() => t.destroy());

  it('shows nothing fake until it is loaded', async () => {
    const html = await (await new WebClient(t.app).get('/')).text();
    expect(html).not.toContain('演示入口');
    expect(html).not.toContain('（演示）');
  });

  it('loads once, idempotently, and verifies like real data', async () => {
    const first = await loadDemo(t.handle.db, { taxonomyId: 'cn2022' });
    expect(first.status).toBe('loaded');
    expect(first.personas.map((p) => p.persona).slice(0, 3)).toEqual(['graduate', 'school', 'employer']);
    const again = await loadDemo(t.handle.db, { taxonomyId: 'cn2022' });
    expect(again.status).toBe('already_loaded');
    const count = await t.handle.db
      .selectFrom('accounts')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(7);
  });

  it('offers labelled "enter as" buttons that sign in as each persona', async () => {
    const web = new WebClient(t.app);
    const home = await (await web.get('/')).text();
    expect(home).toContain('演示入口');
    expect(home).toContain('林晓雨（演示）');
    const enter = await web.post('/demo/enter', { persona: 'graduate' }, { csrfFrom: '/' });
    expect(enter.headers.get('location')).toBe('/me');
    const me = await (await web.get('/me')).text();
    expect(me).toContain('演示数据：这些人和单位都是虚构的');
    expect(me).toContain('林晓雨（演示）的技能账户');
    const ledger = await (await web.get('/me/evidence')).text();
    expect(ledger).toContain('账本校验通过');
    expect(ledger).toContain('已认证');

    const employer = new WebClient(t.app);
    await employer.post('/demo/enter', { persona: 'employer' }, { csrfFrom: '/' });
    const roles = await (await employer.get('/roles')).text();
    const roleId = roles.match(/href="\/roles\/(ro_[^"/]+)"/)?.[1];
    expect(roleId).toBeDefined();
    const candidates = await (await employer.get(`/roles/${roleId}/candidates`)).text();
    expect(candidates).toContain('林晓雨（演示）');
    // 孙佳琪 does not let employers find her.
    expect(candidates).not.toContain('孙佳琪');
  });
});

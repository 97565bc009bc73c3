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
    expect(Number(count.n)).toBe(10); // 5 graduates, a school, an employer, 3 providers
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

  it('has a labelled catalogue whose offerings close a gap of every demo graduate', async () => {
    const { personas } = await loadDemo(t.handle.db, { taxonomyId: 'cn2022' });
    expect(personas.map((p) => p.persona)).toEqual(
      expect.arrayContaining(['provider-training', 'provider-assessment', 'provider-competition']),
    );
    const graduates = personas.filter((p) => p.persona.startsWith('graduate'));
    expect(graduates).toHaveLength(5);
    for (const g of graduates) {
      const auth = { headers: { authorization: `Bearer ${g.token}` } };
      const matches = await (
        await t.app.request(`/api/learners/${g.accountId}/matches?limit=3`, auth)
      ).json();
      const recommended: string[] = [];
      for (const m of matches.matches as { code: string }[]) {
        const res = await t.app.request(
          `/api/learners/${g.accountId}/recommendations?occupation=${m.code}`,
          auth,
        );
        expect(res.status).toBe(200);
        const body = await res.json();
        recommended.push(...body.items.map((i: { offering: { title: string } }) => i.offering.title));
      }
      expect(recommended.length, `${g.persona} gets a recommendation`).toBeGreaterThan(0);
    }
    // The school's cohort report names offerings for the cohort's most common gaps.
    const school = new WebClient(t.app);
    await school.post('/demo/enter', { persona: 'school' }, { csrfFrom: '/' });
    const cohortId = (await (await school.get('/cohorts')).text()).match(
      /href="\/cohorts\/(co_[^"/]+)"/,
    )?.[1];
    const report = await (await school.get(`/cohorts/${cohortId}/report`)).text();
    expect(report).toContain('能补上班级常见差距的课程与竞赛');
    expect(report).toMatch(/href="\/offerings\/of_/);

    const offerings = await (await t.app.request('/api/offerings?kind=competition')).json();
    const contest = offerings.items.find((o: { provider: { organisation: string } }) =>
      o.provider.organisation.includes('（演示）'),
    );
    const results = await (await t.app.request(`/api/offerings/${contest.id}/results`)).json();
    expect(results.items).toEqual([
      expect.objectContaining({ learner: { name: '林晓雨（演示）' }, rank: 2, signatureValid: true }),
    ]);
  });
});

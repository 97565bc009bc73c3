/**
 * Concurrent deposits: a few hundred parallel requests across many learners leave every chain
 * valid and lose nothing. SQLite runs on a file (its one connection serialises transactions);
 * PostgreSQL on a pool of ten connections, where the chain-head row lock does the serialising.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, evidenceBody, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const LEARNERS = 40;
const DEPOSITS_EACH = 8;

describe.each(testDatabases())('concurrent deposits on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database, { file: true });
  });
  afterAll(() => t.destroy());

  it(`${LEARNERS} learners × ${DEPOSITS_EACH} deposits + a consent change each, all at once`, async () => {
    const learners: TestAccount[] = [];
    for (let i = 0; i < LEARNERS; i += 1) learners.push(await signUp(t.app, 'learner', `并发${i}`));

    const requests = learners.flatMap((learner, l) => [
      ...Array.from({ length: DEPOSITS_EACH }, (_, d) => ({
        learner,
        body: evidenceBody({ title: `并发 ${l}-${d}` }),
      })),
      { learner, consent: true as const },
    ]);
    // Interleave learners (round-robin) so every chain has several appends in flight at once.
    const order = requests.map((r, i) => ({
      r,
      key: (i % (DEPOSITS_EACH + 1)) * LEARNERS + Math.floor(i / (DEPOSITS_EACH + 1)),
    }));
    order.sort((a, b) => a.key - b.key);
    const responses = await Promise.all(
      order.map(({ r }) => {
        return 'consent' in r
          ? t.app.request(
              `/api/learners/${r.learner.id}/consent`,
              bearer(r.learner.token, json({ discoverableByEmployers: true }, { method: 'PUT' })),
            )
          : t.app.request('/api/evidence', bearer(r.learner.token, json(r.body)));
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(300);

    for (const [l, learner] of learners.entries()) {
      const list = await readJson(
        await t.app.request(`/api/evidence?learner=${learner.id}&limit=100`, bearer(learner.token)),
      );
      const titles = list.items.map((e: { title: string }) => e.title).sort();
      expect(titles).toEqual(Array.from({ length: DEPOSITS_EACH }, (_, d) => `并发 ${l}-${d}`).sort());
      const report = await readJson(
        await t.app.request(`/api/learners/${learner.id}/ledger/verify`, bearer(learner.token)),
      );
      expect(report).toMatchObject({
        ok: true,
        entries: DEPOSITS_EACH + 1,
        head: { seq: DEPOSITS_EACH + 1 },
      });
    }
    const total = await t.handle.db
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(LEARNERS * (DEPOSITS_EACH + 1));
  });
});

/**
 * Two server processes on one PostgreSQL database (two apps, each with its own connections,
 * caches, candidate pool and LISTEN connection): appends to one chain split between them stay one
 * valid chain, and a withdrawal made through one is never listed by the other's next candidate
 * list. (Two SQLite connections cannot share one thread: a busy wait would block the other's
 * commit. Several processes on SQLite are the deployment section's concern.)
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, evidenceBody, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openSecondApp, openTestApp, readJson, type TestApp } from './test-app.js';

const postgres = testDatabases().filter((d) => d.name === 'postgres');

describe.skipIf(postgres.length === 0)('two processes (PostgreSQL only)', () => {
  it('has a PostgreSQL server to run on', () => {
    expect(postgres).toHaveLength(1);
  });
});

describe.each(postgres)('two processes on one $name database', (database) => {
  let one: TestApp;
  let two: TestApp;
  let employer: TestAccount;
  let roleId: string;

  beforeAll(async () => {
    one = await openTestApp(database, { file: true });
    two = await openSecondApp(one);
    employer = await signUp(one.app, 'employer', '光伏公司');
    const res = await two.app.request(
      '/api/roles',
      bearer(
        employer.token,
        json({
          title: '光伏运维',
          requirements: [{ text: '巡视检查光伏发电设备运行工况', essential: true }],
        }),
      ),
    );
    expect(res.status).toBe(201);
    roleId = (await readJson(res)).id;
  });
  afterAll(async () => {
    await two.destroy();
    await one.destroy();
  });

  const listed = async (app: TestApp) => {
    const res = await app.app.request(`/api/roles/${roleId}/candidates?limit=100`, bearer(employer.token));
    expect(res.status).toBe(200);
    return (await readJson(res)).items.map((i: { learnerId: string }) => i.learnerId) as string[];
  };

  it('keeps one valid chain when appends to it are split between the processes', async () => {
    const learner = await signUp(one.app, 'learner', '分流');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? one : two).app.request(
          '/api/evidence',
          bearer(learner.token, json(evidenceBody({ title: `分流 ${i}` }))),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    for (const app of [one, two]) {
      const report = await readJson(
        await app.app.request(`/api/learners/${learner.id}/ledger/verify`, bearer(learner.token)),
      );
      expect(report).toMatchObject({ ok: true, entries: 12, head: { seq: 12 } });
    }
  });

  it("never lists a learner in one process's next list once a withdrawal through the other returned", async () => {
    const learners: TestAccount[] = [];
    for (let i = 0; i < 4; i += 1) {
      const learner = await signUp(one.app, 'learner', `巡检员${i}`);
      await (i % 2 === 0 ? one : two).app.request(
        '/api/evidence',
        bearer(
          learner.token,
          json(evidenceBody({ title: '光伏电站巡检', description: '巡视检查光伏发电设备运行工况' })),
        ),
      );
      await setConsent((i % 2 === 0 ? two : one).app, learner, { discoverableByEmployers: true });
      learners.push(learner);
    }
    // Both pools are loaded and warm.
    for (const app of [one, two])
      expect(await listed(app)).toEqual(expect.arrayContaining(learners.map((l) => l.id)));
    for (const [i, learner] of learners.entries()) {
      const [writer, reader] = i % 2 === 0 ? [one, two] : [two, one];
      // A list racing the withdrawal may or may not show the learner; the one after it must not.
      const racing = listed(reader);
      await setConsent(writer.app, learner, { discoverableByEmployers: false });
      await racing;
      expect(await listed(reader)).not.toContain(learner.id);
      expect(await listed(writer)).not.toContain(learner.id);
    }
    // Consenting again through one process lists them in the other.
    await setConsent(two.app, learners[0] as TestAccount, { discoverableByEmployers: true });
    expect(await listed(one)).toContain(learners[0]?.id);
  });
});

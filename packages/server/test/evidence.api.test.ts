/** Evidence: deposit, validation, lists, corrections and revocation, through app.request, on every dialect. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, evidenceBody, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('evidence API on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '王小明');
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: unknown, who: TestAccount = learner) =>
    t.app.request(path, bearer(who.token, json(body)));
  const get = (path: string, who: TestAccount = learner) => t.app.request(path, bearer(who.token));

  it('POST /api/evidence records the piece: 201, status self_reported, hash and ledger entry', async () => {
    const res = await post('/api/evidence', evidenceBody({ steps: ['明确任务', 'plan', 'evaluate'] }));
    expect(res.status).toBe(201);
    const body = await readJson(res);
    expect(res.headers.get('location')).toBe(`/api/evidence/${body.id}`);
    expect(body).toMatchObject({
      learnerId: learner.id,
      kind: 'work_project',
      title: '光伏电站运维项目',
      occurredOn: '2025-03-01',
      endedOn: '2025-06-30',
      taxonomyId: 'cn2022',
      occupationCodes: ['2-02-38-01'],
      skills: [
        { name: '光伏运维', level: 3 },
        { name: 'digital skills', level: 2 },
      ],
      steps: ['明确任务', '制订计划', '评估反馈'],
      artifacts: [{ name: '运维报告.pdf', url: null, sha256: 'ab'.repeat(32) }],
      status: 'self_reported',
      supersedes: null,
      supersededBy: null,
      revocation: null,
      attestations: [],
    });
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.entry).toEqual({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await readJson(await get(`/api/evidence/${body.id}`));
    expect(again).toEqual(body);
  });

  it('accepts the minimum: kind, title, description, occurredOn', async () => {
    const res = await post('/api/evidence', {
      kind: 'credential',
      title: '电工证（中级）',
      description: '职业技能等级证书',
      occurredOn: '2024-07-01',
    });
    expect(res.status).toBe(201);
    expect(await readJson(res)).toMatchObject({
      skills: [],
      steps: [],
      artifacts: [],
      occupationCodes: [],
      endedOn: null,
    });
  });

  it.each([
    [{ kind: 'hobby' }, 'kind'],
    [{ title: '' }, 'title'],
    [{ title: 't'.repeat(201) }, 'title'],
    [{ description: undefined }, 'description'],
    [{ description: 'd'.repeat(10_001) }, 'description'],
    [{ occurredOn: '2025-02-30' }, 'occurredOn'],
    [{ occurredOn: '01/03/2025' }, 'occurredOn'],
    [{ occurredOn: '2999-01-01', endedOn: undefined }, 'occurredOn'],
    [{ endedOn: '2025-01-01' }, 'endedOn'],
    [{ occupationCodes: ['2-02-38'] }, 'occupationCodes.0'],
    [{ occupationCodes: ['2-02-38-01', '9-99-99-99'] }, 'occupationCodes.1'],
    [{ occupationCodes: ['2-02-38-01', '2-02-38-01'] }, 'occupationCodes.1'],
    [{ skills: [{ name: 'x', level: 9 }] }, 'skills.0.level'],
    [{ skills: [{ name: 'x', level: 2.5 }] }, 'skills.0.level'],
    [{ skills: [{ name: '' }] }, 'skills.0.name'],
    [{ skills: [{ name: 'x', years: 3 }] }, 'skills.0.years'],
    [{ skills: Array.from({ length: 51 }, (_, i) => ({ name: `s${i}` })) }, 'skills'],
    [{ steps: ['喝茶'] }, 'steps.0'],
    [{ steps: ['plan', '制订计划'] }, 'steps.1'],
    [{ artifacts: [{ sha256: 'ab'.repeat(32) }] }, 'artifacts.0'],
    [{ artifacts: [{ url: 'ftp://x/y' }] }, 'artifacts.0.url'],
    [{ artifacts: [{ name: 'a', sha256: 'xyz' }] }, 'artifacts.0.sha256'],
    [{ status: 'attested' }, 'status'],
    [{ learnerId: 'ac_someone' }, 'learnerId'],
  ])('rejects %j with 400 naming %s', async (overrides, field) => {
    const res = await post('/api/evidence', evidenceBody(overrides));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await readJson(res);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(body.detail).toContain(field);
  });

  it('a body over the limit is 413; malformed JSON is 400; a non-JSON body is 415', async () => {
    const big = await post('/api/evidence', evidenceBody({ description: '长'.repeat(200_000) }));
    expect(big.status).toBe(413);
    expect(await readJson(big)).toMatchObject({ status: 413, type: '/problems/payload-too-large' });
    const broken = await post('/api/evidence', '{"kind":');
    expect(broken.status).toBe(400);
    const text = await t.app.request(
      '/api/evidence',
      bearer(learner.token, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
    );
    expect(text.status).toBe(415);
  });

  it('a body that declares its length is judged by it: over the limit 413, within it accepted', async () => {
    // As HTTP clients send bodies (Content-Length set); the cases above stream theirs uncounted.
    const declared = (body: string) =>
      t.app.request(
        '/api/evidence',
        bearer(learner.token, json(body, { headers: { 'content-length': String(Buffer.byteLength(body)) } })),
      );
    const big = await declared(JSON.stringify(evidenceBody({ description: '长'.repeat(200_000) })));
    expect(big.status).toBe(413);
    expect(await readJson(big)).toMatchObject({ status: 413, type: '/problems/payload-too-large' });
    const fits = await declared(JSON.stringify(evidenceBody({ title: '声明长度' })));
    expect(fits.status).toBe(201);
    expect(await readJson(fits)).toMatchObject({ title: '声明长度' });
  });

  it('lists a learner’s evidence in ledger order with cursor pages, every status included', async () => {
    const other = await signUp(t.app, 'learner', '列表');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await deposit(t.app, other, { title: `第${i}项` })).id);
    await post(`/api/evidence/${ids[1]}/revoke`, {}, other);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await get(
        `/api/evidence?learner=${other.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        other,
      );
      expect(res.status).toBe(200);
      const page = await readJson(res);
      seen.push(...page.items.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(ids);
    const own = await readJson(await get('/api/evidence?limit=100', other));
    expect(own.items.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(own.items[1].status).toBe('revoked');
  });

  it('a correction is a new piece that supersedes the old; the old stays, marked superseded', async () => {
    const old = await deposit(t.app, learner, { title: '写错的标题' });
    const res = await post(`/api/evidence/${old.id}/corrections`, evidenceBody({ title: '正确的标题' }));
    expect(res.status).toBe(201);
    const fixed = await readJson(res);
    expect(fixed).toMatchObject({ title: '正确的标题', supersedes: old.id, status: 'self_reported' });
    expect(fixed.id).not.toBe(old.id);
    const before = await readJson(await get(`/api/evidence/${old.id}`));
    expect(before).toMatchObject({
      title: '写错的标题',
      status: 'superseded',
      supersededBy: fixed.id,
      hash: old.hash,
    });
    const twice = await post(`/api/evidence/${old.id}/corrections`, evidenceBody());
    expect(twice.status).toBe(409);
    expect(await readJson(twice)).toMatchObject({ type: '/problems/conflict' });
    const revokeOld = await post(`/api/evidence/${old.id}/revoke`, {});
    expect(revokeOld.status).toBe(409);
  });

  it('revoking keeps the piece in the ledger, marked revoked with its reason; a second revoke is 409', async () => {
    const piece = await deposit(t.app, learner);
    const res = await post(`/api/evidence/${piece.id}/revoke`, { reason: '重复录入' });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({
      id: piece.id,
      status: 'revoked',
      revocation: { reason: '重复录入', at: expect.any(String) },
      hash: piece.hash,
    });
    expect((await post(`/api/evidence/${piece.id}/revoke`, {})).status).toBe(409);
    expect((await post(`/api/evidence/${piece.id}/corrections`, evidenceBody())).status).toBe(409);
    const bare = await t.app.request(
      `/api/evidence/${(await deposit(t.app, learner)).id}/revoke`,
      bearer(learner.token, { method: 'POST' }),
    );
    expect(bare.status).toBe(200);
    expect((await post(`/api/evidence/${piece.id}/revoke`, { why: 'x' })).status).toBe(400);
  });

  it('non-learners need ?learner= to list; unknown evidence is 404', async () => {
    const employer = await signUp(t.app, 'employer');
    const res = await get('/api/evidence', employer);
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors[0].path).toBe('learner');
    expect((await get('/api/evidence/ev_does-not-exist')).status).toBe(404);
  });

  it('unauthenticated writes are 401 before the body is even looked at', async () => {
    const res = await t.app.request('/api/evidence', json({ nonsense: true }));
    expect(res.status).toBe(401);
  });
});

/** Accounts and bearer authentication, through app.request, on every dialect. */
import { createHash } from 'node:crypto';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, bearerToken } from '../src/adapters/http/auth.js';
import { bearer, signUp } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789abcdef';

describe.each(testDatabases())('accounts API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: ADMIN_TOKEN } });
  });
  afterAll(() => t.destroy());

  it('signs up a learner: 201 with the token once; only its SHA-256 is stored', async () => {
    const res = await t.app.request('/api/accounts', json({ role: 'learner', name: '李华' }));
    expect(res.status).toBe(201);
    const body = await readJson(res);
    expect(body).toMatchObject({ role: 'learner', name: '李华', organisation: null, publicKey: null });
    expect(body.id).toEqual(expect.any(String));
    expect(body.token).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
    const row = await t.handle.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(body.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(body.token);
    const me = await t.app.request('/api/me', bearer(body.token));
    expect(me.status).toBe(200);
    expect(await readJson(me)).toEqual({
      id: body.id,
      role: 'learner',
      name: '李华',
      organisation: null,
      publicKey: null,
      createdAt: expect.any(String),
    });
  });

  it('gives employers and advisors an Ed25519 key: public half published, private half sealed', async () => {
    const employer = await signUp(t.app, 'employer', '张经理', '某新能源公司');
    expect(employer.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const res = await t.app.request(`/api/accounts/${employer.id}/public-key`);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({
      accountId: employer.id,
      role: 'employer',
      name: '张经理',
      organisation: '某新能源公司',
      algorithm: 'Ed25519',
      publicKey: employer.publicKey,
      jwk: { kty: 'OKP', crv: 'Ed25519', x: employer.publicKey },
    });
    const row = await t.handle.db
      .selectFrom('accounts')
      .select(['private_key_wrapped'])
      .where('id', '=', employer.id)
      .executeTakeFirstOrThrow();
    expect(row.private_key_wrapped).toMatch(/^v1\./);
    expect(row.private_key_wrapped).not.toContain('PRIVATE KEY');
    const advisor = await signUp(t.app, 'advisor', '陈老师', '某职业技术学院');
    expect(advisor.publicKey).not.toBeNull();
  });

  it('publishes keys only for attesters: a learner or unknown id is 404', async () => {
    const learner = await signUp(t.app, 'learner');
    expect((await t.app.request(`/api/accounts/${learner.id}/public-key`)).status).toBe(404);
    expect((await t.app.request('/api/accounts/ac_nobody/public-key')).status).toBe(404);
  });

  it.each([
    [{ role: 'admin', name: 'x' }, 'role'],
    [{ role: 'teacher', name: 'x' }, 'role'],
    [{ role: 'learner' }, 'name'],
    [{ role: 'learner', name: '' }, 'name'],
    [{ role: 'learner', name: 'x'.repeat(201) }, 'name'],
    [{ role: 'learner', name: 'x', organisation: 'y'.repeat(201) }, 'organisation'],
    [{ role: 'learner', name: 'x', isAdmin: true }, 'isAdmin'],
  ])('rejects sign-up %j with 400 naming %s', async (body, field) => {
    const res = await t.app.request('/api/accounts', json(body));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await readJson(res);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('GET /api/me without a token, with a bad one, or a malformed header → 401 with a challenge', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer sbk_not-a-real-token' },
      { authorization: 'Basic abc' },
    ]) {
      const res = await t.app.request('/api/me', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await readJson(res)).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    }
  });

  it('the configured admin token is the admin account', async () => {
    const res = await t.app.request('/api/me', bearer(ADMIN_TOKEN));
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id: 'admin', role: 'admin' });
    expect((await t.app.request('/api/me', bearer(`${ADMIN_TOKEN}x`))).status).toBe(401);
  });

  it('authenticate() is the one token check (sessions reuse it)', async () => {
    const learner = await signUp(t.app, 'learner');
    const config = { adminToken: ADMIN_TOKEN };
    expect(await authenticate(t.deps.db, config, learner.token)).toMatchObject({ id: learner.id });
    expect(await authenticate(t.deps.db, config, ADMIN_TOKEN)).toMatchObject({ role: 'admin' });
    expect(await authenticate(t.deps.db, { adminToken: null }, ADMIN_TOKEN)).toBeNull();
    expect(await authenticate(t.deps.db, config, '')).toBeNull();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Token abc')).toBeNull();
  });

  it('documents the bearer scheme and the new paths in OpenAPI', async () => {
    const doc = await readJson(await t.app.request('/openapi.json'));
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/me'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/accounts',
        '/api/evidence',
        '/api/evidence/{id}/corrections',
        '/api/evidence/{id}/revoke',
        '/api/evidence/{id}/attestation-requests',
        '/api/evidence/{id}/attestations',
        '/api/attestation-requests',
        '/api/learners/{id}/ledger/verify',
        '/api/learners/{id}/profile',
        '/api/learners/{id}/consent',
        '/api/learners/{id}/export',
      ]),
    );
    expect(doc.components.schemas.EvidenceInput.additionalProperties).toBe(false);
  });

  it('replaces the token (POST /api/me/access-key) and recovers with the one-time recovery code', async () => {
    const created = await readJson(
      await t.app.request('/api/accounts', json({ role: 'advisor', name: '黄老师', organisation: '某学院' })),
    );
    expect(created.recoveryCode).toMatch(/^([A-Z2-9]{5}-){4}[A-Z2-9]{5}$/);
    const row = await t.handle.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.recovery_hash).not.toContain(created.recoveryCode);
    expect(row.private_key_recovery_wrapped).toMatch(/^v1\./);

    const replaced = await t.app.request('/api/me/access-key', bearer(created.token, { method: 'POST' }));
    expect(replaced.status).toBe(200);
    const { token } = await readJson(replaced);
    expect(token).toMatch(/^sbk_/);
    expect((await t.app.request('/api/me', bearer(created.token))).status).toBe(401);
    expect((await t.app.request('/api/me', bearer(token))).status).toBe(200);
    const admin = await t.app.request('/api/me/access-key', bearer(ADMIN_TOKEN, { method: 'POST' }));
    expect(admin.status).toBe(403);

    const wrong = await t.app.request('/api/accounts/recover', json({ recoveryCode: 'nope' }));
    expect(wrong.status).toBe(400);
    expect((await readJson(wrong)).errors).toEqual([{ path: 'recoveryCode', message: expect.any(String) }]);
    const recovered = await t.app.request(
      '/api/accounts/recover',
      json({ recoveryCode: created.recoveryCode }),
    );
    expect(recovered.status).toBe(200);
    const body = await readJson(recovered);
    expect(body).toMatchObject({ id: created.id, role: 'advisor', publicKey: created.publicKey });
    expect(body.recoveryCode).not.toBe(created.recoveryCode);
    expect((await t.app.request('/api/me', bearer(token))).status).toBe(401);
    expect((await t.app.request('/api/me', bearer(body.token))).status).toBe(200);
    const again = await t.app.request('/api/accounts/recover', json({ recoveryCode: created.recoveryCode }));
    expect(again.status).toBe(400);
  });
});

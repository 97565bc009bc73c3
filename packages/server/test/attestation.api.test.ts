/** Attestation: requests, the inbox, Ed25519 signatures, through app.request, on every dialect. */
import { attestationMessage, verifyText } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askToAttest, attest, bearer, deposit, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('attestation API on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let employer: TestAccount;
  let advisor: TestAccount;
  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '赵同学');
    employer = await signUp(t.app, 'employer', '钱经理', '某光伏公司');
    advisor = await signUp(t.app, 'advisor', '孙老师', '某职业技术学院');
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: unknown, who: TestAccount) =>
    t.app.request(path, bearer(who.token, json(body)));
  const get = (path: string, who: TestAccount) => t.app.request(path, bearer(who.token));

  it('asks, lists in the inbox, signs: the evidence becomes attested and the signature verifies', async () => {
    const piece = await deposit(t.app, learner);
    const request = await askToAttest(t.app, learner, piece.id, employer);
    expect(request).toMatchObject({
      evidenceId: piece.id,
      learnerId: learner.id,
      attesterId: employer.id,
      message: '请为此项目作证',
      status: 'requested',
    });

    const inbox = await readJson(await get('/api/attestation-requests', employer));
    expect(inbox.items[0]).toMatchObject({
      id: request.id,
      status: 'requested',
      evidence: { id: piece.id, title: piece.title, hash: piece.hash },
      learner: { id: learner.id, name: '赵同学' },
    });
    const sent = await readJson(await get('/api/attestation-requests', learner));
    expect(sent.items.map((r: { id: string }) => r.id)).toContain(request.id);

    // The attester may read the piece they were asked about (and nothing else of the learner's).
    expect((await get(`/api/evidence/${piece.id}`, employer)).status).toBe(200);
    expect((await get(`/api/evidence?learner=${learner.id}`, employer)).status).toBe(404);

    const signed = await attest(t.app, employer, piece.id, {
      statement: '该生在我司完成此项目，表现良好。',
      level: 3,
    });
    expect(signed).toEqual({
      id: expect.any(String),
      evidenceId: piece.id,
      evidenceHash: piece.hash,
      attesterId: employer.id,
      statement: '该生在我司完成此项目，表现良好。',
      level: 3,
      algorithm: 'Ed25519',
      signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
      createdAt: expect.any(String),
    });

    const key = await readJson(await t.app.request(`/api/accounts/${employer.id}/public-key`));
    const message = attestationMessage({
      id: signed.id,
      evidenceId: piece.id,
      evidenceHash: piece.hash,
      learnerId: learner.id,
      attesterId: employer.id,
      statement: signed.statement,
      level: 3,
      signedAt: signed.createdAt,
    });
    expect(verifyText(key.publicKey, message, signed.signature)).toBe(true);
    expect(verifyText(key.publicKey, message.replace('良好', '优秀'), signed.signature)).toBe(false);

    const after = await readJson(await get(`/api/evidence/${piece.id}`, learner));
    expect(after.status).toBe('attested');
    expect(after.attestations).toEqual([signed]);
    const inboxAfter = await readJson(await get('/api/attestation-requests', employer));
    expect(inboxAfter.items.find((r: { id: string }) => r.id === request.id).status).toBe('signed');
  });

  it('an attester signs once; an attestation with no statement or level is fine', async () => {
    const piece = await deposit(t.app, learner);
    await askToAttest(t.app, learner, piece.id, advisor);
    await attest(t.app, advisor, piece.id);
    const again = await post(`/api/evidence/${piece.id}/attestations`, {}, advisor);
    expect(again.status).toBe(409);
  });

  it('only an attester the learner asked signs: others get 404 (or 403 when they may see it)', async () => {
    const piece = await deposit(t.app, learner);
    const stranger = await signUp(t.app, 'employer', '未被邀请');
    expect((await post(`/api/evidence/${piece.id}/attestations`, {}, stranger)).status).toBe(404);
    expect((await post(`/api/evidence/${piece.id}/attestations`, {}, learner)).status).toBe(403);
    await t.app.request(
      `/api/learners/${learner.id}/consent`,
      bearer(learner.token, json({ discoverableByEmployers: true }, { method: 'PUT' })),
    );
    expect((await post(`/api/evidence/${piece.id}/attestations`, {}, stranger)).status).toBe(403);
    await t.app.request(
      `/api/learners/${learner.id}/consent`,
      bearer(learner.token, json({ discoverableByEmployers: false }, { method: 'PUT' })),
    );
  });

  it('requests must name an attester account, once, for active evidence, by its learner', async () => {
    const piece = await deposit(t.app, learner);
    const other = await signUp(t.app, 'learner');
    const toLearner = await post(
      `/api/evidence/${piece.id}/attestation-requests`,
      { attesterId: other.id },
      learner,
    );
    expect(toLearner.status).toBe(400);
    expect((await readJson(toLearner)).errors[0].path).toBe('attesterId');
    expect(
      (await post(`/api/evidence/${piece.id}/attestation-requests`, { attesterId: 'ac_nobody' }, learner))
        .status,
    ).toBe(400);
    expect(
      (
        await post(
          `/api/evidence/${piece.id}/attestation-requests`,
          { attesterId: employer.id, cc: 'x' },
          learner,
        )
      ).status,
    ).toBe(400);
    await askToAttest(t.app, learner, piece.id, employer);
    expect(
      (await post(`/api/evidence/${piece.id}/attestation-requests`, { attesterId: employer.id }, learner))
        .status,
    ).toBe(409);
    expect(
      (await post(`/api/evidence/${piece.id}/attestation-requests`, { attesterId: advisor.id }, other))
        .status,
    ).toBe(404);
    await post(`/api/evidence/${piece.id}/revoke`, {}, learner);
    expect(
      (await post(`/api/evidence/${piece.id}/attestation-requests`, { attesterId: advisor.id }, learner))
        .status,
    ).toBe(409);
  });

  it('a revoked or corrected piece cannot be attested; its request shows as withdrawn', async () => {
    const piece = await deposit(t.app, learner);
    await askToAttest(t.app, learner, piece.id, advisor);
    await post(`/api/evidence/${piece.id}/revoke`, {}, learner);
    const res = await post(`/api/evidence/${piece.id}/attestations`, { level: 4 }, advisor);
    expect(res.status).toBe(409);
    const inbox = await readJson(await get('/api/attestation-requests?limit=100', advisor));
    expect(inbox.items.find((r: { evidenceId: string }) => r.evidenceId === piece.id).status).toBe(
      'withdrawn',
    );
  });

  it('validates the attestation body: level 1–8, statement bounded, no unknown fields', async () => {
    const piece = await deposit(t.app, learner);
    await askToAttest(t.app, learner, piece.id, advisor);
    for (const [body, field] of [
      [{ level: 0 }, 'level'],
      [{ level: 9 }, 'level'],
      [{ statement: 's'.repeat(2001) }, 'statement'],
      [{ signature: 'forged' }, 'signature'],
    ] as const) {
      const res = await post(`/api/evidence/${piece.id}/attestations`, body, advisor);
      expect(res.status).toBe(400);
      expect((await readJson(res)).errors.map((e: { path: string }) => e.path)).toContain(field);
    }
  });

  it('races end in one success and clear conflicts, never a 500', async () => {
    const piece = await deposit(t.app, learner);
    const asks = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/api/evidence/${piece.id}/attestation-requests`, { attesterId: advisor.id }, learner),
      ),
    );
    expect(asks.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const signs = await Promise.all(
      Array.from({ length: 5 }, () => post(`/api/evidence/${piece.id}/attestations`, { level: 3 }, advisor)),
    );
    expect(signs.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const revokes = await Promise.all(
      Array.from({ length: 5 }, () => post(`/api/evidence/${piece.id}/revoke`, {}, learner)),
    );
    expect(revokes.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const report = await readJson(await get(`/api/learners/${learner.id}/ledger/verify`, learner));
    expect(report.ok).toBe(true);
  });

  it('the administrator has no inbox', async () => {
    const admin = {
      id: 'admin',
      role: 'learner' as const,
      token: 'admin-token-for-tests-0123456789abcdef',
      publicKey: null,
    };
    const withAdmin = await openTestApp(database, { env: { SKILLBANK_ADMIN_TOKEN: admin.token } });
    try {
      expect((await withAdmin.app.request('/api/attestation-requests', bearer(admin.token))).status).toBe(
        403,
      );
    } finally {
      await withAdmin.destroy();
    }
  });
});

/**
 * Attestation requests as a conversation, through app.request on every dialect: the attester asks
 * for more or declines with a reason, the learner answers; invite links; who may do which move;
 * and that none of it changes the stored evidence or the ledger.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askToAttest, attest, bearer, deposit, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('attestation requests on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let employer: TestAccount;
  let other: TestAccount;
  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '周同学');
    employer = await signUp(t.app, 'employer', '吴经理', '某数据公司');
    other = await signUp(t.app, 'learner', '郑同学');
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: unknown, who: TestAccount) =>
    t.app.request(path, bearer(who.token, json(body)));
  const get = (path: string, who: TestAccount) => t.app.request(path, bearer(who.token));
  /** What the learner's ledger holds for the piece: its stored form and the chain's entries. */
  const stored = async (evidenceId: string) => ({
    evidence: await readJson(await get(`/api/evidence/${evidenceId}`, learner)),
    ledger: await readJson(await get(`/api/learners/${learner.id}/ledger/verify`, learner)),
  });

  it('ask → answer (with attachments) → sign; both sides see each state; the evidence is unchanged until signed', async () => {
    const piece = await deposit(t.app, learner);
    const request = await askToAttest(t.app, learner, piece.id, employer);
    expect(request).toMatchObject({ status: 'requested', awaiting: 'attester', events: [] });
    const before = await stored(piece.id);

    const asked = await post(
      `/api/attestation-requests/${request.id}/questions`,
      { question: '这个项目的数据量有多大？' },
      employer,
    );
    expect(asked.status).toBe(201);
    expect(await readJson(asked)).toMatchObject({
      status: 'info_requested',
      awaiting: 'learner',
      events: [{ kind: 'asked', actorId: employer.id, text: '这个项目的数据量有多大？', attachments: [] }],
    });
    // The learner reads the same state and question.
    const seen = await readJson(await get(`/api/attestation-requests/${request.id}`, learner));
    expect(seen).toMatchObject({ status: 'info_requested', events: [{ kind: 'asked' }] });
    // Asking again before an answer is refused: it is the learner's turn.
    expect(
      (await post(`/api/attestation-requests/${request.id}/questions`, { question: '还有？' }, employer))
        .status,
    ).toBe(409);

    const answered = await post(
      `/api/attestation-requests/${request.id}/answers`,
      {
        text: '约 200 万条订单记录。',
        attachments: [{ url: 'https://example.com/report.pdf', name: '项目报告' }, { name: '截图.png' }],
      },
      learner,
    );
    expect(answered.status).toBe(201);
    const back = await readJson(answered);
    expect(back).toMatchObject({ status: 'answered', awaiting: 'attester' });
    expect(back.events.map((e: { kind: string }) => e.kind)).toEqual(['asked', 'answered']);
    expect(back.events[1].attachments).toEqual([
      { url: 'https://example.com/report.pdf', name: '项目报告' },
      { name: '截图.png' },
    ]);
    const inbox = await readJson(await get('/api/attestation-requests', employer));
    expect(inbox.items.find((r: { id: string }) => r.id === request.id)).toMatchObject({
      status: 'answered',
    });

    // Questions and answers changed neither the stored piece nor the ledger.
    expect(await stored(piece.id)).toEqual(before);

    await attest(t.app, employer, piece.id, { statement: '属实。' });
    const signed = await readJson(await get(`/api/attestation-requests/${request.id}`, learner));
    expect(signed).toMatchObject({ status: 'signed', awaiting: null });
    expect((await readJson(await get(`/api/evidence/${piece.id}`, learner))).status).toBe('attested');
  });

  it('decline with a reason is final: no signature afterwards, no change to the evidence or ledger', async () => {
    const piece = await deposit(t.app, learner);
    const request = await askToAttest(t.app, learner, piece.id, employer);
    const before = await stored(piece.id);
    const empty = await post(`/api/attestation-requests/${request.id}/decline`, { reason: '  ' }, employer);
    expect(empty.status).toBe(400);
    expect((await readJson(empty)).errors).toEqual([expect.objectContaining({ path: 'reason' })]);

    const declined = await post(
      `/api/attestation-requests/${request.id}/decline`,
      { reason: '我没有参与这个项目，无法证明。' },
      employer,
    );
    expect(declined.status).toBe(200);
    expect(await readJson(declined)).toMatchObject({
      status: 'declined',
      awaiting: null,
      events: [{ kind: 'declined', text: '我没有参与这个项目，无法证明。' }],
    });
    const sent = await readJson(await get('/api/attestation-requests', learner));
    expect(sent.items.find((r: { id: string }) => r.id === request.id)).toMatchObject({
      status: 'declined',
      events: [{ kind: 'declined', text: '我没有参与这个项目，无法证明。' }],
    });
    expect(await stored(piece.id)).toEqual(before);
    expect(before.evidence.status).toBe('self_reported');

    const sign = await post(`/api/evidence/${piece.id}/attestations`, {}, employer);
    expect(sign.status).toBe(409);
    expect((await readJson(sign)).detail).toContain('declined');
    for (const [path, body, who] of [
      ['questions', { question: '?' }, employer],
      ['decline', { reason: '再次' }, employer],
      ['answers', { text: '补充' }, learner],
    ] as const) {
      expect((await post(`/api/attestation-requests/${request.id}/${path}`, body, who)).status).toBe(409);
    }
    expect(await stored(piece.id)).toEqual(before);
  });

  it('each side makes only its own moves; anyone else learns nothing', async () => {
    const piece = await deposit(t.app, learner);
    const request = await askToAttest(t.app, learner, piece.id, employer);
    const path = `/api/attestation-requests/${request.id}`;
    expect((await post(`${path}/questions`, { question: '?' }, learner)).status).toBe(403);
    expect((await post(`${path}/decline`, { reason: '不' }, learner)).status).toBe(403);
    expect((await post(`${path}/answers`, { text: '答' }, employer)).status).toBe(403);
    // Not the learner's turn yet: nothing was asked.
    expect((await post(`${path}/answers`, { text: '答' }, learner)).status).toBe(409);
    for (const res of [
      await get(path, other),
      await post(`${path}/answers`, { text: '答' }, other),
      await post(`${path}/questions`, { question: '?' }, other),
      await get('/api/attestation-requests/ar_nosuchrequest', learner),
    ])
      expect(res.status).toBe(404);
    expect((await post(`${path}/questions`, { question: '?', extra: 1 }, employer)).status).toBe(400);
    expect((await t.app.request(`${path}`)).status).toBe(401);
  });

  it('an invite link makes whoever opens it (an employer or advisor) the attester asked, once', async () => {
    const piece = await deposit(t.app, learner);
    const made = await post(
      `/api/evidence/${piece.id}/attestation-invites`,
      { message: '请王老师认证' },
      learner,
    );
    expect(made.status).toBe(201);
    const invite = await readJson(made);
    expect(invite).toMatchObject({
      code: expect.stringMatching(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/),
      url: expect.stringMatching(/\/attest\/[2-9A-Z]{5}-[2-9A-Z]{5}$/),
      status: 'open',
      requestId: null,
    });
    expect((await post(`/api/evidence/${piece.id}/attestation-invites`, {}, other)).status).toBe(404);
    // Learners do not accept invites; a wrong code names the field.
    expect((await post('/api/attestation-invites/claim', { code: invite.code }, other)).status).toBe(403);
    const wrong = await post('/api/attestation-invites/claim', { code: 'AAAAA-AAAAA' }, employer);
    expect(wrong.status).toBe(400);
    expect((await readJson(wrong)).errors).toEqual([expect.objectContaining({ path: 'code' })]);

    const advisor = await signUp(t.app, 'advisor', '王老师', '某学院');
    // Typed loosely: lower case, no dash.
    const claimed = await post(
      '/api/attestation-invites/claim',
      { code: invite.code.toLowerCase().replace('-', ' ') },
      advisor,
    );
    expect(claimed.status).toBe(201);
    const request = await readJson(claimed);
    expect(request).toMatchObject({
      evidenceId: piece.id,
      attesterId: advisor.id,
      message: '请王老师认证',
      status: 'requested',
    });
    // Used once: a second opening is refused.
    expect((await post('/api/attestation-invites/claim', { code: invite.code }, employer)).status).toBe(400);
    const listed = await readJson(await get(`/api/evidence/${piece.id}/attestation-invites`, learner));
    expect(listed.items).toEqual([
      expect.objectContaining({ id: invite.id, status: 'used', requestId: request.id }),
    ]);
    // The new attester reads the piece and signs it.
    expect((await get(`/api/evidence/${piece.id}`, advisor)).status).toBe(200);
    await attest(t.app, advisor, piece.id);
    expect((await readJson(await get(`/api/attestation-requests/${request.id}`, learner))).status).toBe(
      'signed',
    );
  });

  it('an expired invite or one for a revoked piece is refused', async () => {
    const piece = await deposit(t.app, learner);
    const invite = await readJson(await post(`/api/evidence/${piece.id}/attestation-invites`, {}, learner));
    await t.handle.db
      .updateTable('attestation_invites')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', invite.id)
      .execute();
    expect((await post('/api/attestation-invites/claim', { code: invite.code }, employer)).status).toBe(400);
    const listed = await readJson(await get(`/api/evidence/${piece.id}/attestation-invites`, learner));
    expect(listed.items[0].status).toBe('expired');

    const fresh = await readJson(await post(`/api/evidence/${piece.id}/attestation-invites`, {}, learner));
    expect((await post(`/api/evidence/${piece.id}/revoke`, {}, learner)).status).toBe(200);
    expect((await post('/api/attestation-invites/claim', { code: fresh.code }, employer)).status).toBe(409);
    expect((await post(`/api/evidence/${piece.id}/attestation-invites`, {}, learner)).status).toBe(409);
  });
});

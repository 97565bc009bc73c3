/**
 * Tampering with stored rows, seen through the API on every dialect: what `/ledger/verify`
 * reports and what the evidence, consent and inbox endpoints still serve.
 */
import { ledgerEntryHash } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askToAttest,
  bearer,
  deposit,
  setConsent,
  signUp,
  type TestAccount,
} from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('tampering seen through the API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  const get = async (path: string, who: TestAccount) => t.app.request(path, bearer(who.token));
  const verify = async (learner: TestAccount) =>
    readJson(await get(`/api/learners/${learner.id}/ledger/verify`, learner));

  it('a deleted head: verify is not ok and /api/evidence lists nothing', async () => {
    const learner = await signUp(t.app, 'learner');
    const piece = await deposit(t.app, learner);
    await deposit(t.app, learner, { title: '第二项' });
    await t.handle.db.deleteFrom('ledger_heads').where('learner_id', '=', learner.id).execute();
    const report = await verify(learner);
    expect(report.ok).toBe(false);
    expect(report.firstBadEntry.reason).toMatch(/chain head is missing/);
    expect((await readJson(await get('/api/evidence', learner))).items).toEqual([]);
    expect((await get(`/api/evidence/${piece.id}`, learner)).status).toBe(404);
  });

  it('a consent change inserted after the head: the consent API and verify do not obey it', async () => {
    const learner = await signUp(t.app, 'learner');
    await deposit(t.app, learner);
    await setConsent(t.app, learner, { discoverableByEmployers: true });
    const h = await t.handle.db
      .selectFrom('ledger_heads')
      .selectAll()
      .where('learner_id', '=', learner.id)
      .executeTakeFirstOrThrow();
    const unhashed = {
      id: 'le_rogueconsent00001',
      learnerId: learner.id,
      seq: Number(h.seq) + 1,
      type: 'consent' as const,
      evidenceId: null,
      refId: null,
      actorId: learner.id,
      payload: { advisorsCanSeeEvidence: true, discoverableByEmployers: false },
      prevHash: h.hash,
      createdAt: new Date().toISOString(),
    };
    await t.handle.db
      .insertInto('ledger_entries')
      .values({
        id: unhashed.id,
        learner_id: learner.id,
        seq: unhashed.seq,
        type: 'consent',
        evidence_id: null,
        ref_id: null,
        actor_id: learner.id,
        payload: JSON.stringify(unhashed.payload),
        prev_hash: h.hash,
        hash: ledgerEntryHash(unhashed),
        created_at: unhashed.createdAt,
      })
      .execute();
    const consent = await readJson(await get(`/api/learners/${learner.id}/consent`, learner));
    expect(consent).toMatchObject({ discoverableByEmployers: true, advisorsCanSeeEvidence: false });
    const report = await verify(learner);
    expect(report).toMatchObject({ ok: false, firstBadEntry: { seq: unhashed.seq, check: 'hashChain' } });
  });

  it('an attester no longer sees the title or kind of evidence the learner revoked', async () => {
    const learner = await signUp(t.app, 'learner');
    const employer = await signUp(t.app, 'employer', '张经理', '某公司');
    const piece = await deposit(t.app, learner, { title: '不再公开的项目' });
    await askToAttest(t.app, learner, piece.id, employer);
    const before = await readJson(await get('/api/attestation-requests', employer));
    expect(before.items[0].evidence).toMatchObject({ title: '不再公开的项目', kind: 'work_project' });
    const revoked = await t.app.request(`/api/evidence/${piece.id}/revoke`, bearer(learner.token, json({})));
    expect(revoked.status).toBe(200);
    const inbox = await readJson(await get('/api/attestation-requests', employer));
    expect(inbox.items[0]).toMatchObject({
      status: 'withdrawn',
      evidence: { id: piece.id, title: '', kind: '' },
    });
    expect(JSON.stringify(inbox)).not.toContain('不再公开的项目');
    expect((await get(`/api/evidence/${piece.id}`, employer)).status).toBe(404);
    // The learner still sees what they revoked.
    const sent = await readJson(await get('/api/attestation-requests', learner));
    expect(sent.items[0].evidence).toMatchObject({ title: '不再公开的项目', status: 'revoked' });
  });
});

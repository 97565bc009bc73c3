/** Ledger verification (with tampering in the database), profile, consent and export, on every dialect. */
import { PROFILE_FORMULA_VERSION, verifyExport } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askToAttest,
  attest,
  bearer,
  deposit,
  setConsent,
  signUp,
  type TestAccount,
} from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('learner account API on $name', (database) => {
  let t: TestApp;
  let employer: TestAccount;
  beforeAll(async () => {
    t = await openTestApp(database);
    employer = await signUp(t.app, 'employer', '周经理', '某制造企业');
  });
  afterAll(() => t.destroy());

  const get = (path: string, who: TestAccount) => t.app.request(path, bearer(who.token));
  const verify = async (learner: TestAccount) => {
    const res = await get(`/api/learners/${learner.id}/ledger/verify`, learner);
    expect(res.status).toBe(200);
    return readJson(res);
  };

  /** A learner with a deposit, an attested deposit, a correction, a revocation and a consent change. */
  async function busyLearner() {
    const learner = await signUp(t.app, 'learner', '吴同学');
    const first = await deposit(t.app, learner, { title: '项目一' });
    const second = await deposit(t.app, learner, { title: '项目二' });
    await askToAttest(t.app, learner, second.id, employer);
    await attest(t.app, employer, second.id, { statement: '属实', level: 4 });
    const fixed = await readJson(
      await t.app.request(
        `/api/evidence/${first.id}/corrections`,
        bearer(learner.token, json(correctionOf(first))),
      ),
    );
    const third = await deposit(t.app, learner, { title: '项目三' });
    await t.app.request(`/api/evidence/${third.id}/revoke`, bearer(learner.token, json({ reason: '误录' })));
    await setConsent(t.app, learner, { discoverableByEmployers: true });
    return { learner, first, second, fixed, third };
  }
  const correctionOf = (e: Record<string, unknown>) => ({
    kind: e.kind,
    title: '项目一（更正）',
    description: e.description,
    occurredOn: e.occurredOn,
  });

  it('verifies a busy ledger: every check ok, each reported on its own', async () => {
    const { learner } = await busyLearner();
    expect(await verify(learner)).toEqual({
      ok: true,
      entries: 7,
      head: { seq: 7, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      checks: {
        hashChain: { ok: true, checked: 7 },
        signatures: { ok: true, checked: 1 },
        revocations: { ok: true, checked: 3 },
      },
    });
  });

  it('names the first bad entry when a stored row is edited in the database', async () => {
    const { learner, second } = await busyLearner();
    const row = await t.handle.db
      .selectFrom('ledger_entries')
      .select(['id', 'seq', 'payload'])
      .where('evidence_id', '=', second.id)
      .where('type', '=', 'deposit')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .updateTable('ledger_entries')
      .set({ payload: row.payload.replace('项目二', '项目二（夸大）') })
      .where('id', '=', row.id)
      .execute();
    const report = await verify(learner);
    expect(report.ok).toBe(false);
    expect(report.firstBadEntry).toMatchObject({ seq: row.seq, id: row.id, check: 'hashChain' });
    expect(report.checks.hashChain).toMatchObject({ ok: false, firstBadEntry: { seq: row.seq } });
    // The attestation signed the original content: the signature check fails too, on its own.
    expect(report.checks.signatures.ok).toBe(false);
    expect(report.checks.revocations.ok).toBe(true);
  });

  it('detects a forged signature, a swapped public key, a removed entry and a rewritten status', async () => {
    const a = await busyLearner();
    const att = await t.handle.db
      .selectFrom('ledger_entries')
      .select(['id', 'seq', 'payload'])
      .where('learner_id', '=', a.learner.id)
      .where('type', '=', 'attestation')
      .executeTakeFirstOrThrow();
    const forged = JSON.parse(att.payload);
    forged.signature = `${forged.signature.slice(0, -4)}AAAA`;
    await t.handle.db
      .updateTable('ledger_entries')
      .set({ payload: JSON.stringify(forged) })
      .where('id', '=', att.id)
      .execute();
    const forgedReport = await verify(a.learner);
    expect(forgedReport.checks.signatures).toMatchObject({ ok: false, firstBadEntry: { seq: att.seq } });

    const b = await busyLearner();
    const intruder = await signUp(t.app, 'employer', '冒名者');
    const setKey = (key: string | null) =>
      t.handle.db.updateTable('accounts').set({ public_key: key }).where('id', '=', employer.id).execute();
    await setKey(intruder.publicKey);
    try {
      const swapped = await verify(b.learner);
      expect(swapped.ok).toBe(false);
      expect(swapped.checks.hashChain.ok).toBe(true);
      expect(swapped.checks.signatures.ok).toBe(false);
    } finally {
      await setKey(employer.publicKey);
    }

    const c = await busyLearner();
    const remove = (learnerId: string, seq: number) =>
      t.handle.db
        .deleteFrom('ledger_entries')
        .where('learner_id', '=', learnerId)
        .where('seq', '=', seq)
        .execute();
    await remove(c.learner.id, 7);
    const truncated = await verify(c.learner);
    expect(truncated).toMatchObject({ ok: false, firstBadEntry: { check: 'hashChain', seq: 7 } });
    const d = await busyLearner();
    await remove(d.learner.id, 2);
    expect((await verify(d.learner)).firstBadEntry).toMatchObject({ check: 'hashChain', seq: 3 });

    const e = await busyLearner();
    await t.handle.db
      .updateTable('ledger_entries')
      .set({ type: 'consent' })
      .where('learner_id', '=', e.learner.id)
      .where('type', '=', 'revocation')
      .execute();
    expect((await verify(e.learner)).checks.hashChain.ok).toBe(false);
  });

  it('derives the profile from active evidence only, with provenance and the formula version', async () => {
    const learner = await signUp(t.app, 'learner');
    const self = await deposit(t.app, learner, {
      kind: 'learning',
      skills: [{ name: 'PLC编程', level: 2 }],
      occupationCodes: [],
    });
    const shown = await deposit(t.app, learner, {
      kind: 'work_project',
      skills: [{ name: 'plc编程', level: 5 }, { name: 'Teamwork' }],
    });
    await askToAttest(t.app, learner, shown.id, employer);
    await attest(t.app, employer, shown.id, { level: 5 });
    const revoked = await deposit(t.app, learner, { skills: [{ name: '焊接', level: 8 }] });
    await t.app.request(`/api/evidence/${revoked.id}/revoke`, bearer(learner.token, { method: 'POST' }));

    const res = await get(`/api/learners/${learner.id}/profile?asOf=2026-01-01`, learner);
    expect(res.status).toBe(200);
    const profile = await readJson(res);
    expect(profile).toMatchObject({
      learnerId: learner.id,
      asOf: '2026-01-01',
      formula: { version: PROFILE_FORMULA_VERSION },
    });
    expect(profile.updatedAt).toEqual(expect.any(String));
    const names = profile.skills.map((s: { name: string }) => s.name);
    expect(names).not.toContain('焊接');
    const plc = profile.skills.find((s: { key: string }) => s.key === 'plc编程');
    expect(plc.evidenceIds.sort()).toEqual([self.id, shown.id].sort());
    // The attested level 5 outweighs the self-claimed 2.
    expect(plc.level).toBe(4);
    expect(plc.levelLabel).toEqual({ zh: '高级工', en: 'senior worker' });
    const teamwork = profile.skills.find((s: { core: string | null }) => s.core === 'teamwork');
    expect(teamwork).toMatchObject({ name: '团队合作', level: 5, evidenceIds: [shown.id] });
    const bad = await get(`/api/learners/${learner.id}/profile?asOf=yesterday`, learner);
    expect(bad.status).toBe(400);
  });

  it('consent is recorded with its time, kept as history, and takes effect at once', async () => {
    const learner = await signUp(t.app, 'learner');
    const piece = await deposit(t.app, learner);
    const initial = await readJson(await get(`/api/learners/${learner.id}/consent`, learner));
    expect(initial).toEqual({
      learnerId: learner.id,
      discoverableByEmployers: false,
      advisorsCanSeeEvidence: false,
      updatedAt: null,
      history: [],
    });
    expect((await get(`/api/learners/${learner.id}/profile`, employer)).status).toBe(404);
    expect((await get(`/api/evidence/${piece.id}`, employer)).status).toBe(404);

    const on = await setConsent(t.app, learner, {
      discoverableByEmployers: true,
      advisorsCanSeeEvidence: true,
    });
    expect(on).toMatchObject({
      discoverableByEmployers: true,
      advisorsCanSeeEvidence: true,
      updatedAt: expect.any(String),
    });
    expect((await get(`/api/learners/${learner.id}/profile`, employer)).status).toBe(200);
    expect((await get(`/api/evidence/${piece.id}`, employer)).status).toBe(200);
    expect((await get(`/api/evidence?learner=${learner.id}`, employer)).status).toBe(200);

    const off = await setConsent(t.app, learner, { discoverableByEmployers: false });
    expect(off.advisorsCanSeeEvidence).toBe(true);
    expect(off.history.map((h: { discoverableByEmployers: boolean }) => h.discoverableByEmployers)).toEqual([
      true,
      false,
    ]);
    expect(off.history[0].recordedAt <= off.history[1].recordedAt).toBe(true);
    expect((await get(`/api/learners/${learner.id}/profile`, employer)).status).toBe(404);
    expect((await get(`/api/evidence/${piece.id}`, employer)).status).toBe(404);
    expect((await verify(learner)).ok).toBe(true);

    const bad = await t.app.request(
      `/api/learners/${learner.id}/consent`,
      bearer(
        learner.token,
        json({ discoverableByEmployers: 'yes', shareWithEveryone: true }, { method: 'PUT' }),
      ),
    );
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['discoverableByEmployers', 'shareWithEveryone']),
    );
  });

  it('exports the whole account as one document that verifies on its own; a tampered export fails', async () => {
    const { learner, second, fixed } = await busyLearner();
    const res = await get(`/api/learners/${learner.id}/export`, learner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const doc = await readJson(res);
    expect(doc).toMatchObject({
      format: 'skillbank.account-export',
      version: 1,
      learner: { id: learner.id, name: '吴同学' },
      ledger: { head: { seq: 7 } },
      attesters: [{ id: employer.id, publicKey: employer.publicKey, algorithm: 'Ed25519' }],
      consent: { discoverableByEmployers: true, history: [expect.any(Object)] },
      profile: { learnerId: learner.id },
    });
    expect(doc.ledger.entries).toHaveLength(7);
    expect(doc.evidence.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining([second.id, fixed.id]),
    );
    expect(doc.evidence.find((e: { id: string }) => e.id === second.id).attestations).toHaveLength(1);

    const report = verifyExport(doc, { publicKeys: { [employer.id]: employer.publicKey as string } });
    expect(report).toMatchObject({ ok: true, entries: 7, problems: [] });

    const edited = structuredClone(doc);
    edited.ledger.entries[1].payload.title = '项目二（夸大）';
    expect(verifyExport(edited)).toMatchObject({ ok: false, firstBadEntry: { seq: 2, check: 'hashChain' } });
    const prettier = structuredClone(doc);
    prettier.evidence[0].title = '改过的标题';
    expect(verifyExport(prettier)).toMatchObject({ ok: false, checks: { contents: { ok: false } } });
  });

  it('withdrawn evidence (revoked, superseded) is shown only to the learner and the admin', async () => {
    const learner = await signUp(t.app, 'learner');
    await setConsent(t.app, learner, { discoverableByEmployers: true });
    const kept = await deposit(t.app, learner, { title: '保留' });
    const revoked = await deposit(t.app, learner, { title: '撤回' });
    await t.app.request(`/api/evidence/${revoked.id}/revoke`, bearer(learner.token, json({})));
    const old = await deposit(t.app, learner, { title: '旧版' });
    const fixed = await readJson(
      await t.app.request(
        `/api/evidence/${old.id}/corrections`,
        bearer(learner.token, json(correctionOf(old))),
      ),
    );
    const titles = async (who: TestAccount) =>
      (await readJson(await get(`/api/evidence?learner=${learner.id}`, who))).items.map(
        (e: { id: string }) => e.id,
      );
    expect(await titles(learner)).toEqual([kept.id, revoked.id, old.id, fixed.id]);
    expect(await titles(employer)).toEqual([kept.id, fixed.id]);
    expect((await get(`/api/evidence/${revoked.id}`, employer)).status).toBe(404);
    expect((await get(`/api/evidence/${old.id}`, employer)).status).toBe(404);
    expect((await get(`/api/evidence/${revoked.id}`, learner)).status).toBe(200);
  });

  it('only the learner exports; others get 404, or 403 when they may see the account', async () => {
    const learner = await signUp(t.app, 'learner');
    expect((await get(`/api/learners/${learner.id}/export`, employer)).status).toBe(404);
    await setConsent(t.app, learner, { discoverableByEmployers: true });
    expect((await get(`/api/learners/${learner.id}/export`, employer)).status).toBe(403);
    expect((await get('/api/learners/ac_nobody/export', learner)).status).toBe(404);
  });
});

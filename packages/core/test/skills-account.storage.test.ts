/** The skills account in storage — accounts, ledger, attestation, consent, profile, export — on every dialect. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  attestEvidence,
  buildAccountExport,
  correctEvidence,
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  type EvidenceInput,
  evidenceInputSchema,
  findAccountByToken,
  getEvidence,
  getProfile,
  isTransientConflict,
  listActiveEvidence,
  listDiscoverableLearnerIds,
  openSigningKey,
  requestAttestation,
  revokeEvidence,
  runInTransaction,
  setConsent,
  verifyExport,
  verifyStoredLedger,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const input = (overrides: Record<string, unknown> = {}): EvidenceInput =>
  evidenceInputSchema.parse({
    kind: 'assessment',
    title: '电工中级技能等级认定',
    description: '通过理论与实操考核',
    occurredOn: '2025-09-01',
    skills: [{ name: '电气安装', level: 3 }, { name: '沟通能力' }],
    steps: ['实施计划', '检查控制'],
    occupationCodes: ['6-31-01-03'],
    ...overrides,
  });

describe.each(testDatabases())('skills account storage on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);
  const newAccount = (role: 'learner' | 'employer' | 'advisor', name: string = role) =>
    tx((trx) => createAccount(trx, { role, name }));

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.destroy());

  it('finds accounts by token; the signing key opens only with the right token', async () => {
    const { account, token } = await newAccount('employer', '某企业');
    expect(await findAccountByToken(handle.db, token)).toEqual(account);
    expect(await findAccountByToken(handle.db, `${token}x`)).toBeNull();
    expect(await findAccountByToken(handle.db, 'not-even-a-token')).toBeNull();
    expect(await openSigningKey(handle.db, account.id, token)).not.toBeNull();
    expect(await openSigningKey(handle.db, account.id, `${token}x`)).toBeNull();
    const learner = await newAccount('learner');
    expect(await openSigningKey(handle.db, learner.account.id, learner.token)).toBeNull();
  });

  it('runs the whole life of a piece and keeps every chain verifiable', async () => {
    const { account: learner } = await newAccount('learner', '学员');
    const attester = await newAccount('advisor', '学院');
    const taxonomyId = 'cn2022';
    const first = await tx((trx) => depositEvidence(trx, input(), { learnerId: learner.id, taxonomyId }));
    expect(first).toMatchObject({ status: 'self_reported', entry: { seq: 1 }, learnerId: learner.id });

    await tx((trx) => requestAttestation(trx, first.id, { attesterId: attester.account.id }));
    const signed = await tx((trx) =>
      attestEvidence(trx, first.id, attester.account as Account, { token: attester.token, level: 4 }),
    );
    expect(signed).toMatchObject({ evidenceHash: first.hash, level: 4, seq: 2 });
    expect((await getEvidence(handle.db, first.id))?.status).toBe('attested');

    const second = await tx((trx) =>
      depositEvidence(trx, input({ kind: 'learning' }), { learnerId: learner.id, taxonomyId }),
    );
    const fixed = await tx((trx) =>
      correctEvidence(trx, second.id, input({ kind: 'learning', title: '更正' }), { taxonomyId }),
    );
    const third = await tx((trx) =>
      depositEvidence(trx, input({ kind: 'competition' }), { learnerId: learner.id, taxonomyId }),
    );
    await tx((trx) => revokeEvidence(trx, third.id, { reason: '重复' }));
    await tx((trx) => setConsent(trx, learner.id, { discoverableByEmployers: true }));

    const active = await listActiveEvidence(handle.db, learner.id);
    expect(active.map((e) => e.id)).toEqual([first.id, fixed.id]);
    expect(active[0]).toEqual({
      id: first.id,
      kind: 'assessment',
      title: '电工中级技能等级认定',
      description: '通过理论与实操考核',
      occurredOn: '2025-09-01',
      endedOn: null,
      skills: [
        { name: '电气安装', level: 3 },
        { name: '沟通能力', level: null },
      ],
      steps: ['实施计划', '检查控制'],
      occupationCodes: ['6-31-01-03'],
      attested: true,
      attestedLevel: 4,
    });
    expect(await listDiscoverableLearnerIds(handle.db)).toContain(learner.id);

    const profile = await getProfile(handle.db, learner.id, { asOf: '2026-01-01' });
    const electrical = profile.skills.find((s) => s.name === '电气安装');
    expect(electrical?.evidenceIds.sort()).toEqual([first.id, fixed.id].sort());
    expect(profile.skills.find((s) => s.core === 'communication')?.name).toBe('沟通技能');

    const report = await verifyStoredLedger(handle.db, learner.id);
    expect(report).toMatchObject({ ok: true, entries: 7 });

    const doc = await buildAccountExport(handle.db, learner.id);
    expect(verifyExport(JSON.parse(JSON.stringify(doc)))).toMatchObject({ ok: true, problems: [] });
  });

  it('rejects changes to evidence that is no longer active, and unknown occupation codes', async () => {
    const { account: learner } = await newAccount('learner');
    const piece = await tx((trx) =>
      depositEvidence(trx, input(), { learnerId: learner.id, taxonomyId: 'cn2022' }),
    );
    await tx((trx) => revokeEvidence(trx, piece.id));
    await expect(tx((trx) => revokeEvidence(trx, piece.id))).rejects.toMatchObject({
      kind: 'conflict',
      code: 'evidence.withdrawn',
    });
    await expect(
      tx((trx) =>
        depositEvidence(trx, input({ occupationCodes: ['2-02-38-01', '9-99-99-99'] }), {
          learnerId: learner.id,
          taxonomyId: 'cn2022',
        }),
      ),
    ).rejects.toMatchObject({ kind: 'invalid', problems: [{ path: 'occupationCodes.1' }] });
    // Nothing half-written: the chain still verifies with exactly the two entries.
    expect(await verifyStoredLedger(handle.db, learner.id)).toMatchObject({ ok: true, entries: 2 });
  });

  it('a failure inside the transaction leaves no entry and no moved head', async () => {
    const { account: learner } = await newAccount('learner');
    await expect(
      tx(async (trx) => {
        await depositEvidence(trx, input(), { learnerId: learner.id, taxonomyId: 'cn2022' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await verifyStoredLedger(handle.db, learner.id)).toMatchObject({
      ok: true,
      entries: 0,
      head: { seq: 0 },
    });
  });

  it('retries transient conflicts, and only those', async () => {
    let attempts = 0;
    const value = await runInTransaction(handle.db, async () => {
      attempts += 1;
      if (attempts < 3) throw Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' });
      return 'done';
    });
    expect({ value, attempts }).toEqual({ value: 'done', attempts: 3 });
    let once = 0;
    await expect(
      runInTransaction(handle.db, async () => {
        once += 1;
        throw Object.assign(new Error('duplicate'), {
          code: '23505',
          constraint: 'attestation_requests_once',
        });
      }),
    ).rejects.toThrow('duplicate');
    expect(once).toBe(1);
    expect(isTransientConflict({ code: '40001' })).toBe(true);
    expect(isTransientConflict({ code: '23505', constraint: 'ledger_entries_learner_seq' })).toBe(true);
    expect(isTransientConflict(new Error('x'))).toBe(false);
  });
});

/** Roles, cohorts, disclosures and the bulk learner reads, in storage on every dialect. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createCohort,
  createInvitation,
  createRole,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  getRole,
  isCohortAdvisor,
  joinCohort,
  ledgerVersion,
  listActiveEvidence,
  listActiveEvidenceOf,
  listCohortMembers,
  listConsentStates,
  listDisclosures,
  listDiscoverableLearners,
  listLedgerHeads,
  recordDisclosures,
  removeCohortMember,
  replaceRoleRequirements,
  revokeEvidence,
  runInTransaction,
  setConsent,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const evidence = (title: string) =>
  evidenceInputSchema.parse({
    kind: 'work_project',
    title,
    description: '项目描述',
    occurredOn: '2025-05-01',
  });

describe.each(testDatabases())('roles and cohorts storage on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);
  const newAccount = async (role: 'learner' | 'employer' | 'advisor', name: string = role) =>
    (await tx((trx) => createAccount(trx, { role, name }))).account;

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.destroy());

  it('creates a role from an occupation’s tasks and edits it, never reusing ids', async () => {
    const employer = await newAccount('employer');
    const role = await tx((trx) =>
      createRole(
        trx,
        { title: '光伏运维', occupationCode: '6-28-01-10' },
        { employerId: employer.id, taxonomyId: 'cn2022' },
      ),
    );
    expect(role.requirements[0]).toMatchObject({ id: 'r1', taskId: '6-28-01-10#1', essential: false });
    const n = role.requirements.length;
    const edited = await tx((trx) =>
      replaceRoleRequirements(trx, role.id, [
        { id: 'r2', text: '巡检', essential: true, minLevel: 4 },
        { text: '新增', essential: false },
      ]),
    );
    expect(edited.requirements.map((r) => [r.id, r.taskId, r.minLevel])).toEqual([
      ['r2', '6-28-01-10#2', 4],
      [`r${n + 1}`, null, null],
    ]);
    const dropped = await tx((trx) =>
      replaceRoleRequirements(trx, role.id, [{ text: '再加', essential: true }]),
    );
    expect(dropped.requirements.map((r) => r.id)).toEqual([`r${n + 2}`]);
    expect(await getRole(handle.db, role.id)).toEqual(dropped);
    await expect(
      tx((trx) => createRole(trx, { title: 'x' }, { employerId: employer.id, taxonomyId: 'cn2022' })),
    ).rejects.toMatchObject({ kind: 'invalid', problems: [{ path: 'requirements' }] });
  });

  it('joins by code, makes the advisor a cohort advisor, and forgets it on leaving', async () => {
    const advisor = await newAccount('advisor');
    const learner = await newAccount('learner', '张三');
    const cohort = await createCohort(handle.db, { name: '一班' }, { advisorId: advisor.id });
    const { code } = await createInvitation(handle.db, cohort.id, { createdBy: advisor.id });
    expect(await isCohortAdvisor(handle.db, advisor.id, learner.id)).toBe(false);
    expect((await tx((trx) => joinCohort(trx, code, { learnerId: learner.id }))).status).toBe('joined');
    expect((await tx((trx) => joinCohort(trx, code, { learnerId: learner.id }))).status).toBe(
      'already_member',
    );
    expect(await isCohortAdvisor(handle.db, advisor.id, learner.id)).toBe(true);
    expect(await listCohortMembers(handle.db, cohort.id)).toEqual([
      { learnerId: learner.id, name: '张三', joinedAt: expect.any(String), sharesEvidence: false },
    ]);
    await removeCohortMember(handle.db, cohort.id, learner.id);
    expect(await isCohortAdvisor(handle.db, advisor.id, learner.id)).toBe(false);
    await expect(removeCohortMember(handle.db, cohort.id, learner.id)).rejects.toMatchObject({
      kind: 'not_found',
      code: 'cohort.member_not_found',
    });
  });

  it('reads consent and active evidence in bulk as the one-learner reads do; every change moves the version', async () => {
    const a = await newAccount('learner', 'A');
    const b = await newAccount('learner', 'B');
    const v0 = await ledgerVersion(handle.db);
    const kept = await tx((trx) =>
      depositEvidence(trx, evidence('保留'), { learnerId: a.id, taxonomyId: 'cn2022' }),
    );
    const gone = await tx((trx) =>
      depositEvidence(trx, evidence('撤回'), { learnerId: a.id, taxonomyId: 'cn2022' }),
    );
    await tx((trx) => revokeEvidence(trx, gone.id));
    await tx((trx) => setConsent(trx, a.id, { discoverableByEmployers: true }));
    await tx((trx) => setConsent(trx, b.id, { discoverableByEmployers: true, advisorsCanSeeEvidence: true }));
    await tx((trx) => setConsent(trx, b.id, { discoverableByEmployers: false }));
    expect(await ledgerVersion(handle.db)).toBe(v0 + 6);

    const bulk = await listActiveEvidenceOf(handle.db, [a.id, b.id]);
    expect(bulk.get(a.id)).toEqual(await listActiveEvidence(handle.db, a.id));
    expect(bulk.get(a.id)?.map((e) => e.id)).toEqual([kept.id]);
    expect(bulk.get(b.id)).toEqual([]);
    const consent = await listConsentStates(handle.db, [a.id, b.id, 'ac_nobody']);
    expect(consent.get(a.id)).toEqual({ discoverableByEmployers: true, advisorsCanSeeEvidence: false });
    expect(consent.get(b.id)).toEqual({ discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    expect(consent.get('ac_nobody')).toEqual({
      discoverableByEmployers: false,
      advisorsCanSeeEvidence: false,
    });
    const discoverable = await listDiscoverableLearners(handle.db);
    expect(discoverable.find((d) => d.learnerId === a.id)).toEqual({
      learnerId: a.id,
      name: 'A',
      headSeq: 4,
      headHash: (await listLedgerHeads(handle.db, [a.id])).get(a.id)?.hash,
    });
    expect(discoverable.some((d) => d.learnerId === b.id)).toBe(false);
  });

  it('records disclosures and lists them for the learner, newest first', async () => {
    const employer = await newAccount('employer', '公司');
    const learner = await newAccount('learner');
    const role = await tx((trx) =>
      createRole(
        trx,
        { title: '岗位', requirements: [{ text: '巡检', essential: true }] },
        { employerId: employer.id, taxonomyId: 'cn2022' },
      ),
    );
    await recordDisclosures(handle.db, {
      roleId: role.id,
      employerId: employer.id,
      shown: [{ learnerId: learner.id, rank: 3, score: 0.7312 }],
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    await recordDisclosures(handle.db, {
      roleId: role.id,
      employerId: employer.id,
      shown: [{ learnerId: learner.id, rank: 1, score: 0.8 }],
      now: () => new Date('2026-02-01T00:00:00Z'),
    });
    const { items, hasMore } = await listDisclosures(handle.db, learner.id, { limit: 1, offset: 0 });
    expect(hasMore).toBe(true);
    expect(items).toEqual([
      {
        id: expect.stringMatching(/^ds_/),
        learnerId: learner.id,
        role: { id: role.id, title: '岗位' },
        employer: { id: employer.id, name: '公司', organisation: null },
        view: 'list',
        rank: 1,
        score: 0.8,
        shownAt: '2026-02-01T00:00:00.000Z',
      },
    ]);
  });
});

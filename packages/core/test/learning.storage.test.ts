/** Offerings, enrolments and signed results in storage — publish, search, enrol, record, accept, revoke — on every dialect. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptResult,
  createAccount,
  type DatabaseHandle,
  DomainError,
  declineResult,
  type Enrolment,
  enrol,
  getEvidence,
  getResult,
  listActiveEvidence,
  listLearnerEnrolments,
  listOfferingEnrolments,
  listPublicResults,
  type OfferingInputJson,
  offeringInputSchema,
  offeringsCovering,
  publishOffering,
  type ResultInputJson,
  recordResult,
  resultInputSchema,
  revokeEvidence,
  revokeResult,
  runInTransaction,
  searchOfferings,
  setOfferingStatus,
  setResultShownPublicly,
  updateOffering,
  verifyStoredLedger,
  withdrawEnrolment,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const TAXONOMY = 'cn2022';
const AI_TASKS = ['2-02-38-01#1', '2-02-38-01#2'];

const offering = (overrides: Partial<OfferingInputJson> = {}) =>
  offeringInputSchema.parse({
    kind: 'course',
    title: '人工智能算法入门',
    description: '从线性模型到神经网络，八周完成三个项目',
    mode: 'online',
    hours: 48,
    costYuan: 1200,
    level: 3,
    taskIds: AI_TASKS,
    skills: ['深度学习', 'Python'],
    ...overrides,
  });

const result = (json: ResultInputJson) => resultInputSchema.parse(json);

describe.each(testDatabases())('learning storage on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);
  const newAccount = (role: 'learner' | 'provider', name: string = role, organisation?: string) =>
    tx((trx) => createAccount(trx, { role, name, organisation }));
  const rejection = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.destroy());

  it('gives providers a signing key and publishes only offerings whose tasks exist', async () => {
    const provider = await newAccount('provider', '教务处', '某职业培训学校');
    expect(provider.account.role).toBe('provider');
    expect(provider.account.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const published = await tx((trx) =>
      publishOffering(trx, offering(), { providerId: provider.account.id, taxonomyId: TAXONOMY }),
    );
    expect(published).toMatchObject({
      kind: 'course',
      provider: { id: provider.account.id, organisation: '某职业培训学校' },
      taskIds: AI_TASKS,
      occupationCodes: ['2-02-38-01'],
      status: 'published',
      language: 'zh',
      hours: 48,
      costYuan: 1200,
    });
    const bad = await rejection(
      tx((trx) =>
        publishOffering(trx, offering({ taskIds: ['2-02-38-01#1', '9-99-99-99#1', 'nonsense'] }), {
          providerId: provider.account.id,
          taxonomyId: TAXONOMY,
        }),
      ),
    );
    expect(bad.kind).toBe('invalid');
    expect(bad.problems.map((p) => p.path)).toEqual(['taskIds.1', 'taskIds.2']);
  });

  it('validates offerings field by field', () => {
    const parsed = offeringInputSchema.safeParse({
      kind: 'assessment',
      title: ' ',
      description: 'x',
      mode: 'in_person',
      hours: 1.5,
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
      taskIds: [],
      extra: true,
    });
    expect(parsed.success).toBe(false);
    const paths = (parsed.error?.issues ?? []).map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(expect.arrayContaining(['title', 'hours', 'taskIds', '']));
  });

  it('searches by text, task, occupation, kind, mode and city; withdrawn offerings leave search', async () => {
    const { account: provider } = await newAccount('provider', '考古培训中心');
    const dig = await tx((trx) =>
      publishOffering(
        trx,
        offering({
          title: '田野考古发掘实训 zq7',
          mode: 'in_person',
          city: '西安',
          taskIds: ['4-13-03-01#2', '4-13-03-01#4'],
          skills: ['探方发掘'],
        }),
        { providerId: provider.id, taxonomyId: TAXONOMY },
      ),
    );
    const exam = await tx((trx) =>
      publishOffering(
        trx,
        offering({
          kind: 'assessment',
          title: '考古探掘工 中级认定 zq7',
          level: 4,
          taskIds: ['4-13-03-01#1'],
        }),
        { providerId: provider.id, taxonomyId: TAXONOMY },
      ),
    );
    const page = { limit: 10, offset: 0 };
    const ids = async (filter: Parameters<typeof searchOfferings>[1]) =>
      (await searchOfferings(handle.db, filter, page)).items.map((o) => o.id);
    expect(await ids({ q: 'zq7' })).toEqual(expect.arrayContaining([dig.id, exam.id]));
    expect(await ids({ q: 'ZQ7 探方' })).toEqual([dig.id]);
    expect(await ids({ q: '100%_' })).toEqual([]);
    expect(await ids({ task: '4-13-03-01#4' })).toEqual([dig.id]);
    expect((await ids({ occupation: '4-13-03-01' })).sort()).toEqual([dig.id, exam.id].sort());
    expect(await ids({ occupation: '4-13-03-01', kind: 'assessment' })).toEqual([exam.id]);
    expect(await ids({ occupation: '4-13-03-01', mode: 'in_person', city: '西安' })).toEqual([dig.id]);
    const covering = await offeringsCovering(handle.db, { taskIds: ['4-13-03-01#1'], occupationCodes: [] });
    expect(covering.map((o) => o.id)).toEqual([exam.id]);

    await tx((trx) => setOfferingStatus(trx, exam.id, 'withdrawn'));
    expect(await ids({ q: 'zq7' })).toEqual([dig.id]);
    expect(await ids({ q: 'zq7', providerId: provider.id, includeWithdrawn: true })).toHaveLength(2);
    const learner = await newAccount('learner');
    expect((await rejection(tx((trx) => enrol(trx, exam.id, learner.account.id)))).kind).toBe('conflict');

    const edited = await tx((trx) =>
      updateOffering(trx, dig.id, offering({ title: '田野考古 zq8', taskIds: ['4-13-03-01#5'] }), {
        taxonomyId: TAXONOMY,
      }),
    );
    expect(edited).toMatchObject({ title: '田野考古 zq8', taskIds: ['4-13-03-01#5'], mode: 'online' });
    expect(await ids({ task: '4-13-03-01#4' })).toEqual([]);
    expect(await ids({ task: '4-13-03-01#5' })).toEqual([dig.id]);
  });

  it('turns an accepted result into provider-signed evidence; the chain verifies; revoking keeps it, revoked', async () => {
    const provider = await newAccount('provider', '教务处', '某职业培训学校');
    const learner = await newAccount('learner', '李同学');
    const course = await tx((trx) =>
      publishOffering(trx, offering({ startsOn: '2026-09-01' }), {
        providerId: provider.account.id,
        taxonomyId: TAXONOMY,
      }),
    );
    const enrolment = await tx((trx) => enrol(trx, course.id, learner.account.id));
    expect(enrolment.status).toBe('enrolled');
    expect((await rejection(tx((trx) => enrol(trx, course.id, learner.account.id)))).kind).toBe('conflict');

    const record = (json: ResultInputJson, token = provider.token, providerId = provider.account.id) =>
      tx((trx) => recordResult(trx, enrolment.id, result(json), { providerId, token }));
    expect((await rejection(record({ outcome: 'passed' }))).problems[0]?.path).toBe('outcome');
    expect((await rejection(record({ outcome: 'completed', rank: 2 }))).problems[0]?.path).toBe('rank');
    expect((await rejection(record({ outcome: 'completed' }, `${provider.token}x`))).kind).toBe('conflict');
    const other = await newAccount('provider');
    expect((await rejection(record({ outcome: 'completed' }, other.token, other.account.id))).kind).toBe(
      'not_found',
    );

    const at = new Date('2026-11-20T08:00:00Z');
    const offered = await tx((trx) =>
      recordResult(trx, enrolment.id, result({ outcome: 'completed', statement: '三个项目均合格' }), {
        providerId: provider.account.id,
        token: provider.token,
        now: () => at,
      }),
    );
    expect(offered).toMatchObject({ status: 'offered', learnerId: learner.account.id });
    expect(offered.record).toMatchObject({
      kind: 'learning',
      title: '人工智能算法入门',
      occurredOn: '2026-09-01',
      endedOn: '2026-11-20',
      occupationCodes: ['2-02-38-01'],
      skills: [
        { name: '深度学习', level: 3 },
        { name: 'Python', level: 3 },
      ],
      result: { outcome: 'completed', taskIds: AI_TASKS, providerId: provider.account.id },
    });
    expect(offered.record?.description).toContain('分析、研究人工智能算法、深度学习及神经网络等技术');
    expect((await rejection(record({ outcome: 'completed' }))).kind).toBe('conflict');
    expect(await listActiveEvidence(handle.db, learner.account.id)).toEqual([]);

    const { evidenceId } = await tx((trx) => acceptResult(trx, offered.id));
    expect(evidenceId).toBe(offered.evidenceId);
    const evidence = await getEvidence(handle.db, evidenceId);
    expect(evidence).toMatchObject({ status: 'attested', kind: 'learning', learnerId: learner.account.id });
    expect(evidence?.attestations).toEqual([
      expect.objectContaining({ attesterId: provider.account.id, statement: '三个项目均合格' }),
    ]);
    expect(await verifyStoredLedger(handle.db, learner.account.id)).toMatchObject({ ok: true, entries: 2 });
    expect((await rejection(tx((trx) => acceptResult(trx, offered.id)))).kind).toBe('conflict');

    const revoked = await tx((trx) => revokeResult(trx, offered.id, { reason: '成绩录入错误' }));
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: '成绩录入错误' });
    expect((await getEvidence(handle.db, evidenceId))?.status).toBe('revoked');
    expect(await listActiveEvidence(handle.db, learner.account.id)).toEqual([]);
    expect(await verifyStoredLedger(handle.db, learner.account.id)).toMatchObject({ ok: true, entries: 3 });
    expect((await rejection(tx((trx) => revokeResult(trx, offered.id)))).kind).toBe('conflict');

    // After a revocation the provider may record again.
    const again = await record({ outcome: 'completed' });
    await tx((trx) => declineResult(trx, again.id));
    expect((await getResult(handle.db, again.id))?.status).toBe('declined');
    await tx((trx) => acceptResult(trx, again.id));
    expect(await verifyStoredLedger(handle.db, learner.account.id)).toMatchObject({ ok: true, entries: 5 });

    const mine = await listLearnerEnrolments(handle.db, learner.account.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.offering.id).toBe(course.id);
    expect(mine[0]?.results.map((r) => r.status)).toEqual(['revoked', 'accepted']);
    const theirs = await listOfferingEnrolments(handle.db, course.id, { limit: 10, offset: 0 });
    expect(theirs.items).toEqual([
      expect.objectContaining({ learner: { id: learner.account.id, name: '李同学' }, status: 'enrolled' }),
    ]);
  });

  it('detects a changed result in the ledger', async () => {
    const provider = await newAccount('provider');
    const learner = await newAccount('learner');
    const course = await tx((trx) =>
      publishOffering(trx, offering(), { providerId: provider.account.id, taxonomyId: TAXONOMY }),
    );
    const enrolment = await tx((trx) => enrol(trx, course.id, learner.account.id));
    const offered = await tx((trx) =>
      recordResult(trx, enrolment.id, result({ outcome: 'completed' }), {
        providerId: provider.account.id,
        token: provider.token,
      }),
    );
    await tx((trx) => acceptResult(trx, offered.id));
    // Someone with database access raises the level of the signed result.
    const payload = sql<string>`replace(payload, '"level":3', '"level":8')`;
    await handle.db
      .updateTable('ledger_entries')
      .set({ payload })
      .where('learner_id', '=', learner.account.id)
      .where('type', '=', 'attestation')
      .execute();
    const report = await verifyStoredLedger(handle.db, learner.account.id);
    expect(report.ok).toBe(false);
    expect(report.firstBadEntry).toMatchObject({ seq: 2 });
  });

  it('keeps failed outcomes out of the ledger, and shows only consenting, standing results publicly', async () => {
    const organiser = await newAccount('provider', '赛事组委会', '全国技能大赛组委会');
    const contest = await tx((trx) =>
      publishOffering(trx, offering({ kind: 'competition', title: '人工智能应用赛' }), {
        providerId: organiser.account.id,
        taxonomyId: TAXONOMY,
      }),
    );
    const entrants = await Promise.all(['甲', '乙', '丙', '丁'].map((name) => newAccount('learner', name)));
    const enrolments: Enrolment[] = [];
    for (const e of entrants) enrolments.push(await tx((trx) => enrol(trx, contest.id, e.account.id)));
    const place = (i: number, json: ResultInputJson) =>
      tx((trx) =>
        recordResult(trx, enrolments[i]?.id as string, result(json), {
          providerId: organiser.account.id,
          token: organiser.token,
        }),
      );
    const gold = await place(0, { outcome: 'placed', rank: 1, award: '金牌' });
    const silver = await place(1, { outcome: 'placed', rank: 2, award: '银牌' });
    const bronze = await place(2, { outcome: 'placed', rank: 3 });
    const failed = await place(3, { outcome: 'failed' });
    expect(failed).toMatchObject({ status: 'recorded', record: null, attestation: null });
    expect((await rejection(tx((trx) => acceptResult(trx, failed.id)))).kind).toBe('conflict');
    expect(gold.record?.title).toBe('人工智能应用赛（金牌）');

    await tx((trx) => acceptResult(trx, silver.id, { showPublicly: true }));
    await tx((trx) => acceptResult(trx, gold.id, { showPublicly: true }));
    await tx((trx) => acceptResult(trx, bronze.id)); // accepted, but not shown publicly
    expect(await listPublicResults(handle.db, contest.id)).toEqual([
      expect.objectContaining({ learner: { name: '甲' }, rank: 1, award: '金牌', signatureValid: true }),
      expect.objectContaining({ learner: { name: '乙' }, rank: 2, award: '银牌', signatureValid: true }),
    ]);
    await tx((trx) => setResultShownPublicly(trx, bronze.id, true));
    await tx((trx) => revokeEvidence(trx, silver.evidenceId)); // the learner takes it back
    expect((await listPublicResults(handle.db, contest.id)).map((r) => r.learner.name)).toEqual(['甲', '丙']);
    await tx((trx) => setResultShownPublicly(trx, gold.id, false));
    expect((await listPublicResults(handle.db, contest.id)).map((r) => r.learner.name)).toEqual(['丙']);
    for (const e of entrants.slice(0, 3))
      expect((await verifyStoredLedger(handle.db, e.account.id)).ok).toBe(true);

    await tx((trx) => withdrawEnrolment(trx, enrolments[3]?.id as string));
    expect((await rejection(place(3, { outcome: 'completed' }))).kind).toBe('conflict');
  });
});

/**
 * Learning and competitions through the API, on every dialect: a graduate with a gap sees a ranked
 * offering, enrols, the provider records completion, the graduate accepts, and the match rises by
 * exactly the predicted amount; the ledger verifies. Plus access, bad input and the public results.
 */

import { canonicalHash } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStepSentence } from './next-step-sentences.js';
import { bearer, deposit, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const AI = '2-02-38-01';

const offeringBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'course',
  title: '人工智能系统集成与部署实战',
  description: '把模型集成进业务系统，部署、监控与运维，并设计完整的人工智能解决方案。',
  mode: 'online',
  hours: 48,
  costYuan: 1200,
  level: 4,
  taskIds: [`${AI}#5`, `${AI}#6`],
  skills: ['人工智能系统部署'],
  ...overrides,
});

describe.each(testDatabases())('learning API on $name', (database) => {
  let t: TestApp;
  let provider: TestAccount;
  let learner: TestAccount;
  const get = (path: string, who?: TestAccount) => t.app.request(path, who ? bearer(who.token) : {});
  const post = (path: string, who: TestAccount, body: unknown = {}) =>
    t.app.request(path, bearer(who.token, json(body)));
  const publish = async (body = offeringBody(), who = provider) => {
    const res = await post('/api/offerings', who, body);
    expect(res.status).toBe(201);
    return readJson(res);
  };
  const enrolIn = async (offeringId: string, who = learner) => {
    const res = await post(`/api/offerings/${offeringId}/enrolments`, who);
    expect(res.status).toBe(201);
    return readJson(res);
  };
  const gapScore = async (who = learner) => {
    const res = await get(`/api/learners/${who.id}/gaps?occupation=${AI}`, who);
    expect(res.status).toBe(200);
    return (await readJson(res)).score as number;
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    provider = await signUp(t.app, 'provider', '教务处', '某职业技能培训学校');
    learner = await signUp(t.app, 'learner', '林同学');
    await deposit(t.app, learner, {
      kind: 'work_project',
      title: '深度学习算法研究',
      description: '分析、研究深度学习及神经网络算法，研究、开发并应用人工智能算法完成图像识别模型。',
      occurredOn: '2026-06-01',
      endedOn: '2026-07-31',
      occupationCodes: [],
      skills: [{ name: '深度学习', level: 3 }],
    });
  });
  afterAll(() => t.destroy());

  it('signs providers up with a published key, and validates offerings field by field', async () => {
    expect(provider.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const bad = await post('/api/offerings', provider, {
      ...offeringBody(),
      mode: 'in_person',
      hours: 2.5,
      taskIds: ['9-99-99-99#1'],
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const paths = (await readJson(bad)).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['hours', 'extra']));
    const noCity = await post('/api/offerings', provider, { ...offeringBody(), mode: 'in_person' });
    expect((await readJson(noCity)).errors).toEqual([{ path: 'city', message: expect.any(String) }]);
    const unknownTask = await post(
      '/api/offerings',
      provider,
      offeringBody({ taskIds: [`${AI}#5`, '9-99-99-99#1'] }),
    );
    expect(unknownTask.status).toBe(400);
    expect((await readJson(unknownTask)).errors).toEqual([
      { path: 'taskIds.1', message: expect.stringContaining('is not a task of cn2022') },
    ]);
    expect((await post('/api/offerings', learner, offeringBody())).status).toBe(403);
    expect((await t.app.request('/api/offerings', json(offeringBody()))).status).toBe(401);
  });

  it('closes the loop: recommended, enrolled, completed, accepted — the match rises by the predicted amount', async () => {
    const offering = await publish();
    const listed = await readJson(await get(`/api/offerings?occupation=${AI}&kind=course`));
    expect(listed.items.map((o: { id: string }) => o.id)).toContain(offering.id);

    const recRes = await get(`/api/learners/${learner.id}/recommendations?occupation=${AI}&lang=en`, learner);
    expect(recRes.status).toBe(200);
    const rec = await readJson(recRes);
    expect(rec.recommender.version).toMatch(/^recommend-/);
    expect(rec.target).toMatchObject({ kind: 'occupation', code: AI });
    const item = rec.items.find((i: { offering: { id: string } }) => i.offering.id === offering.id);
    expect(item).toBeDefined();
    expect(item.coversTaskIds.length).toBeGreaterThan(0);
    expect(item.scoreAfter).toBeGreaterThan(item.scoreNow);
    expect(item.explanation).toMatch(/missing task/);
    for (const u of rec.uncovered) expectStepSentence('en', u.nextStep, u.nextStep.text);
    const before = await gapScore();
    expect(item.scoreNow).toBe(before);

    const enrolment = await enrolIn(offering.id);
    expect(enrolment).toMatchObject({ status: 'enrolled', offeringId: offering.id });
    const roster = await readJson(await get(`/api/offerings/${offering.id}/enrolments`, provider));
    expect(roster.items).toEqual([
      expect.objectContaining({ id: enrolment.id, learner: { id: learner.id, name: '林同学' } }),
    ]);

    const recorded = await post(`/api/enrolments/${enrolment.id}/results`, provider, {
      outcome: 'completed',
    });
    expect(recorded.status).toBe(201);
    const result = await readJson(recorded);
    expect(result).toMatchObject({ status: 'offered', outcome: 'completed' });
    expect(result.record.kind).toBe('learning');
    expect(await gapScore()).toBe(before);

    const accepted = await post(`/api/results/${result.id}/accept`, learner);
    expect(accepted.status).toBe(201);
    const { evidenceId } = await readJson(accepted);
    expect(evidenceId).toBe(result.evidenceId);
    expect(await gapScore()).toBe(item.scoreAfter);
    const matches = await readJson(await get(`/api/learners/${learner.id}/matches?limit=50`, learner));
    expect(matches.matches.find((m: { code: string }) => m.code === AI)?.score).toBe(item.scoreAfter);
    const evidence = await readJson(await get(`/api/evidence/${evidenceId}`, learner));
    expect(evidence).toMatchObject({
      kind: 'learning',
      status: 'attested',
      result: { offeringId: offering.id, outcome: 'completed', taskIds: offering.taskIds, level: 4 },
    });
    // The record as served hashes to the hash the provider signed.
    const record = Object.fromEntries(
      [
        'id',
        'learnerId',
        'kind',
        'title',
        'description',
        'occurredOn',
        'endedOn',
        'taxonomyId',
        'occupationCodes',
        'skills',
        'steps',
        'artifacts',
        'supersedes',
        'result',
      ].map((k) => [k, evidence[k]]),
    );
    expect(canonicalHash(record)).toBe(evidence.attestations[0].evidenceHash);
    const verify = await readJson(await get(`/api/learners/${learner.id}/ledger/verify`, learner));
    expect(verify).toMatchObject({ ok: true });

    const mine = await readJson(await get(`/api/learners/${learner.id}/enrolments`, learner));
    expect(mine.items[0]).toMatchObject({ offering: { id: offering.id }, results: [{ status: 'accepted' }] });

    // The provider revokes: the evidence stays, revoked, and stops counting; the chain still verifies.
    const revoked = await post(`/api/results/${result.id}/revoke`, provider, { reason: '录入错误' });
    expect(revoked.status).toBe(200);
    expect((await readJson(await get(`/api/evidence/${evidenceId}`, learner))).status).toBe('revoked');
    expect(await gapScore()).toBe(before);
    expect(await readJson(await get(`/api/learners/${learner.id}/ledger/verify`, learner))).toMatchObject({
      ok: true,
    });
  });

  it('recommends towards an employer’s role with the requirement scorer, and the score rises as predicted', async () => {
    const employer = await signUp(t.app, 'employer', '黄经理', '智造科技有限公司');
    const roleRes = await post('/api/roles', employer, { title: '人工智能工程师', occupationCode: AI });
    expect(roleRes.status).toBe(201);
    const role = await readJson(roleRes);
    const someone = await signUp(t.app, 'learner', '赵同学');
    await deposit(t.app, someone, {
      kind: 'work_project',
      title: '深度学习算法研究',
      description: '分析、研究深度学习及神经网络算法，研究、开发并应用人工智能算法完成图像识别模型。',
      occurredOn: '2026-06-01',
      endedOn: '2026-07-31',
      occupationCodes: [],
      skills: [{ name: '深度学习', level: 3 }],
    });
    const offering = await publish(offeringBody({ title: '岗位测试课' }));
    const ask = () => get(`/api/learners/${someone.id}/recommendations?role=${role.id}`, someone);
    const res = await ask();
    expect(res.status).toBe(200);
    const rec = await readJson(res);
    expect(rec.target).toMatchObject({ kind: 'role', roleId: role.id, occupationCode: AI });
    const item = rec.items.find((i: { offering: { id: string } }) => i.offering.id === offering.id);
    expect(item.coversRequirements.length).toBeGreaterThan(0);
    expect(item.scoreAfter).toBeGreaterThan(item.scoreNow);
    for (const u of rec.uncovered) expectStepSentence('zh', u.nextStep, u.nextStep.text);
    const enrolment = await enrolIn(offering.id, someone);
    const result = await readJson(
      await post(`/api/enrolments/${enrolment.id}/results`, provider, { outcome: 'completed' }),
    );
    expect((await post(`/api/results/${result.id}/accept`, someone)).status).toBe(201);
    expect((await readJson(await ask())).scoreNow).toBe(item.scoreAfter);
    expect((await get(`/api/learners/${someone.id}/recommendations?role=ro_nope`, someone)).status).toBe(404);
    expect(
      (await get(`/api/learners/${someone.id}/recommendations?role=${role.id}&occupation=${AI}`, someone))
        .status,
    ).toBe(400);
  });

  it('lets a provider see only learners enrolled with it, and only the learner act on a result', async () => {
    const other = await signUp(t.app, 'provider', '另一家机构');
    const stranger = await signUp(t.app, 'learner', '旁人');
    const offering = await publish(offeringBody({ title: '访问控制测试课' }));
    const enrolment = await enrolIn(offering.id);
    expect((await get(`/api/offerings/${offering.id}/enrolments`, other)).status).toBe(403);
    expect((await get(`/api/offerings/${offering.id}/enrolments`, learner)).status).toBe(403);
    expect(
      (await post(`/api/enrolments/${enrolment.id}/results`, other, { outcome: 'completed' })).status,
    ).toBe(404);
    expect(
      (await post(`/api/enrolments/${enrolment.id}/results`, learner, { outcome: 'completed' })).status,
    ).toBe(403);
    // A provider never sees a learner's account, enrolled or not.
    for (const path of [
      'profile',
      'matches',
      `gaps?occupation=${AI}`,
      `recommendations?occupation=${AI}`,
      'enrolments',
    ])
      expect((await get(`/api/learners/${learner.id}/${path}`, provider)).status).toBe(404);
    expect((await get(`/api/evidence?learner=${learner.id}`, provider)).status).toBe(404);

    const result = await readJson(
      await post(`/api/enrolments/${enrolment.id}/results`, provider, { outcome: 'completed' }),
    );
    expect((await get(`/api/results/${result.id}`, stranger)).status).toBe(404);
    expect((await get(`/api/results/${result.id}`, other)).status).toBe(404);
    expect((await post(`/api/results/${result.id}/accept`, stranger)).status).toBe(404);
    expect((await post(`/api/results/${result.id}/accept`, provider)).status).toBe(403);
    expect((await post(`/api/results/${result.id}/revoke`, learner)).status).toBe(403);
    expect((await post(`/api/results/${result.id}/decline`, learner)).status).toBe(200);
    expect((await get(`/api/results/${result.id}`, learner)).status).toBe(200);
  });

  it('imports a results file all or nothing, naming every bad row', async () => {
    const course = await publish(offeringBody({ title: '批量成绩测试课' }));
    const others = await Promise.all(['甲', '乙', '丙'].map((n) => signUp(t.app, 'learner', n)));
    const enrolments = [];
    for (const who of others) enrolments.push(await enrolIn(course.id, who));
    const upload = (csv: string) =>
      t.app.request(
        `/api/offerings/${course.id}/results/import`,
        bearer(provider.token, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv }),
      );
    const bad = await upload(
      [
        'enrolmentId,outcome,level,rank,award,statement',
        `${enrolments[0].id},completed,,,,良好`,
        `${enrolments[1].id},passed,,,,`,
        `en_nope,completed,,,,`,
        `${enrolments[2].id},completed,9,,,`,
      ].join('\n'),
    );
    expect(bad.status).toBe(400);
    const problem = await readJson(bad);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      'line 3: outcome',
      'line 4: enrolmentId',
      'line 5: level',
    ]);
    const roster = await readJson(await get(`/api/offerings/${course.id}/enrolments`, provider));
    expect(roster.items.flatMap((e: { results: unknown[] }) => e.results)).toEqual([]);

    const header = await upload('enrolment,result\nx,y');
    expect(header.status).toBe(400);
    expect((await readJson(header)).errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['line 1: enrolment', 'line 1: enrolmentId']),
    );

    const good = await upload(
      ['enrolmentId,outcome', ...enrolments.map((e: { id: string }) => `${e.id},completed`)].join('\n'),
    );
    expect(good.status).toBe(201);
    expect((await readJson(good)).imported).toBe(3);
  });

  it('shows a competition’s results publicly only for entrants who agreed, signatures verified', async () => {
    const organiser = await signUp(t.app, 'provider', '组委会', '技能大赛组委会');
    const contest = await publish(
      offeringBody({ kind: 'competition', title: '人工智能应用赛', costYuan: 0, hours: 16 }),
      organiser,
    );
    const a = await signUp(t.app, 'learner', '选手甲');
    const b = await signUp(t.app, 'learner', '选手乙');
    const ea = await enrolIn(contest.id, a);
    const eb = await enrolIn(contest.id, b);
    const ra = await readJson(
      await post(`/api/enrolments/${ea.id}/results`, organiser, {
        outcome: 'placed',
        rank: 1,
        award: '金牌',
      }),
    );
    const rb = await readJson(
      await post(`/api/enrolments/${eb.id}/results`, organiser, { outcome: 'placed', rank: 2 }),
    );
    expect((await post(`/api/enrolments/${eb.id}/results`, organiser, { outcome: 'passed' })).status).toBe(
      409,
    );
    expect((await post(`/api/results/${ra.id}/accept`, a, { showPublicly: true })).status).toBe(201);
    expect((await post(`/api/results/${rb.id}/accept`, b, { showPublicly: 'yes' })).status).toBe(400);
    expect((await post(`/api/results/${rb.id}/accept`, b)).status).toBe(201);
    const page = await readJson(await get(`/api/offerings/${contest.id}/results`));
    expect(page.items).toEqual([
      expect.objectContaining({ learner: { name: '选手甲' }, rank: 1, award: '金牌', signatureValid: true }),
    ]);
    const shown = await t.app.request(
      `/api/results/${rb.id}/visibility`,
      bearer(b.token, json({ shownPublicly: true }, { method: 'PUT' })),
    );
    expect(shown.status).toBe(200);
    expect((await readJson(await get(`/api/offerings/${contest.id}/results`))).items).toHaveLength(2);
  });

  it('searches in pages and answers bad queries with problems', async () => {
    await publish(offeringBody({ title: '分页测试一 pg9' }));
    await publish(offeringBody({ title: '分页测试二 pg9' }));
    const first = await readJson(await get('/api/offerings?q=pg9&limit=1'));
    expect(first.items).toHaveLength(1);
    const second = await readJson(await get(`/api/offerings?q=pg9&limit=1&cursor=${first.nextCursor}`));
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();
    expect((await get('/api/offerings?kind=seminar')).status).toBe(400);
    expect((await get('/api/offerings?occupation=%3Cscript%3E')).status).toBe(400);
    expect((await get('/api/offerings/of_nope')).status).toBe(404);
    expect((await get(`/api/learners/${learner.id}/recommendations`, learner)).status).toBe(400);
    expect(
      (await get(`/api/learners/${learner.id}/recommendations?occupation=9-99-99-99`, learner)).status,
    ).toBe(404);
  });
});

/**
 * One score per occupation (QA 1 December, item 2): a graduate whose evidence points in two
 * directions sees the same score for an occupation in the match list, on its gaps page and as the
 * recommendations' score now — on every dialect.
 */

import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, deposit, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const ANALYST = '4-07-02-05'; // 商务数据分析师

const pieces = [
  { title: '电子厂工作', description: '在电子厂做了两年手机主板的焊接和检测', occurredOn: '2024-06-01' },
  { title: '订单数据分析', description: '用 Python 清洗、分析订单数据', occurredOn: '2025-03-01' },
];

describe.each(testDatabases())('one score per occupation on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let provider: TestAccount;
  const get = async (path: string, who: TestAccount) => {
    const res = await t.app.request(path, bearer(who.token));
    expect(res.status).toBe(200);
    return readJson(res);
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '两个方向的同学');
    provider = await signUp(t.app, 'provider', '教务处', '某职业技能培训学校');
    for (const piece of pieces)
      await deposit(t.app, learner, {
        kind: 'work_project',
        ...piece,
        endedOn: undefined,
        occupationCodes: [],
        skills: [],
        steps: undefined,
        artifacts: undefined,
      });
  });
  afterAll(() => t.destroy());

  it('gives every listed occupation the same score in the match list and on its gaps page', async () => {
    const body = await get(`/api/learners/${learner.id}/matches?limit=10`, learner);
    expect(body.directions?.length ?? 1).toBeGreaterThan(1);
    const codes = body.matches.map((m: { code: string }) => m.code);
    expect(codes).toContain(ANALYST);
    for (const match of body.matches as { code: string; score: number; band: string }[]) {
      const report = await get(`/api/learners/${learner.id}/gaps?occupation=${match.code}`, learner);
      expect({ code: match.code, score: report.score }).toEqual({ code: match.code, score: match.score });
    }
  });

  it("gives the recommendations' score now as the match list's, and a gain on the same basis", async () => {
    const report = await get(`/api/learners/${learner.id}/gaps?occupation=${ANALYST}`, learner);
    expect(report.gaps.length).toBeGreaterThan(1);
    const taskIds = report.gaps.slice(0, 2).map((g: { taskId: string }) => g.taskId);
    const published = await t.app.request(
      '/api/offerings',
      bearer(
        provider.token,
        json({
          kind: 'course',
          title: '商务数据分析实战',
          description: '采集、整理商务数据，建立分析模型，撰写分析报告。',
          mode: 'online',
          hours: 40,
          costYuan: 800,
          level: 3,
          taskIds,
          skills: ['商务数据分析'],
        }),
      ),
    );
    expect(published.status).toBe(201);
    const offering = await readJson(published);
    const rec = await get(`/api/learners/${learner.id}/recommendations?occupation=${ANALYST}`, learner);
    const item = rec.items.find((i: { offering: { id: string } }) => i.offering.id === offering.id);
    expect(item).toBeDefined();
    const listed = (await get(`/api/learners/${learner.id}/matches?limit=10`, learner)).matches.find(
      (m: { code: string }) => m.code === ANALYST,
    );
    expect(item.scoreNow).toBe(listed.score);
    expect(item.scoreNow).toBe(report.score);
    expect(item.scoreAfter).toBeGreaterThan(item.scoreNow);
  });
});

/** The learning pages through app.request: a provider publishes and records, a learner enrols and accepts. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const offeringForm = (overrides: Record<string, string> = {}) => ({
  kind: 'course',
  title: '人工智能系统集成与部署实战',
  description: '把模型集成进业务系统，部署、监控与运维。',
  mode: 'online',
  hours: '48',
  costYuan: '1200',
  level: '4',
  taskIds: '2-02-38-01#5\n2-02-38-01#6',
  skills: '人工智能系统部署',
  ...overrides,
});

describe.each(testDatabases())('learning pages ($name)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  it('runs the loop through the pages, with every form error beside its field', async () => {
    const provider = new WebClient(t.app);
    await provider.signUp('provider', '陈老师', '智联职业技能培训学校');
    expect((await provider.get('/provider')).status).toBe(200);

    const bad = await provider.post(
      '/provider/offerings/new',
      offeringForm({ mode: 'in_person', hours: 'x', taskIds: '2-02-38-01#5\n9-99-99-99#1' }),
      { csrfFrom: '/provider/offerings/new' },
    );
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('id="form-errors"');
    expect(badHtml).toContain('aria-invalid="true"');

    const unknown = await provider.post(
      '/provider/offerings/new',
      offeringForm({ taskIds: '9-99-99-99#1' }),
      {
        csrfFrom: '/provider/offerings/new',
      },
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('9-99-99-99#1');

    const made = await provider.post('/provider/offerings/new', offeringForm(), {
      csrfFrom: '/provider/offerings/new',
    });
    expect(made.status).toBe(303);
    const offeringPath = made.headers.get('location')?.split('?')[0] ?? '';
    const offeringId = offeringPath.split('/').pop() ?? '';
    expect(offeringId).toMatch(/^of_/);

    const learner = new WebClient(t.app);
    await learner.signUp('learner', '林同学');
    await learner.post(
      '/me/evidence/new',
      {
        kind: 'work_project',
        title: '深度学习算法研究',
        description: '分析、研究深度学习及神经网络算法，研究、开发并应用人工智能算法完成图像识别模型。',
        occurredOn: '2026-06-01',
      },
      { csrfFrom: '/me/evidence/new' },
    );
    const gaps = await (await learner.get('/me/gaps?occupation=2-02-38-01')).text();
    expect(gaps).toContain('可以补上差距的课程与竞赛');
    expect(gaps).toContain(`/offerings/${offeringId}`);
    expect(await (await learner.get('/me/matches')).text()).toContain(`/offerings/${offeringId}`);

    const catalogue = await (await learner.get('/offerings?q=部署')).text();
    expect(catalogue).toContain('人工智能系统集成与部署实战');
    const enrol = await learner.post(
      `/offerings/${offeringId}/enrol`,
      {},
      { csrfFrom: `/offerings/${offeringId}` },
    );
    expect(enrol.status).toBe(303);
    expect(await (await learner.get(`/offerings/${offeringId}`)).text()).toContain('已报名');

    const manage = await (await provider.get(offeringPath)).text();
    expect(manage).toContain('林同学');
    const enrolmentId = manage.match(/\/provider\/enrolments\/(en_[^/"]+)\/result/)?.[1] ?? '';
    const wrong = await provider.post(
      `/provider/enrolments/${enrolmentId}/result`,
      { offeringId, outcome: 'passed' },
      { csrfFrom: offeringPath },
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('outcome');

    // A results file with a bad row records nothing and names the row.
    const csv = await provider.post(
      `/provider/offerings/${offeringId}/results`,
      { csv: `enrolmentId,outcome,level\n${enrolmentId},completed,\nen_nope,completed,` },
      { csrfFrom: offeringPath },
    );
    expect(csv.status).toBe(400);
    const csvHtml = await csv.text();
    expect(csvHtml).toContain('id="csv-problems"');
    expect(csvHtml).toContain('line 3: enrolmentId');
    expect(await (await learner.get('/me/learning')).text()).not.toContain('/accept');

    const recorded = await provider.post(
      `/provider/enrolments/${enrolmentId}/result`,
      { offeringId, outcome: 'completed', statement: '三个项目均合格' },
      { csrfFrom: offeringPath },
    );
    expect(recorded.status).toBe(303);

    const mine = await (await learner.get('/me/learning')).text();
    expect(mine).toContain('待你确认');
    const resultId = mine.match(/\/me\/results\/(lr_[^/"]+)\/accept/)?.[1] ?? '';
    const accepted = await learner.post(`/me/results/${resultId}/accept`, {}, { csrfFrom: '/me/learning' });
    expect(accepted.status).toBe(303);
    expect(await (await learner.get('/me/learning')).text()).toContain('已写入账本');
    expect(await (await learner.get('/me/evidence')).text()).toContain('账本校验通过');

    // Other roles are turned away from the provider's pages; the provider never sees the learner's account.
    expect((await learner.get('/provider')).status).toBe(403);
    const other = new WebClient(t.app);
    await other.signUp('provider', '另一家机构');
    expect((await other.get(offeringPath)).status).toBe(403);
  });

  it('speaks English on request', async () => {
    const web = new WebClient(t.app);
    const html = await (await web.get('/offerings?lang=en')).text();
    expect(html).toContain('Courses, assessments and competitions');
  });
});

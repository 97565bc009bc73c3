/**
 * The role band a graduate and an employer see (`roleBand`), through HTTP on every dialect: a role
 * with no essential requirement — as every role made from an occupation starts — is banded by its
 * score alone, so a graduate meeting none of its requirements is "far off", not a "moderate fit";
 * a role that marks essential requirements keeps "every essential met" as enough for moderate.
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleBand } from '../src/hiring/role-band.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

describe('roleBand', () => {
  it('bands a role without essential requirements by its score alone', () => {
    expect(roleBand(0.14, true, false)).toBe('weak');
    expect(roleBand(0.45, true, false)).toBe('moderate');
    expect(roleBand(0.61, true, false)).toBe('strong');
  });
  it('keeps "every essential met" as enough for moderate where the role marks some', () => {
    expect(roleBand(0.14, true, true)).toBe('moderate');
    expect(roleBand(0.14, false, true)).toBe('weak');
    expect(roleBand(0.45, false, true)).toBe('moderate');
    expect(roleBand(0.7, false, true)).toBe('moderate');
    expect(roleBand(0.7, true, true)).toBe('strong');
  });
});

describe.each(testDatabases())('the role band on $name', (database) => {
  let t: TestApp;
  let employer: TestAccount;
  let grad: TestAccount;

  const ok = async (res: Response, status = 200) => {
    expect(res.status, await res.clone().text()).toBe(status);
    return readJson(res);
  };
  const publishedRole = async (body: Record<string, unknown>) => {
    const role = await ok(await t.app.request('/api/roles', bearer(employer.token, json(body))), 201);
    return ok(
      await t.app.request(`/api/roles/${role.id}/publish`, bearer(employer.token, { method: 'POST' })),
    );
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    employer = await signUp(t.app, 'employer', '华强电子', '华强电子有限公司');
    grad = await signUp(t.app, 'learner', '王小明');
    await deposit(t.app, grad, {
      title: '订单数据分析',
      description: '用 Python 清洗、分析订单数据，做成图表和周报。',
      occupationCodes: [],
      skills: [],
      steps: [],
      artifacts: [],
    });
    await setConsent(t.app, grad, { discoverableByEmployers: true });
  });
  afterAll(() => t.destroy());

  it('calls a graduate who meets nothing of a role made from an occupation far off, on both sides', async () => {
    // 电子设备装接工: a role made from it has one optional requirement per task, none essential.
    const role = await publishedRole({ title: '手机主板焊接检测员', occupationCode: '6-25-04-07' });
    expect(role.requirements.some((r: { essential: boolean }) => r.essential)).toBe(false);

    const list = await ok(await t.app.request(`/api/roles/${role.id}/candidates`, bearer(employer.token)));
    const item = list.items.find((c: { learnerId: string }) => c.learnerId === grad.id);
    expect(item.score).toBeLessThan(0.4);
    expect(item.allEssentialMet).toBe(true);
    expect(item.band).toBe('weak');

    const card = await ok(
      await t.app.request(`/api/roles/${role.id}/candidates/${grad.id}`, bearer(employer.token)),
    );
    expect(card.band).toBe('weak');

    const mine = await ok(await t.app.request(`/api/learners/${grad.id}/roles`, bearer(grad.token)));
    const seen = mine.items.find((r: { role: { id: string } }) => r.role.id === role.id);
    expect(seen).toMatchObject({ score: item.score, band: 'weak' });
  });

  it('keeps a graduate who meets every essential requirement a role marks at moderate or better', async () => {
    const role = await publishedRole({
      title: '数据分析助理',
      requirements: [
        { text: '用 Python 清洗和分析订单数据', essential: true },
        { text: '维护服务器和网络设备', essential: false },
      ],
    });
    const list = await ok(await t.app.request(`/api/roles/${role.id}/candidates`, bearer(employer.token)));
    const item = list.items.find((c: { learnerId: string }) => c.learnerId === grad.id);
    expect(item.allEssentialMet).toBe(true);
    expect(item.band).toBe(item.score >= 0.6 ? 'strong' : 'moderate');
  });
});

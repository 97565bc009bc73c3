/** Builders for skills-account tests: sign up, deposit, ask, attest — each returns what it created. */
import { expect } from 'vitest';
import { json, readJson, type TestApp } from './test-app.js';

export interface TestAccount {
  id: string;
  role: 'learner' | 'employer' | 'advisor' | 'provider';
  token: string;
  publicKey: string | null;
}

type App = TestApp['app'];

/** Request init with a bearer token. */
export function bearer(token: string, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
  };
}

export async function signUp(
  app: App,
  role: TestAccount['role'],
  name = `${role} 测试`,
  organisation?: string,
): Promise<TestAccount> {
  const res = await app.request(
    '/api/accounts',
    json({ role, name, ...(organisation ? { organisation } : {}) }),
  );
  expect(res.status).toBe(201);
  const body = await readJson(res);
  return { id: body.id, role, token: body.token, publicKey: body.publicKey };
}

/** A valid deposit body; `overrides` replace fields. */
export function evidenceBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'work_project',
    title: '光伏电站运维项目',
    description: '负责光伏组件巡检、故障排查与发电数据分析，编写运维报告。',
    occurredOn: '2025-03-01',
    endedOn: '2025-06-30',
    occupationCodes: ['2-02-38-01'],
    skills: [
      { name: '光伏运维', level: 3 },
      { name: 'digital skills', level: 2 },
    ],
    steps: ['明确任务', '制订计划', '实施计划', '检查控制'],
    artifacts: [{ name: '运维报告.pdf', sha256: 'ab'.repeat(32) }],
    ...overrides,
  };
}

export async function deposit(app: App, learner: TestAccount, overrides: Record<string, unknown> = {}) {
  const res = await app.request('/api/evidence', bearer(learner.token, json(evidenceBody(overrides))));
  expect(res.status).toBe(201);
  return readJson(res);
}

export async function askToAttest(app: App, learner: TestAccount, evidenceId: string, attester: TestAccount) {
  const res = await app.request(
    `/api/evidence/${evidenceId}/attestation-requests`,
    bearer(learner.token, json({ attesterId: attester.id, message: '请为此项目作证' })),
  );
  expect(res.status).toBe(201);
  return readJson(res);
}

export async function attest(
  app: App,
  attester: TestAccount,
  evidenceId: string,
  body: Record<string, unknown> = {},
) {
  const res = await app.request(
    `/api/evidence/${evidenceId}/attestations`,
    bearer(attester.token, json(body)),
  );
  expect(res.status).toBe(201);
  return readJson(res);
}

export async function setConsent(app: App, learner: TestAccount, body: Record<string, unknown>) {
  const res = await app.request(
    `/api/learners/${learner.id}/consent`,
    bearer(learner.token, json(body, { method: 'PUT' })),
  );
  expect(res.status).toBe(200);
  return readJson(res);
}

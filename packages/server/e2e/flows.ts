/** Steps the browser tests share: sign up through the form, log a piece of evidence, sample evidence. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './harness.js';

/** Signs up through the form and returns the access key the page shows once. */
export async function signUp(
  page: Page,
  baseUrl: string,
  role: string,
  name: string,
  organisation = '',
  shot?: string,
) {
  await page.goto(`${baseUrl}/sign-up`);
  await page.locator(`input[name=role][value=${role}]`).check();
  await page.getByLabel('姓名或称呼').fill(name);
  if (organisation) await page.getByLabel('学校、单位或机构（选填）').fill(organisation);
  await page.getByRole('button', { name: '注册' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('请保存你的访问密钥');
  const key = (await page.locator('#access-key').textContent())?.trim() ?? '';
  expect(key).toMatch(/^sbk_/);
  if (shot) await screenshot(page, shot);
  await page.getByRole('link', { name: /我已保存/ }).click();
  return key;
}

export async function logEvidence(
  page: Page,
  baseUrl: string,
  e: {
    kind?: string;
    title: string;
    description: string;
    from: string;
    to?: string;
    skills: [string, string][];
    steps?: string[];
  },
) {
  await page.goto(`${baseUrl}/me/evidence/new`);
  if (e.kind) await page.getByLabel('证据类型').selectOption(e.kind);
  await page.getByLabel('标题').fill(e.title);
  await page.getByLabel('描述', { exact: true }).fill(e.description);
  await page.getByLabel('开始日期').fill(e.from);
  if (e.to) await page.getByLabel('结束日期（选填）').fill(e.to);
  // One skill row to start; more are added as needed. A level only where 新八级 applies (a trade).
  for (const [i, [name, level]] of e.skills.entries()) {
    if (i > 0) await page.getByRole('button', { name: '添加一项技能' }).click();
    await page.getByLabel(`技能 ${i + 1}`, { exact: true }).fill(name);
    if (level) await page.getByLabel(`技能 ${i + 1} 的等级`).selectOption(level);
  }
  for (const step of e.steps ?? []) await page.getByLabel(step).check();
  await page.getByRole('button', { name: '存入账本' }).click();
  await expect.poll(() => page.locator('.notice').textContent()).toContain('已存入账本');
}

export const AI_PROJECT = {
  title: '工业传感器数据分析与故障预测模型',
  description:
    '在实习单位用 Python 清洗和标注设备传感器数据，设计特征，训练机器学习和深度学习模型预测故障，部署人工智能算法并评估模型效果，编写技术文档。',
  from: '2025-03-01',
  to: '2025-06-30',
  // None is a skilled trade's skill, so none has a 新八级 level.
  skills: [
    ['机器学习', ''],
    ['数据分析', ''],
    ['数字技能', ''],
  ] as [string, string][],
  steps: ['明确任务', '制订计划', '实施计划', '检查控制'],
};

export const AI_COURSE = {
  kind: 'learning',
  title: '人工智能算法与深度学习课程实训',
  description: '完成神经网络、自然语言处理与计算机视觉算法的课程实训，设计并训练图像识别模型，优化算法性能。',
  from: '2024-09-01',
  to: '2025-01-15',
  skills: [
    ['深度学习', ''],
    ['解决问题', ''],
  ] as [string, string][],
};

/**
 * Employers and advisors in a real browser, beside a graduate: the advisor invites, attests and runs
 * the cohort report; the employer posts a role and sees the graduate ranked, until the graduate
 * withdraws consent.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AI_COURSE, AI_PROJECT, logEvidence, signUp } from './flows.js';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

describe.skipIf(!browserAvailable())('employer and advisor pages in Chromium', () => {
  const contexts: BrowserContext[] = [];
  const person = async (viewport = { width: 1024, height: 900 }): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport, acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  };
  let graduate: Page;
  const e2e = useServerAndBrowser();
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('an advisor invites a graduate, attests their evidence and runs the cohort report', async () => {
    const advisor = await person();
    await signUp(advisor, e2e.server.baseUrl, 'advisor', '周老师', '示范职业技术学院');
    await expect.poll(() => advisor.locator('h1').textContent()).toBe('我的班级');
    await advisor.getByLabel('班级名称').fill('2025届人工智能技术应用1班');
    await advisor.getByRole('button', { name: '创建班级' }).click();
    await advisor.getByRole('button', { name: '生成邀请码' }).click();
    const code = (await advisor.locator('.keybox').textContent())?.match(/邀请码：(\S+)（/)?.[1] ?? '';
    expect(code.length).toBeGreaterThanOrEqual(8);

    graduate = await person({ width: 375, height: 812 });
    await signUp(graduate, e2e.server.baseUrl, 'learner', '陈思远');
    await graduate.goto(`${e2e.server.baseUrl}/me/cohorts`);
    await graduate.getByLabel('邀请码').fill(code);
    await graduate.getByRole('button', { name: '加入' }).click();
    await expect.poll(() => graduate.locator('.notice').textContent()).toContain('已加入班级');
    await graduate.goto(`${e2e.server.baseUrl}/me/consent`);
    await graduate.getByLabel('允许用人单位找到我').check();
    await graduate.getByLabel('允许我所在班级的就业指导老师查看我的证据').check();
    await graduate.getByRole('button', { name: '保存授权' }).click();
    await logEvidence(graduate, e2e.server.baseUrl, AI_COURSE);
    await logEvidence(graduate, e2e.server.baseUrl, AI_PROJECT);
    // Ask the school to attest the project just logged.
    await graduate.getByLabel('认证方').selectOption({ label: '示范职业技术学院 · 周老师（班级老师）' });
    await graduate.getByLabel('留言（选填）').fill('周老师您好，这是我的毕业实习项目。');
    await graduate.getByRole('button', { name: '发送认证请求' }).click();
    await expect.poll(() => graduate.locator('.notice').textContent()).toContain('认证请求已发送');

    await advisor.goto(`${e2e.server.baseUrl}/inbox`);
    const request = advisor.locator('section.panel', { hasText: AI_PROJECT.title });
    await request.getByLabel('认证说明（选填）').fill('该生实习期间独立完成了数据分析与模型训练。');
    await request.getByLabel('你判断的等级（选填）').selectOption('3');
    await request.getByRole('button', { name: '签名认证' }).click();
    await expect.poll(() => advisor.locator('.notice').textContent()).toContain('已签名认证');

    await advisor.goto(`${e2e.server.baseUrl}/cohorts`);
    await advisor.getByRole('link', { name: '查看匹配报告' }).first().click();
    await expect.poll(() => advisor.locator('h1').textContent()).toContain('匹配报告');
    expect(await advisor.locator('table.data').last().textContent()).toContain('陈思远');
    expect(await advisor.locator('figure svg').count()).toBe(4);
    expect(await cjkRendersAsGlyphs(advisor)).toBe(true);
    await screenshot(advisor, 'advisor-report');
    const [download] = await Promise.all([
      advisor.waitForEvent('download'),
      advisor.getByRole('link', { name: 'CSV 表格' }).first().click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('陈思远');
    const [anonymous] = await Promise.all([
      advisor.waitForEvent('download'),
      advisor.getByRole('link', { name: 'CSV 表格' }).nth(1).click(),
    ]);
    expect(readFileSync((await anonymous.path()) as string, 'utf8')).not.toContain('陈思远');

    // The attested entry can now go in a showcase, verified for anyone who opens it.
    await graduate.goto(`${e2e.server.baseUrl}/me/showcases`);
    await graduate.getByLabel('分享标题').fill('陈思远的实习作品');
    await graduate.getByLabel(AI_PROJECT.title).check();
    await graduate.getByRole('button', { name: '生成分享链接' }).click();
    const link = (await graduate.locator('a.hash').first().getAttribute('href')) as string;
    const visitor = await person({ width: 375, height: 812 });
    await visitor.goto(`${e2e.server.baseUrl}${link}`);
    expect(await visitor.locator('.verified').first().textContent()).toContain('已验证');
    expect(await cjkRendersAsGlyphs(visitor)).toBe(true);
    await screenshot(visitor, 'showcase-public-zh-375');
  });

  it('an employer posts a role, sees the graduate ranked, and loses them when consent is withdrawn', async () => {
    const employer = await person();
    await signUp(employer, e2e.server.baseUrl, 'employer', '黄经理', '智造科技有限公司');
    await expect.poll(() => employer.locator('h1').textContent()).toBe('我的岗位');
    await employer.getByRole('link', { name: '发布岗位' }).first().click();
    await employer.getByLabel('岗位名称').first().fill('人工智能算法工程师');
    await employer.getByRole('button', { name: '推荐对应职业' }).click();
    // Suggestions are previewed, none chosen for the employer: choose the first.
    const suggestion = employer.locator('input[name=occupationCode]:not([value=""])').first();
    await suggestion.check();
    expect(await suggestion.getAttribute('value')).toMatch(/^\d-\d{2}-\d{2}-\d{2}$/);
    await screenshot(employer, 'employer-new-role');
    await employer.getByRole('button', { name: '发布岗位' }).click();
    await expect.poll(() => employer.locator('.notice').textContent()).toContain('已保存');
    // Edit the requirements: the first becomes essential (no 新八级 level: not a skilled trade).
    await employer.locator('input[name="req.0.essential"]').check();
    await employer.getByRole('button', { name: '保存要求' }).click();
    await expect.poll(() => employer.locator('.notice').textContent()).toContain('已保存');
    expect(await employer.locator('input[name="req.0.essential"]').isChecked()).toBe(true);

    await employer.getByRole('link', { name: '查看候选人' }).click();
    await expect.poll(() => employer.locator('ol.candidates').textContent()).toContain('陈思远');
    await employer.locator('ol.candidates > li summary').first().click();
    expect(await cjkRendersAsGlyphs(employer)).toBe(true);
    await screenshot(employer, 'employer-candidates');

    await graduate.goto(`${e2e.server.baseUrl}/me/consent`);
    await graduate.getByLabel('允许用人单位找到我').uncheck();
    await graduate.getByRole('button', { name: '保存授权' }).click();
    await expect.poll(() => graduate.locator('.notice').textContent()).toContain('已保存');
    await screenshot(graduate, 'graduate-consent-zh-375');

    await employer.reload();
    expect(await employer.locator('main').textContent()).not.toContain('陈思远');
    await screenshot(employer, 'employer-candidates-after-withdrawal');
  });
});

/**
 * The hiring loop in a real browser: a graduate (on a 375-px phone) finds a published role, sees
 * what they miss and takes interest; the employer (desktop) finds them in the interested list,
 * opens the evidence, shortlists and writes; the graduate replies; the graduate withdraws from
 * the employer on "who saw me", and the employer loses access at once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AI_PROJECT, logEvidence, signUp } from './flows.js';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

describe.skipIf(!browserAvailable())('the hiring loop in Chromium', () => {
  const contexts: BrowserContext[] = [];
  const person = async (viewport: { width: number; height: number }): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  };
  const e2e = useServerAndBrowser();
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('find, miss, interest, interested list, evidence, shortlist, messages, withdrawal', async () => {
    const base = e2e.server.baseUrl;
    const notice = (page: Page) => page.locator('.notice').textContent();

    // The employer posts a role from an occupation, gives it details and publishes it.
    const employer = await person({ width: 1280, height: 900 });
    await signUp(employer, base, 'employer', '黄经理', '智造科技有限公司');
    await employer.getByRole('link', { name: '发布岗位' }).first().click();
    await employer.getByLabel('岗位名称').first().fill('人工智能算法工程师');
    await employer.getByRole('button', { name: '推荐对应职业' }).click();
    await employer.locator('input[name=occupationCode]:not([value=""])').first().check();
    await employer.getByRole('button', { name: '发布岗位' }).click();
    await expect.poll(() => notice(employer)).toContain('已保存');
    const roleId = new URL(employer.url()).pathname.split('/')[2] as string;
    await employer.getByRole('link', { name: '保存岗位信息' }).click();
    await employer.getByLabel('城市（选填）').fill('苏州');
    await employer.getByLabel('工作形式（选填）').selectOption('internship');
    await employer.getByLabel('月薪下限（元，选填）').fill('6000');
    await employer.getByLabel('月薪上限（元，选填）').fill('9000');
    await employer.getByLabel('截止日期（选填，不能早于今天）').fill('2020-01-01');
    await employer.getByRole('button', { name: '保存岗位信息' }).click();
    // A closing date in the past is refused, next to the field.
    await expect.poll(() => employer.locator('#f-closesOn-error').textContent()).toBeTruthy();
    await employer.getByLabel('截止日期（选填，不能早于今天）').fill('2099-12-31');
    await employer.getByRole('button', { name: '保存岗位信息' }).click();
    await expect.poll(() => notice(employer)).toContain('已保存');
    await employer.getByRole('button', { name: '发布岗位' }).click();
    await expect.poll(() => notice(employer)).toContain('岗位已发布');
    expect(await employer.locator('main').textContent()).toContain('苏州 · 实习 · 6000–9000 元/月');

    // The graduate, on a phone, finds it and sees what they meet and miss.
    const graduate = await person({ width: 375, height: 812 });
    await signUp(graduate, base, 'learner', '陈思远');
    await logEvidence(graduate, base, AI_PROJECT);
    await graduate.getByRole('link', { name: '岗位推荐' }).first().click();
    await graduate.getByLabel('城市').fill('苏州市');
    await graduate.getByRole('button', { name: '筛选' }).click();
    await graduate.getByRole('link', { name: '人工智能算法工程师' }).click();
    await expect.poll(() => graduate.locator('h1').textContent()).toContain('人工智能算法工程师');
    expect(await graduate.locator('.met-missing').textContent()).toContain('你还缺的要求');
    expect(await graduate.locator('ul.met').textContent()).toContain(AI_PROJECT.title);
    expect(await cjkRendersAsGlyphs(graduate)).toBe(true);
    await screenshot(graduate, 'hiring-role-for-me-zh-375');
    await graduate.getByRole('button', { name: '我有意向' }).click();
    await expect.poll(() => notice(graduate)).toContain('已表达意向');

    // The employer sees them among the interested, opens the evidence, shortlists and writes.
    await employer.goto(`${base}/roles/${roleId}/candidates`);
    await employer.getByRole('link', { name: '有意向的' }).click();
    await expect.poll(() => employer.locator('ol.candidates').textContent()).toContain('陈思远');
    await employer.getByRole('link', { name: '陈思远' }).click();
    await expect.poll(() => employer.locator('ul.evidence-behind').textContent()).toContain(AI_PROJECT.title);
    const cardUrl = employer.url();
    await employer.getByRole('button', { name: '加入候选名单' }).click();
    await expect.poll(() => notice(employer)).toContain('已保存');
    await screenshot(employer, 'hiring-candidate-card-desktop');
    await employer.getByRole('link', { name: '发消息' }).click();
    const hello = '陈同学你好！<b>欢迎</b>周三来面谈吗？';
    await employer.getByLabel('消息内容').fill(hello);
    await employer.getByRole('button', { name: '发送' }).click();
    await expect.poll(() => notice(employer)).toContain('已发送');
    const threadUrl = employer.url().split('?')[0] as string;

    // The graduate sees it unread, reads it as plain text, and replies.
    await graduate.goto(`${base}/messages`);
    expect(await graduate.locator('h1').textContent()).toContain('1 条未读');
    await graduate.getByRole('link', { name: /人工智能算法工程师/ }).click();
    expect(await graduate.locator('.message-text').first().textContent()).toBe(hello);
    expect(await graduate.locator('.message-text b').count()).toBe(0);
    await graduate.getByLabel('消息内容').fill('黄经理您好，周三下午可以。');
    await graduate.getByRole('button', { name: '发送' }).click();
    await expect.poll(() => notice(graduate)).toContain('已发送');
    await screenshot(graduate, 'hiring-conversation-zh-375');
    await employer.goto(`${base}/messages`);
    expect(await employer.locator('ul.conversations').textContent()).toContain('1 条未读');

    // Who saw me: the employer opened the card; one click withdraws everything from it.
    await graduate.goto(`${base}/me/disclosures`);
    const entry = graduate.locator('ul.who-saw-me > li', { hasText: '智造科技有限公司' });
    expect(await entry.textContent()).toContain('打开了你的候选人卡片');
    await screenshot(graduate, 'hiring-who-saw-me-zh-375');
    await entry.getByRole('button', { name: '撤回对这家单位的全部授权' }).click();
    await expect.poll(() => notice(graduate)).toContain('已撤回');

    // The employer loses access at once: the card, the conversation, the list it had open.
    const card = await employer.goto(cardUrl);
    expect(card?.status()).toBe(404);
    expect(await employer.locator('main').textContent()).not.toContain(AI_PROJECT.title);
    expect((await employer.goto(threadUrl))?.status()).toBe(404);
    await employer.goto(`${base}/roles/${roleId}/candidates?list=interested`);
    expect(await employer.locator('main').textContent()).not.toContain('陈思远');
    expect(await employer.locator('main').textContent()).toContain('有意向的');

    // The same pages in English, on the phone.
    await graduate.goto(`${base}/me/roles?lang=en`);
    expect(await graduate.locator('h1').textContent()).toBe('Roles for me');
    await screenshot(graduate, 'hiring-roles-for-me-en-375');
  });
});

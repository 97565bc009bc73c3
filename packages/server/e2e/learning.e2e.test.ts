/**
 * The learning loop in a real browser: a provider publishes a course; a graduate on a phone sees it
 * recommended on the gaps page with a predicted score, enrols, the provider records completion,
 * the graduate accepts, and the gaps page shows the predicted score; the ledger verifies.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AI_PROJECT, logEvidence, signUp } from './flows.js';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

const AI = '2-02-38-01';

describe.skipIf(!browserAvailable())('learning and competitions in Chromium', () => {
  const contexts: BrowserContext[] = [];
  const person = async (viewport = { width: 1024, height: 900 }): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  };
  const e2e = useServerAndBrowser();
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });
  const noSideScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

  it('recommended, enrolled, completed, accepted: the match rises to the predicted score', async () => {
    const base = e2e.server.baseUrl;
    const provider = await person();
    await signUp(provider, base, 'provider', '陈老师', '智联职业技能培训学校');
    await expect.poll(() => provider.locator('h1').textContent()).toBe('我发布的项目');
    await provider.getByRole('link', { name: '发布新项目' }).click();
    await provider.getByLabel('名称').fill('人工智能系统集成与部署实战');
    await provider
      .getByLabel('介绍')
      .fill('把模型集成进业务系统，部署、监控与运维，设计完整的人工智能解决方案。');
    await provider.getByLabel('学时').fill('48');
    await provider.getByLabel('费用（元）').fill('1200');
    await provider.getByLabel('等级（1–8，认定必填）').fill('4');
    await provider.getByLabel(/覆盖的任务编号/).fill(`${AI}#5\n${AI}#6`);
    await provider.getByRole('button', { name: '发布' }).click();
    await expect.poll(() => provider.locator('.notice').textContent()).toContain('已保存');
    await screenshot(provider, 'provider-offering');

    const graduate = await person({ width: 375, height: 812 });
    await signUp(graduate, base, 'learner', '林同学');
    await logEvidence(graduate, base, AI_PROJECT);
    await graduate.goto(`${base}/me/gaps?occupation=${AI}`);
    const card = graduate.locator('ol.recommended > li', { hasText: '人工智能系统集成与部署实战' });
    const predicted = (await card.locator('.score').textContent())?.match(/→\s*(\d+%)/)?.[1] ?? '';
    expect(predicted).toMatch(/^\d+%$/);
    expect(await noSideScroll(graduate)).toBe(true);
    expect(await cjkRendersAsGlyphs(graduate)).toBe(true);
    await screenshot(graduate, 'graduate-gaps-recommended-zh-375');
    await card.getByRole('link', { name: '人工智能系统集成与部署实战' }).click();
    await graduate.getByRole('button', { name: '报名' }).click();
    await expect.poll(() => graduate.locator('.notice').textContent()).toContain('报名成功');

    await provider.goto(`${base}/provider`);
    await provider.getByRole('link', { name: '人工智能系统集成与部署实战' }).click();
    const enrolment = provider.locator('ul.enrolments > li', { hasText: '林同学' });
    await enrolment.getByLabel('评语（写入签名）').fill('三个项目均合格');
    await enrolment.getByRole('button', { name: '记录成绩' }).click();
    await expect.poll(() => provider.locator('.notice').textContent()).toContain('成绩已记录并签名');

    await graduate.goto(`${base}/me/learning`);
    expect(await graduate.locator('main').textContent()).toContain('待你确认');
    await graduate.getByRole('button', { name: '接受并写入账本' }).click();
    await expect.poll(() => graduate.locator('.notice').textContent()).toContain('成绩已写入你的账本');
    expect(await noSideScroll(graduate)).toBe(true);
    await screenshot(graduate, 'graduate-learning-zh-375');

    await graduate.goto(`${base}/me/gaps?occupation=${AI}`);
    expect((await graduate.locator('main > p .score').first().textContent())?.trim()).toBe(predicted);
    await graduate.goto(`${base}/me/evidence`);
    expect(await graduate.locator('main').textContent()).toContain('账本校验通过');

    await provider.goto(`${base}/offerings?lang=en`);
    expect(await provider.locator('h1').textContent()).toBe('Courses, assessments and competitions');
    await screenshot(provider, 'offerings-en-desktop');
  });
});

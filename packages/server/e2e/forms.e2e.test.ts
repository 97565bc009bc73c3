/**
 * The evidence form and the employer's role forms in Chromium, at 375 and 1280 px, in Chinese and
 * English: the occupation picker (typed search, and the plain-form button without JavaScript), rows
 * added and removed, 新八级 offered only for a trade's skill, every problem at once, suggested
 * occupations previewed and chosen, the compact requirement editor. Screenshots: `forms-*`.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { signUp } from './flows.js';
import { browserAvailable, screenshot, useServerAndBrowser } from './harness.js';

const WIDTHS = [375, 1280] as const;
/** A journey through several pages and API calls on a shared 2-core machine. */
const JOURNEY = { timeout: 120_000 };

describe.skipIf(!browserAvailable())('forms in Chromium', () => {
  const e2e = useServerAndBrowser();
  const contexts: BrowserContext[] = [];
  const person = async (width: number, javaScriptEnabled = true): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
    contexts.push(context);
    return context.newPage();
  };
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });
  const noSidewaysScroll = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const note = (page: Page, n: number) => page.locator('[data-row]').nth(n).locator('[data-ladder-note]');
  const levelField = (page: Page, n: number) =>
    page.locator('#f-skills [data-row]').nth(n).locator('[data-level-field]');

  for (const width of WIDTHS) {
    it(
      `a graduate logs evidence with the picker, rows as needed and levels where they apply (${width} px)`,
      JOURNEY,
      async () => {
        const page = await person(width);
        const base = e2e.server.baseUrl;
        await signUp(page, base, 'learner', `林${width}`);
        await page.goto(`${base}/me/evidence/new`);
        expect(await page.locator('input[name^="skills."][name$=".name"]').count()).toBe(1);
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-evidence-empty-zh-${width}`);

        // Occupations are searched as one types and ticked; no code is typed.
        await page.getByLabel('搜索职业').fill('电工');
        await page.locator('input[name=occupationCodes][value="6-31-01-03"]').check();

        await page.getByLabel('技能 1', { exact: true }).fill('电工');
        await expect.poll(() => note(page, 0).textContent()).toContain('技能工种');
        expect(await levelField(page, 0).isVisible()).toBe(true);
        await page.getByRole('button', { name: '添加一项技能' }).click();
        await page.getByLabel('技能 2', { exact: true }).fill('Python');
        await expect.poll(() => note(page, 1).textContent()).toContain('不填等级');
        expect(await levelField(page, 1).isVisible()).toBe(false);
        await page.getByRole('button', { name: '添加一项技能' }).click();
        await page.getByLabel('技能 3', { exact: true }).fill('直播带货');
        await expect.poll(() => note(page, 2).textContent()).toContain('数字职业');
        expect(await levelField(page, 2).isVisible()).toBe(false);
        // Suggestions follow the chosen occupation and the core skills.
        const suggested = await page
          .locator('#skill-suggestions option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        expect(suggested).toContain('团队合作');
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-evidence-skills-zh-${width}`);
        // Removing row 2 renumbers the rest.
        await page.getByRole('button', { name: '删除 技能 2' }).click();
        expect(await page.getByLabel('技能 2', { exact: true }).inputValue()).toBe('直播带货');
        await page.getByLabel('技能 1 的等级').selectOption('3');

        // Every problem at once, beside its field and in a summary.
        await page.getByLabel('描述', { exact: true }).fill('修');
        await page.getByLabel('开始日期').fill('2025-03-01');
        await page.getByLabel('结束日期（选填）').fill('2025-01-01');
        await page.getByRole('button', { name: '存入账本' }).click();
        await expect.poll(() => page.locator('#form-errors li').count()).toBe(3);
        expect(await page.locator('#f-title-error').textContent()).toBe('不能为空');
        expect(await page.locator('#f-description-error').textContent()).toContain('描述只有 1 个字');
        expect(await page.locator('#f-endedOn-error').textContent()).toContain('不能早于开始日期');
        expect(await page.getByLabel('技能 1', { exact: true }).inputValue()).toBe('电工');
        expect(await page.locator('input[name=occupationCodes][value="6-31-01-03"]').isChecked()).toBe(true);
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-evidence-errors-zh-${width}`);

        await page.getByLabel('标题').fill('配电箱检修');
        await page
          .getByLabel('描述', { exact: true })
          .fill('在实训基地按图纸检修低压配电箱，更换损坏的断路器并测试绝缘电阻，整理检修记录交给师傅检查。');
        await page.getByLabel('结束日期（选填）').fill('2025-03-20');
        await page.getByRole('button', { name: '存入账本' }).click();
        await expect.poll(() => page.locator('.notice').textContent()).toContain('已存入账本');
        expect(await page.locator('main').textContent()).toContain('中级工');
      },
    );

    it(
      `the evidence form speaks English and says why Python has no level (${width} px)`,
      JOURNEY,
      async () => {
        const page = await person(width);
        const base = e2e.server.baseUrl;
        await signUp(page, base, 'learner', `Sam ${width}`);
        await page.goto(`${base}/me/evidence/new?lang=en`);
        await page.getByLabel('Skill 1', { exact: true }).fill('Python');
        await expect.poll(() => note(page, 0).textContent()).toContain('no level');
        await page.getByLabel('Title').fill('Sensor data cleaning');
        await page.getByLabel('Description', { exact: true }).fill('x');
        await page.getByLabel('Start date').fill('2025-03-01');
        await page.getByRole('button', { name: 'Deposit in my ledger' }).click();
        await expect
          .poll(() => page.locator('#f-description-error').textContent())
          .toContain('only 1 characters');
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-evidence-errors-en-${width}`);
      },
    );

    it(
      `an employer reads several suggested occupations, chooses one, and edits requirements (${width} px)`,
      JOURNEY,
      async () => {
        const page = await person(width);
        const base = e2e.server.baseUrl;
        await signUp(page, base, 'employer', `黄${width}`, '数据科技有限公司');
        await page.goto(`${base}/roles/new`);
        expect(await page.getByLabel('岗位名称').count()).toBe(1);
        await page.getByLabel('岗位名称').fill('数据分析专员');
        await page.getByRole('button', { name: '推荐对应职业' }).click();
        const options = page.locator('input[name=occupationCode]:not([value=""])');
        await expect.poll(() => options.count()).toBeGreaterThanOrEqual(2);
        expect(await page.locator('input[name=occupationCode]:checked').count()).toBe(0);
        const card = page.locator('[data-picker-option]', { has: page.locator('input[value="4-07-02-05"]') });
        await expect.poll(() => card.locator('[data-slot=definition]').textContent()).toMatch(/.{10,}/);
        await expect.poll(() => card.locator('[data-slot=tasks] li').count()).toBeGreaterThan(0);
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-role-suggestions-zh-${width}`);
        await card.locator('input').check();
        await page.getByRole('button', { name: '发布岗位' }).click();
        await expect.poll(() => page.locator('.notice').textContent()).toContain('已保存');
        expect(await page.locator('main').textContent()).toContain('商务数据分析师');

        const rows = page.locator('#f-req [data-row]');
        const count = await rows.count();
        expect(count).toBeGreaterThan(1);
        await page.getByRole('button', { name: '添加一条要求' }).click();
        await page.getByLabel(`要求 ${count + 1}`, { exact: true }).fill('能用 Excel 做数据透视表');
        await page.getByRole('button', { name: '删除要求 1' }).click();
        expect(await page.getByLabel(`要求 ${count}`, { exact: true }).inputValue()).toBe(
          '能用 Excel 做数据透视表',
        );
        await page
          .getByLabel(`要求 ${count} 是必须项`)
          .check()
          .catch(async () => {
            await rows
              .nth(count - 1)
              .locator('input[type=checkbox]')
              .check();
          });
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-role-requirements-zh-${width}`);
        await page.getByRole('button', { name: '保存要求' }).click();
        await expect.poll(() => page.locator('.notice').textContent()).toContain('已保存');
        expect(await rows.count()).toBe(count);
        expect(await page.getByLabel(`要求 ${count}`, { exact: true }).inputValue()).toBe(
          '能用 Excel 做数据透视表',
        );

        await page.goto(`${base}/roles/new?lang=en&title=${encodeURIComponent('数据分析专员')}`);
        await expect
          .poll(() => page.locator('[data-picker-intro]').textContent())
          .toContain('Occupations suggested');
        await noSidewaysScroll(page, width);
        await screenshot(page, `forms-role-suggestions-en-${width}`);
      },
    );
  }

  it('works as a plain form without JavaScript: search and rows by buttons (375 px)', JOURNEY, async () => {
    const page = await person(375, false);
    const base = e2e.server.baseUrl;
    // Sign-up's copy button needs no script to sign up.
    await signUp(page, base, 'learner', '无脚本');
    await page.goto(`${base}/me/evidence/new`);
    await page.getByLabel('搜索职业').fill('焊工');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.locator('input[name=occupationCodes][value="6-18-02-04"]').check();
    await page.getByLabel('技能 1', { exact: true }).fill('氩弧焊');
    await page.getByRole('button', { name: '添加一项技能' }).click();
    expect(await page.getByLabel('技能 2', { exact: true }).count()).toBe(1);
    expect(await page.locator('input[name=occupationCodes][value="6-18-02-04"]').isChecked()).toBe(true);
    expect(await note(page, 0).textContent()).toContain('焊工');
    await noSidewaysScroll(page, 375);
    await screenshot(page, 'forms-evidence-nojs-zh-375');
  });
});

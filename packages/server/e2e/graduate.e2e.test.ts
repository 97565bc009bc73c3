/** A graduate in a real browser: signs up, logs two pieces of evidence, sees matches, gaps and a showcase. */
import { describe, expect, it } from 'vitest';
import { AI_COURSE, AI_PROJECT, logEvidence, signUp } from './flows.js';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

describe.skipIf(!browserAvailable())('graduate pages in Chromium', () => {
  const e2e = useServerAndBrowser();

  it('a graduate logs two pieces of evidence on a phone and sees matches with per-task coverage', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 375, height: 812 } });
    await signUp(page, e2e.server.baseUrl, 'learner', '林晓雨', '', 'sign-up-key-zh-375');
    // A mistake first: the error appears next to the field and nothing typed is lost.
    await page.goto(`${e2e.server.baseUrl}/me/evidence/new`);
    await page.getByLabel('标题').fill('只有标题');
    await page.getByLabel('描述', { exact: true }).fill('   ');
    await page.getByLabel('开始日期').fill('2025-01-01');
    await page.getByRole('button', { name: '存入账本' }).click();
    await expect.poll(() => page.locator('#f-description-error').textContent()).toBe('不能为空');
    expect(await page.getByLabel('标题').inputValue()).toBe('只有标题');
    await screenshot(page, 'evidence-form-error-zh-375');

    await logEvidence(page, e2e.server.baseUrl, AI_PROJECT);
    await logEvidence(page, e2e.server.baseUrl, AI_COURSE);

    await page.getByRole('link', { name: '匹配职业' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('最匹配的职业');
    const first = page.locator('ol.matches > li').first();
    expect(await page.locator('ol.matches > li').count()).toBeGreaterThan(3);
    await first.locator('summary').click();
    expect(await first.locator('h3').first().textContent()).toContain('已覆盖的任务');
    const names = await page.locator('ol.matches > li h2 a').allTextContents();
    expect(names.some((n) => n.includes('人工智能') || n.includes('数据'))).toBe(true);
    expect(await cjkRendersAsGlyphs(page)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'graduate-matches-zh-375');

    await first.getByRole('link', { name: /差距和下一步/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('差距与下一步');
    await screenshot(page, 'graduate-gaps-zh-375');

    await page.getByRole('link', { name: '技能画像' }).click();
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'graduate-profile-zh-375');

    await page.getByRole('link', { name: '账本' }).click();
    expect(await page.locator('.verified').textContent()).toContain('账本校验通过');
    await screenshot(page, 'graduate-ledger-zh-375');
    await page.close();
  });

  it('the evidence form is usable with the keyboard and in English', async () => {
    const page = await e2e.browser.newPage();
    await signUp(page, e2e.server.baseUrl, 'learner', 'Alex Chen');
    await page.goto(`${e2e.server.baseUrl}/me/evidence/new?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Log a piece of evidence');
    await page.getByLabel('Title').focus();
    await page.keyboard.type('Solar panel installation placement');
    await page.keyboard.press('Tab');
    await page.keyboard.type(
      'Installed and tested photovoltaic panels and inverters on rooftops; checked wiring safety.',
    );
    expect(await page.getByLabel('Description').inputValue()).toContain('photovoltaic');
    await screenshot(page, 'evidence-form-en');
    await page.close();
  });
});

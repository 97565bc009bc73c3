/** A visitor browses occupations in a real browser: search, open one, switch language, on a phone. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

describe.skipIf(!browserAvailable())('occupation browser in Chromium', () => {
  const e2e = useServerAndBrowser();

  it('searches 人工智能 on a 375-px screen and opens the engineering occupation', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${e2e.server.baseUrl}/occupations`);
    await page.getByLabel('职业名称、定义或工作任务').fill('人工智能');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/q=/);
    const first = page.locator('ul.cards li a').first();
    expect(['人工智能工程技术人员', '人工智能训练师']).toContain(await first.textContent());
    await page.getByRole('link', { name: '人工智能工程技术人员' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('人工智能工程技术人员');
    expect(await page.locator('ol.tasks li').count()).toBeGreaterThan(3);
    expect(await cjkRendersAsGlyphs(page)).toBe(true);
    // Nothing overflows sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'occupation-detail-zh-375');

    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Definition');
    await screenshot(page, 'occupation-detail-en-375');
    await page.close();
  });

  it('filters green occupations with the keyboard only', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.baseUrl}/occupations`);
    await page.getByLabel('绿色职业').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForURL(/green=true/);
    const tags = await page
      .locator('ul.cards li')
      .evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    expect(tags.length).toBeGreaterThan(10);
    expect(tags.every((t) => t.includes('绿色'))).toBe(true);
    await screenshot(page, 'occupations-green');
    await page.close();
  });
});

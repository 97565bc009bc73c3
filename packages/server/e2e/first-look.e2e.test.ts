/** What a newcomer sees in the first minute: the demo data set loaded by SKILLBANK_DEMO=1, every page populated. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

describe.skipIf(!browserAvailable())('first look with the demo data set', () => {
  const e2e = useServerAndBrowser({ SKILLBANK_DEMO: '1' });

  it('enters as the demo graduate, then the school and the employer, from the home page', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(e2e.server.baseUrl);
    expect(await page.locator('#demo').textContent()).toContain('演示数据');
    expect(await cjkRendersAsGlyphs(page)).toBe(true);
    await screenshot(page, 'home-demo-zh-375');

    await page.getByRole('button', { name: /以毕业生“林晓雨（演示）”进入/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('林晓雨（演示）的技能账户');
    expect(await page.locator('.demo-banner').textContent()).toContain('演示数据');
    await screenshot(page, 'graduate-home-demo-zh-375');
    await page.getByRole('navigation', { name: '账户导航' }).getByRole('link', { name: '炫技分享' }).click();
    await page.locator('a.hash').first().click();
    expect(await page.locator('.verified').first().textContent()).toContain('已验证');
    await screenshot(page, 'showcase-demo-zh-375');
    await context.close();

    const desk = await e2e.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const employer = await desk.newPage();
    await employer.goto(`${e2e.server.baseUrl}/?lang=en`);
    await employer.getByRole('button', { name: /Enter as employer/ }).click();
    await expect.poll(() => employer.locator('h1').textContent()).toBe('My roles');
    await employer.getByRole('link', { name: 'See candidates' }).first().click();
    expect(await employer.locator('ol.candidates').textContent()).toContain('林晓雨（演示）');
    await screenshot(employer, 'employer-candidates-demo-en');
    await desk.close();
  });
});

/**
 * The first hour in Chromium, on a phone (375 px) and a desktop (1280 px), in Chinese and English:
 * the home page's computed example, times in the browser's zone (and a pinned one), the /me
 * checklist, the ledger's count and tags, the occupation entry points, the gaps chooser and the
 * profile — none of them scrolling sideways. Screenshots: e2e/screenshots/first-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AI_PROJECT, logEvidence, signUp } from './flows.js';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

const WIDTHS = [375, 1280] as const;

/** Nothing wider than the window: no sideways scrolling. */
const noSidewaysScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

/** Every tag is drawn on one line, wider than tall (not broken into a column of characters). */
const tagsOnOneLine = (page: Page) =>
  page.locator('.tag').evaluateAll((tags) =>
    tags.every((t) => {
      const r = t.getBoundingClientRect();
      return t.getClientRects().length === 1 && r.width > r.height;
    }),
  );

describe.skipIf(!browserAvailable())('the first hour in Chromium', () => {
  const e2e = useServerAndBrowser({ SKILLBANK_DEMO: '1' });

  for (const width of WIDTHS)
    for (const lang of ['zh', 'en'] as const)
      it(`home page shows a computed example match and a real icon (${lang}, ${width} px)`, async () => {
        const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const icon = page.waitForResponse((r) => r.url().endsWith('/favicon.svg'));
        await page.goto(`${e2e.server.baseUrl}/?lang=${lang}`);
        expect((await icon).status()).toBe(200);
        expect(await page.locator('#example-matches li').count()).toBeGreaterThan(0);
        expect(await page.locator('#what-you-get + ul li').count()).toBe(3);
        expect(await cjkRendersAsGlyphs(page)).toBe(true);
        expect((await page.request.get(`${e2e.server.baseUrl}/favicon.ico`)).status()).toBe(200);
        await noSidewaysScroll(page, width);
        await screenshot(page, `first-home-${lang}-${width}`);
        await context.close();
      });

  it('shows times in the browser’s zone from the second page, and in a zone the reader pins', async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 375, height: 812 },
      timezoneId: 'America/Sao_Paulo',
    });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/`);
    // The first page of a first visit is in Asia/Shanghai; the page script tells the server the zone.
    expect(await page.locator('footer').textContent()).toContain('Asia/Shanghai（UTC+8）');
    await page.reload();
    expect(await page.locator('footer').textContent()).toContain('America/Sao_Paulo（UTC-3）');
    await page.getByRole('button', { name: /以毕业生“林晓雨（演示）”进入/ }).click();
    await page.goto(`${e2e.server.baseUrl}/me/consent`);
    expect(await page.locator('main').textContent()).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d UTC-3/);
    await noSidewaysScroll(page, 375);
    await screenshot(page, 'first-times-sao-paulo-zh-375');

    await page.getByRole('link', { name: '更改时区' }).click();
    await page.getByLabel('固定为下面的时区').check();
    await page.locator('#tz-zone').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: '保存时区' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('时区已保存');
    await page.goto(`${e2e.server.baseUrl}/me/consent`);
    await page.reload();
    expect(await page.locator('main').textContent()).toMatch(/\d\d:\d\d UTC\+9/);
    expect(await page.locator('footer').textContent()).toContain('Asia/Tokyo（UTC+9）');
    await screenshot(page, 'first-time-zone-pinned-zh-375');

    await page.goto(`${e2e.server.baseUrl}/time-zone?lang=en`);
    await page.getByLabel('Follow my browser').check();
    await page.getByRole('button', { name: 'Save time zone' }).click();
    // The answer page runs the script again (it writes the browser's zone); the next page shows it.
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Time zone saved');
    await page.reload();
    expect(await page.locator('footer').textContent()).toContain('America/Sao_Paulo (UTC-3)');
    await noSidewaysScroll(page, 375);
    await screenshot(page, 'first-time-zone-en-375');
    await context.close();
  });

  for (const width of WIDTHS)
    it(`a new graduate follows the checklist; ledger, gaps and profile read plainly (zh, ${width} px)`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const base = e2e.server.baseUrl;
      await signUp(page, base, 'learner', `清单同学${width}`);
      await page.goto(`${base}/me`);
      expect(await page.locator('#first-steps').textContent()).toContain('已完成 0/5');
      expect(await page.locator('ul.checklist li').count()).toBe(5);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-me-checklist-zh-${width}`);

      await page.goto(`${base}/me/gaps`);
      expect(await page.locator('main').textContent()).toContain('记录几条证据后');

      await logEvidence(page, base, AI_PROJECT);
      await page.goto(`${base}/me`);
      expect(await page.locator('ul.checklist').textContent()).toContain('已记录 1 条');

      await page.goto(`${base}/me/evidence`);
      expect(await page.locator('main').textContent()).toMatch(/1 件证据（账本中 \d+ 条记录）/);
      expect(await page.locator('table.data tbody tr').count()).toBe(1);
      expect(await page.locator('details.tech').first().isVisible()).toBe(true);
      expect(await tagsOnOneLine(page)).toBe(true);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-ledger-zh-${width}`);

      await page.goto(`${base}/me/gaps`);
      expect(await page.locator('#gaps-choose + ul li').count()).toBeGreaterThan(0);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-gaps-chooser-zh-${width}`);
      await page.getByLabel('或者搜索职业（名称或代码）').fill('人工智能');
      await page.getByRole('button', { name: '查看' }).click();
      await expect.poll(() => page.locator('#gaps-search').textContent()).toContain('人工智能');
      await page.locator('#gaps-search + ul li a').first().click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('差距与下一步');
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-gaps-zh-${width}`);

      await page.goto(`${base}/me/profile`);
      expect(await page.locator('.lead').textContent()).not.toContain('0.85');
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-profile-zh-${width}`);

      // The same pages in English.
      await page.goto(`${base}/me?lang=en`);
      expect(await page.locator('ul.checklist').textContent()).toContain(
        'Log three pieces of skill evidence (1 so far)',
      );
      expect(await page.locator('#first-steps').textContent()).toContain('0 of 5 done');
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-me-checklist-en-${width}`);
      await page.goto(`${base}/me/evidence`);
      expect(await page.locator('main').textContent()).toMatch(/1 piece of evidence \(\d+ ledger entr/);
      expect(await tagsOnOneLine(page)).toBe(true);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-ledger-en-${width}`);
      await page.goto(`${base}/me/gaps`);
      expect(await page.locator('main').textContent()).toContain('Choose from your best matches');
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-gaps-chooser-en-${width}`);
      await page.goto(`${base}/me/profile`);
      expect(await page.locator('main details summary').first().textContent()).toBe(
        'How levels are computed',
      );
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-profile-en-${width}`);
      await context.close();
    });

  for (const width of WIDTHS)
    it(`the demo graduate's ledger keeps "已认证" on one line (${width} px, zh and en)`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(e2e.server.baseUrl);
      await page.getByRole('button', { name: /以毕业生“林晓雨（演示）”进入/ }).click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('林晓雨（演示）的技能账户');
      await screenshot(page, `first-me-demo-zh-${width}`);
      await page.goto(`${e2e.server.baseUrl}/me/evidence`);
      const rows = await page.locator('table.data tbody tr').count();
      expect(await page.locator('main').textContent()).toContain(`${rows} 件证据（账本中`);
      expect(await page.locator('.tag.ok').count()).toBeGreaterThan(0);
      expect(await tagsOnOneLine(page)).toBe(true);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-ledger-demo-zh-${width}`);
      await page.goto(`${e2e.server.baseUrl}/me/evidence?lang=en`);
      expect(await page.locator('main').textContent()).toMatch(
        new RegExp(`${rows} pieces? of evidence \\(\\d+ ledger entr`),
      );
      expect(await tagsOnOneLine(page)).toBe(true);
      await noSidewaysScroll(page, width);
      await screenshot(page, `first-ledger-demo-en-${width}`);
      await context.close();
    });

  for (const width of WIDTHS)
    for (const lang of ['zh', 'en'] as const)
      it(`the occupation list opens on entry points (${lang}, ${width} px)`, async () => {
        const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${e2e.server.baseUrl}/occupations/2-02-38-01?lang=${lang}`);
        const looked = await page.locator('h1').evaluate((h) => h.firstChild?.textContent?.trim() ?? '');
        expect(looked.length).toBeGreaterThan(1);
        await page.goto(`${e2e.server.baseUrl}/occupations`);
        expect(await page.locator('main').textContent()).not.toContain('中国共产党机关负责人');
        for (const id of ['#entry-digital', '#entry-green', '#entry-new', '#entry-popular'])
          expect(await page.locator(id).count()).toBe(1);
        // Opened just now, so it is among the most looked-up (counted in the database).
        expect(await page.locator('#entry-popular + ul').textContent()).toContain(looked);
        await noSidewaysScroll(page, width);
        await screenshot(page, `first-occupations-${lang}-${width}`);
        await page.locator('#entry-new a').click();
        await page.waitForURL(/new=true/);
        const tags = await page
          .locator('ul.cards li')
          .evaluateAll((li) => li.map((l) => l.textContent ?? ''));
        expect(tags.length).toBeGreaterThan(10);
        expect(tags.every((t) => t.includes(lang === 'zh' ? '2022新增' : 'New in 2022'))).toBe(true);
        await context.close();
      });
});

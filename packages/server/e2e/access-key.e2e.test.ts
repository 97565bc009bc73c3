/**
 * The access key in a real browser, at 375 and 1280 px, in zh and en: sign-up lands on the key
 * page, F5 shows the same key again, the file downloads, a new key replaces the old one, and the
 * recovery code gets a new key after signing out.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useServerAndBrowser } from './harness.js';

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(!browserAvailable())('the access key', () => {
  const e2e = useServerAndBrowser();

  for (const width of [375, 1280]) {
    it(`survives F5, downloads, is replaced and recovered (zh, ${width} px)`, async () => {
      const context = await e2e.browser.newContext({
        viewport: { width, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const base = e2e.server.baseUrl;
      await page.goto(`${base}/sign-up?lang=zh`);
      await page.locator('input[name=role][value=employer]').check();
      await page.getByLabel('姓名或称呼').fill(`郑经理${width}`);
      await page.getByLabel('学校、单位或机构（选填）').fill('某光伏公司');
      await page.getByRole('button', { name: '注册' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('请保存你的访问密钥');
      expect(new URL(page.url()).pathname).toBe('/account/key');
      const key = (await page.locator('#access-key').textContent())?.trim() ?? '';
      const recovery = (await page.locator('#recovery-code').textContent())?.trim() ?? '';
      expect(key).toMatch(/^sbk_/);
      expect(recovery).toMatch(/^([A-Z2-9]{5}-){4}[A-Z2-9]{5}$/);
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenshot(page, `key-signup-zh-${width}`);

      await page.reload();
      expect(await page.locator('h1').textContent()).toBe('请保存你的访问密钥');
      expect((await page.locator('#access-key').textContent())?.trim()).toBe(key);
      expect(await page.content()).not.toContain('表单已过期');
      await screenshot(page, `key-after-f5-zh-${width}`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: '下载为文件' }).click(),
      ]);
      const file = readFileSync((await download.path()) as string, 'utf8');
      expect(file).toContain(key);
      expect(file).toContain(recovery);

      await page.getByRole('link', { name: /我已保存/ }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/roles');
      await page.getByRole('link', { name: '访问密钥' }).click();
      expect(await page.locator('h1').textContent()).toBe('访问密钥与恢复码');
      await screenshot(page, `key-manage-zh-${width}`);
      await page.getByRole('button', { name: '生成新密钥' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('这是你的新访问密钥');
      const fresh = (await page.locator('#access-key').textContent())?.trim() ?? '';
      expect(fresh).toMatch(/^sbk_/);
      expect(fresh).not.toBe(key);
      await screenshot(page, `key-regenerated-zh-${width}`);

      // Signed out, the old key no longer opens the account; the recovery code gets a new one.
      await page.getByRole('button', { name: '退出' }).click();
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('访问密钥').fill(key);
      await page.getByRole('button', { name: '登录' }).click();
      await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('打不开任何账户');
      await page.getByRole('link', { name: '用恢复码找回账户' }).click();
      await page.getByLabel('恢复码').fill(recovery.toLowerCase());
      await screenshot(page, `key-recover-form-zh-${width}`);
      await page.getByRole('button', { name: '换一把新的访问密钥' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('这是你的新访问密钥');
      const recovered = (await page.locator('#access-key').textContent())?.trim() ?? '';
      const newRecovery = (await page.locator('#recovery-code').textContent())?.trim() ?? '';
      expect(recovered).not.toBe(fresh);
      expect(newRecovery).not.toBe(recovery);
      await page.reload();
      expect((await page.locator('#access-key').textContent())?.trim()).toBe(recovered);
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenshot(page, `key-recovered-zh-${width}`);
      await context.close();
    });
  }

  it('speaks English on the key page and the recovery page (375 px)', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/sign-up?lang=en`);
    await page.getByLabel('Name').fill('Li Lei');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Save your access key');
    await page.reload();
    expect(await page.locator('#recovery-code').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Download as a file' }).count()).toBe(1);
    await screenshot(page, 'key-signup-en-375');
    await page.goto(`${e2e.server.baseUrl}/recover`);
    expect(await page.locator('h1').textContent()).toBe('Recover your account');
    await screenshot(page, 'key-recover-form-en-375');
    await context.close();
  });
});

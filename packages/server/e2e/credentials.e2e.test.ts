/** The verify page in a real browser: a phone in Chinese pastes a badge; a desktop in English uploads one. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, cjkRendersAsGlyphs, screenshot, useServerAndBrowser } from './harness.js';

type Json = Record<string, unknown>;

/** Over the API: a learner's project, attested by an employer; its badge in both forms. */
async function issuedBadge(base: string): Promise<{ ld: string; jwt: string }> {
  const call = async (path: string, body?: unknown, token?: string, accept?: string) => {
    const res = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(accept ? { accept } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return res;
  };
  const learner = (await (await call('/api/accounts', { role: 'learner', name: '秦同学' })).json()) as Json;
  const employer = (await (
    await call('/api/accounts', { role: 'employer', name: '韩经理', organisation: '某光伏公司' })
  ).json()) as Json;
  const piece = (await (
    await call(
      '/api/evidence',
      {
        kind: 'work_project',
        title: '光伏电站巡检',
        description: '负责光伏组件巡检、故障排查与发电数据分析。',
        occurredOn: '2025-03-01',
        occupationCodes: ['2-02-38-01'],
        skills: [{ name: '光伏运维', level: 3 }],
      },
      learner.token as string,
    )
  ).json()) as Json;
  await call(
    `/api/evidence/${piece.id}/attestation-requests`,
    { attesterId: employer.id },
    learner.token as string,
  );
  await call(`/api/evidence/${piece.id}/attestations`, { level: 3 }, employer.token as string);
  const path = `/api/evidence/${piece.id}/credential`;
  return {
    ld: await (await call(path, undefined, learner.token as string)).text(),
    jwt: await (await call(path, undefined, learner.token as string, 'application/vc+jwt')).text(),
  };
}

describe.skipIf(!browserAvailable())('the verify page in Chromium', () => {
  const e2e = useServerAndBrowser();

  it('on a phone, in Chinese: a pasted badge passes every check; a changed one fails its signature', async () => {
    const { ld } = await issuedBadge(e2e.server.baseUrl);
    const page = await e2e.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${e2e.server.baseUrl}/`);
    await page.getByRole('link', { name: '核验证书' }).click();
    expect(await page.locator('h1').textContent()).toBe('核验数字证书');
    await page.getByLabel('粘贴证书').fill(ld);
    await page.getByRole('button', { name: '核验' }).click();
    await expect.poll(() => page.locator('#verify-result').textContent()).toContain('全部检查通过');
    expect(await page.locator('tr[data-outcome="passed"]').count()).toBe(5);
    await screenshot(page, 'verify-passed-zh-375');
    expect(await cjkRendersAsGlyphs(page)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const changed = JSON.parse(ld) as Json;
    changed.name = '另一个名字';
    await page.getByLabel('粘贴证书').fill(JSON.stringify(changed));
    await page.getByRole('button', { name: '核验' }).click();
    await expect.poll(() => page.locator('#verify-result').textContent()).toContain('有检查未通过');
    expect(await page.locator('tr[data-check="signature"]').getAttribute('data-outcome')).toBe('failed');
    await screenshot(page, 'verify-failed-zh-375');
    await page.close();
  });

  it('on a desktop, in English: an uploaded VC-JWT file is verified', async () => {
    const { jwt } = await issuedBadge(e2e.server.baseUrl);
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.server.baseUrl}/verify?lang=en`);
    await page
      .getByLabel('or upload a file')
      .setInputFiles({ name: 'badge.jwt', mimeType: 'application/vc+jwt', buffer: Buffer.from(jwt) });
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.locator('#verify-result').textContent()).toContain('Every check passed');
    expect(await page.locator('main').textContent()).toContain('Format: VC-JWT');
    await screenshot(page, 'verify-upload-en-1280');
    await page.close();
  });
});

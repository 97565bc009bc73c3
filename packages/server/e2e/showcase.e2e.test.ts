/**
 * The shareable showcase in Chromium at 375 and 1280 px, in Chinese and English: the graduate
 * chooses what it shows; the page's QR code decodes to its own address (read back from the
 * rendered SVG); the print view is a CV without the verify section; nothing scrolls sideways.
 */
import jsQRModule from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageMessages } from '../src/messages/index.js';
import { browserAvailable, screenshot, useServerAndBrowser } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in this test
type Json = Record<string, any>;

async function api(base: string, path: string, body?: unknown, token?: string): Promise<Json> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300);
  return (await res.json()) as Json;
}

/** A graduate with an attested project and a self-reported course piece. */
async function graduate(base: string, tag: string) {
  const learner = await api(base, '/api/accounts', { role: 'learner', name: `陈思远${tag}` });
  const employer = await api(base, '/api/accounts', {
    role: 'employer',
    name: `许经理${tag}`,
    organisation: '某数据科技有限公司',
  });
  const deposit = (title: string, skills: { name: string; level: number }[]) =>
    api(
      base,
      '/api/evidence',
      {
        kind: 'work_project',
        title,
        description: '用 Python 清洗 200 万条订单数据，训练销量预测模型，搭建销售看板，每周向主管汇报。',
        occurredOn: '2025-03-01',
        skills,
      },
      learner.token,
    );
  const project = await deposit(`销售数据看板${tag}`, [
    { name: '数据清洗', level: 3 },
    { name: '数据可视化', level: 3 },
  ]);
  const course = await deposit(`机器学习课程作业${tag}`, [{ name: '机器学习', level: 2 }]);
  await api(
    base,
    `/api/evidence/${project.id}/attestation-requests`,
    { attesterId: employer.id },
    learner.token,
  );
  await api(
    base,
    `/api/evidence/${project.id}/attestations`,
    { statement: '属实，表现优秀。', level: 3 },
    employer.token,
  );
  return { learner, project, course };
}

// jsqr is CommonJS: under Node's ESM its function is the default export's `default` property.
const jsQR = jsQRModule.default;

/** Draws the page's QR code SVG on a canvas and decodes its pixels. */
async function decodeQr(page: Page): Promise<string | null> {
  const size = 400;
  const pixels = await page.evaluate(async (n) => {
    const svg = document.querySelector('.sc-qr svg') as SVGSVGElement;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = n;
    canvas.height = n;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, n, n);
    ctx.drawImage(image, 0, 0, n, n);
    return Array.from(ctx.getImageData(0, 0, n, n).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe.skipIf(!browserAvailable())('the showcase in Chromium', () => {
  const e2e = useServerAndBrowser();

  for (const [width, lang] of [
    [375, 'zh'],
    [1280, 'zh'],
    [375, 'en'],
    [1280, 'en'],
  ] as const) {
    it(`at ${width} px in ${lang}: choose what it shows, scan its QR code, print it as a CV`, async () => {
      const m = pageMessages(lang);
      const base = e2e.server.baseUrl;
      const who = await graduate(base, `${lang}${width}`);
      const page = await e2e.browser.newPage({ viewport: { width, height: width < 500 ? 812 : 900 } });
      await page.goto(`${base}/sign-in?lang=${lang}`);
      await page.locator('input[name=key]').fill(who.learner.token);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.startsWith('/sign-in')),
        page.locator('input[name=key]').press('Enter'),
      ]);

      await page.goto(`${base}/me/showcases`);
      await page.getByLabel(m.fieldShowcaseTitle).fill(lang === 'zh' ? '求职作品集' : 'Portfolio');
      await page.locator(`input[name=evidenceIds][value="${who.course.id}"]`).check();
      await page.locator(`input[name=evidenceIds][value="${who.project.id}"]`).check();
      await page.getByLabel(m.scFieldSchool).fill('示范职业技术学院');
      await page.getByLabel(m.scFieldField).fill(lang === 'zh' ? '大数据技术' : 'Big data technology');
      await page.getByLabel(m.scShowSummary).check();
      await page.getByLabel(m.scShowBestFits).check();
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenshot(page, `showcase-settings-${lang}-${width}`);
      await page.getByRole('button', { name: m.createShowcase }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain(m.showcaseCreated);

      const url = (await page.locator('.sc-link a').first().getAttribute('href')) as string;
      await page.goto(`${base}${url}`);
      const name = who.learner.name as string;
      expect(await page.locator('h1').textContent()).toContain(m.showcaseBy(name));
      expect(await page.locator('.sc-about').textContent()).toContain('示范职业技术学院');
      expect(await page.locator('#sc-skills + ul li').count()).toBe(3);
      expect(await page.locator('#sc-fits + ol li').count()).toBeGreaterThan(0);
      // Attested first, self-reported labelled.
      const entries = await page
        .locator('[data-entry]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')));
      expect(entries).toEqual(['attested', 'self_reported']);
      expect(await page.locator('[data-entry=self_reported] .tag').textContent()).toBe(m.scSelfTag);
      // The hashes are folded away until "verify" is opened.
      expect(await page.locator('.sc-verify .hash').first().isVisible()).toBe(false);
      expect(await decodeQr(page)).toBe(`${base}${url}`);
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenshot(page, `showcase-shared-${lang}-${width}`);
      await page.locator('.sc-verify summary').click();
      expect(await page.locator('.sc-verify .hash').first().isVisible()).toBe(true);
      await screenshot(page, `showcase-verify-${lang}-${width}`);

      // The print view: a CV, without the site's navigation, the buttons or the verify section.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.site').isVisible()).toBe(false);
      expect(await page.locator('.sc-verify').isVisible()).toBe(false);
      expect(await page.locator('[data-print]').isVisible()).toBe(false);
      expect(await page.locator('.sc-qr svg').isVisible()).toBe(true);
      await screenshot(page, `showcase-print-${lang}-${width}`);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('[data-print]').isVisible()).toBe(true);
      await page.close();
    }, 120_000);
  }
});

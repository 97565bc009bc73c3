/**
 * The same band wherever a score is shown, and next steps that say what to do about what, in
 * Chromium on the demo data, on a phone (375 px) and a desktop (1280 px), in Chinese and English:
 * the graduate's home and gaps page, the employer's candidates (the band the graduate sees for the
 * same role) and the advisor's report. Screenshots: e2e/screenshots/bands-*.png.
 */
import { GENERIC_WORDS } from '@skillbank/matcher';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useServerAndBrowser } from './harness.js';

const WIDTHS = [375, 1280] as const;
const LANGS = ['zh', 'en'] as const;
const BAND_WORDS = { zh: ['强', '中', '弱'], en: ['strong', 'moderate', 'weak'] };
const ROLE_BAND_WORDS = {
  zh: ['很匹配', '比较匹配', '差距较大'],
  en: ['Strong fit', 'Moderate fit', 'Far off'],
};

/** Nothing wider than the window: no sideways scrolling. */
const noSidewaysScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

/** Each list item's band: its word, and whether it is drawn on one line inside the window, beside its score. */
const bandsOf = (page: Page, items: string) =>
  page.locator(items).evaluateAll((lis) =>
    lis.map((li) => {
      const band = li.querySelector('.band');
      const r = band?.getBoundingClientRect();
      return {
        hasScore: li.querySelector('.score') !== null,
        word: band
          ? (band.textContent ?? '').replace(band.querySelector('.sr-only')?.textContent ?? '', '').trim()
          : null,
        oneLine:
          band !== null && band.getClientRects().length === 1 && (r?.width ?? 0) > (r?.height ?? 0) * 0.9,
        inside: r !== undefined && r.right <= window.innerWidth + 0.5,
        // On the score's line, not wrapped below it.
        besideScore: ((s) =>
          s !== undefined && r !== undefined && r.top < s.bottom && s.top < r.bottom && r.left > s.left)(
          li.querySelector('.score')?.getBoundingClientRect(),
        ),
      };
    }),
  );

async function enter(browser: Browser, base: string, persona: string, lang: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=${lang}`);
  await page.locator(`form:has(input[name=persona][value=${persona}]) button`).click();
  await page.waitForLoadState();
  return { context, page };
}

describe.skipIf(!browserAvailable())('bands and next steps in Chromium', () => {
  const e2e = useServerAndBrowser({ SKILLBANK_DEMO: '1' });

  for (const width of WIDTHS)
    for (const lang of LANGS)
      it(`the graduate reads a band beside every score and steps that name the work (${lang}, ${width} px)`, async () => {
        const base = e2e.server.baseUrl;
        const { context, page } = await enter(e2e.browser, base, 'graduate', lang, width);
        await page.goto(`${base}/me`);
        const home = await bandsOf(page, 'section[aria-labelledby="top-matches"] li');
        expect(home.length).toBeGreaterThan(0);
        for (const b of home)
          expect(b).toEqual({
            hasScore: true,
            word: expect.any(String),
            oneLine: true,
            inside: true,
            besideScore: true,
          });
        for (const b of home) expect(BAND_WORDS[lang]).toContain(b.word);
        await noSidewaysScroll(page, width);
        await screenshot(page, `bands-home-${lang}-${width}`);

        // The gaps of the best match with any left (at match-2026.11-24 the demo graduate's first two
        // have none): the band beside its score, and steps in sentences.
        const hrefs = await page
          .locator('section[aria-labelledby="top-matches"] li a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        let code = '';
        for (const href of hrefs) {
          code = href.split('/').pop() ?? '';
          await page.goto(`${base}/me/gaps?occupation=${code}`);
          if ((await page.locator('main ol.cards > li').count()) > 0) break;
        }
        const head = page.locator('main p:has(.score)').first();
        expect(BAND_WORDS[lang]).toContain(
          ((await head.locator('.band').textContent()) ?? '').replace(/^(匹配强度|band) /, '').trim(),
        );
        const steps = await page.locator('main ol.cards > li > div:nth-child(2)').allTextContents();
        expect(steps.length).toBeGreaterThan(0);
        // Most steps name the work in the task's words, quoted; none says a generic word of its own.
        const named = steps.filter((s) => /“[^”]+”/.test(s));
        expect(named.length / steps.length).toBeGreaterThan(0.8);
        for (const step of named) {
          const frame = step.replace(/“[^”]*”/g, '');
          if (lang === 'zh') for (const word of GENERIC_WORDS) expect(frame, step).not.toContain(word);
          else expect(frame.replace(/^Next step · [^:]+:/, ''), step).toMatch(/^[\x20-\x7e’—]+$/);
        }
        const chooser = await (async () => {
          await page.goto(`${base}/me/gaps`);
          return bandsOf(page, '#gaps-choose + ul li');
        })();
        for (const b of chooser) expect(BAND_WORDS[lang]).toContain(b.word);
        await page.goto(`${base}/me/gaps?occupation=${code}`);
        await noSidewaysScroll(page, width);
        await screenshot(page, `bands-gaps-${lang}-${width}`);
        await context.close();
      });

  for (const width of WIDTHS)
    for (const lang of LANGS)
      it(`the employer reads the band the graduate sees for the same role (${lang}, ${width} px)`, async () => {
        const base = e2e.server.baseUrl;
        const employer = await enter(e2e.browser, base, 'employer', lang, width);
        await employer.page
          .getByRole('link', { name: lang === 'zh' ? '查看候选人' : 'See candidates' })
          .first()
          .click();
        await employer.page.waitForLoadState();
        const roleId = new URL(employer.page.url()).pathname.split('/')[2] ?? '';
        const rows = employer.page.locator('ol.candidates > li');
        expect(await rows.count()).toBeGreaterThan(0);
        const tags = await rows.evaluateAll(
          (lis, words) =>
            lis.map(
              (li) =>
                [...li.querySelectorAll('.tag[title]')]
                  .map((t) => t.textContent ?? '')
                  .find((t) => words.includes(t)) ?? null,
            ),
          ROLE_BAND_WORDS[lang],
        );
        for (const tag of tags) expect(ROLE_BAND_WORDS[lang]).toContain(tag);
        await noSidewaysScroll(employer.page, width);
        await screenshot(employer.page, `bands-candidates-${lang}-${width}`);
        // The demo graduate's row, its card, and the graduate's own view of the role.
        const row = rows.filter({ hasText: '林晓雨' }).first();
        const label = await row
          .locator('.tag[title]')
          .filter({ hasText: new RegExp(`^(${ROLE_BAND_WORDS[lang].join('|')})$`) })
          .textContent();
        await row.locator('h2 a').click();
        await employer.page.waitForLoadState();
        expect(
          await employer.page
            .locator('main .tag[title]')
            .filter({ hasText: label ?? '' })
            .count(),
        ).toBe(1);
        await noSidewaysScroll(employer.page, width);
        await employer.context.close();

        const graduate = await enter(e2e.browser, base, 'graduate', lang, width);
        await graduate.page.goto(`${base}/me/roles/${roleId}`);
        expect(
          await graduate.page
            .locator('main .tag[title]')
            .filter({ hasText: label ?? '' })
            .count(),
        ).toBe(1);
        await screenshot(graduate.page, `bands-role-graduate-${lang}-${width}`);
        await graduate.context.close();
      });

  for (const lang of LANGS)
    it(`the advisor's report says fits well in the band's words, a band beside each best score (${lang})`, async () => {
      const base = e2e.server.baseUrl;
      const { context, page } = await enter(e2e.browser, base, 'school', lang, 375);
      await page.goto(`${base}/cohorts`);
      await page.locator('a[href$="/report"]').first().click();
      await page.waitForLoadState();
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(lang === 'zh' ? '匹配度为“强”' : 'band “strong”');
      expect(main).not.toMatch(/匹配良好|fits? (at least one occupation |any occupation )?well/);
      const best = await page.locator('table tr td.n:has(.band)').count();
      expect(best).toBeGreaterThan(0);
      await noSidewaysScroll(page, 375);
      await screenshot(page, `bands-report-${lang}-375`);
      await context.close();
    });
});

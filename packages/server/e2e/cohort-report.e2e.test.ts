/**
 * The advisor's cohort report in Chromium, at 375 and 1280 px, in Chinese and English, on the demo
 * data set: every chart text measured inside its SVG (on the page and in the HTML report, which
 * opens in the browser), text readable on a phone, no sideways scrolling (of the page, or of any
 * table: on a phone a card per row — per learner, every band in the window — and every cell in the
 * window; tables on a desktop), the per-learner CSV, and an empty cohort explained. Screenshots:
 * report-page-{zh,en}-{375,1280}, report-html-{zh,en}-{375,1280}, report-learners-{zh,en}-{375,1280}
 * (the HTML report's learners), report-table{1-4}-{page,html}-{zh,en}-{375,1280} (each table),
 * report-empty-zh-375.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signUp } from './flows.js';
import {
  browserAvailable,
  cjkRendersAsGlyphs,
  SCREENSHOTS,
  screenshot,
  useServerAndBrowser,
} from './harness.js';

/** Smallest chart text, in CSS pixels as drawn, that a phone reader can still read. */
const READABLE_PX = 11;

interface ChartText {
  text: string;
  /** getBoundingClientRect of the text outside its <svg>'s rectangle. */
  outsideRect: boolean;
  /** getBBox of the text outside the SVG's viewBox. */
  outsideViewBox: boolean;
  /** The font size as drawn on the screen. */
  px: number;
}

/** Every text of every chart on the page, measured as rendered. */
function measureCharts(page: Page): Promise<{ charts: number; texts: ChartText[] }> {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll('svg')];
    const texts = svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const scale = box.width / view.width;
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        const b = t.getBBox();
        const tol = 0.5;
        return {
          text: t.textContent ?? '',
          outsideRect:
            r.left < box.left - tol ||
            r.right > box.right + tol ||
            r.top < box.top - tol ||
            r.bottom > box.bottom + tol,
          outsideViewBox:
            b.x < view.x - tol ||
            b.x + b.width > view.x + view.width + tol ||
            b.y < view.y - tol ||
            b.y + b.height > view.y + view.height + tol,
          px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
        };
      });
    });
    return { charts: svgs.length, texts };
  });
}

async function expectChartsFit(page: Page, width: number) {
  const { charts, texts } = await measureCharts(page);
  expect(charts).toBeGreaterThanOrEqual(4);
  expect(texts.length).toBeGreaterThan(20);
  expect(texts.filter((t) => t.outsideRect || t.outsideViewBox)).toEqual([]);
  // Readable on a phone, not blown up on a desktop.
  const sizes = texts.map((t) => t.px);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(READABLE_PX);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(18);
  // Nothing makes the page scroll sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
}

/**
 * The learners table (a card per learner on a phone): it does not scroll sideways inside its box,
 * and every band is inside the window (the English table was wider than 375 px and cut the band).
 */
async function expectLearnersFit(page: Page, width: number) {
  const { scrolling, bands, outside, cards } = await page.evaluate(() => {
    const scrolling = [...document.querySelectorAll('.table-wrap:has(table.learners)')]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth)
      .map((wrap) => wrap.querySelector('th')?.textContent ?? '');
    const shown = [...document.querySelectorAll('table.learners .band')];
    const outside = shown
      .map((band) => ({ text: band.textContent ?? '', r: band.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.right > window.innerWidth || r.width === 0)
      .map(({ text, r }) => `${text} ${Math.round(r.left)}–${Math.round(r.right)}`);
    const rows = [...document.querySelectorAll('table.learners tbody tr')];
    const cards = rows.filter((row) => getComputedStyle(row).display === 'block').length;
    return { scrolling, bands: shown.length, outside, cards };
  });
  expect(scrolling, `learners table scrolling sideways at ${width} px`).toEqual([]);
  expect(bands).toBeGreaterThan(0);
  expect(outside, `bands outside the window at ${width} px`).toEqual([]);
  // A card per learner on a phone, the table on a desktop.
  expect(cards).toBe(width <= 600 ? 5 : 0);
}

/**
 * Every table of the page (each in a `.table-wrap`): none scrolls sideways inside its box, none
 * reaches past the window, and every cell is inside the window. On a phone every row is a card
 * (not a table row); on a desktop every table stays a table. Saves an element screenshot of each,
 * `report-table{i}-{where}-{lang}-{width}`.
 */
async function expectTablesFit(page: Page, width: number, shot: string) {
  const { wraps, scrolling, beyond, cellsOutside, tableRows, cardRows } = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.table-wrap')];
    const name = (wrap: Element) => wrap.querySelector('th')?.textContent ?? '';
    const scrolling = all
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth)
      .map((wrap) => `${name(wrap)}: ${wrap.scrollWidth} > ${wrap.clientWidth}`);
    const beyond = all
      .filter((wrap) => wrap.getBoundingClientRect().right > window.innerWidth)
      .map((wrap) => `${name(wrap)}: ${Math.round(wrap.getBoundingClientRect().right)}`);
    const cellsOutside = all.flatMap((wrap) =>
      [...wrap.querySelectorAll('tbody th, tbody td')]
        .map((cell) => ({ text: cell.textContent ?? '', r: cell.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5))
        .map(({ text, r }) => `${name(wrap)}: ${text} ${Math.round(r.left)}–${Math.round(r.right)}`),
    );
    const rows = all.flatMap((wrap) =>
      [...wrap.querySelectorAll('tbody tr')].map((row) => ({
        table: name(wrap),
        display: getComputedStyle(row).display,
      })),
    );
    return {
      wraps: all.length,
      scrolling,
      beyond,
      cellsOutside,
      tableRows: rows.filter((r) => r.display === 'table-row').map((r) => r.table),
      cardRows: rows.filter((r) => r.display !== 'table-row').map((r) => r.table),
    };
  });
  // The demo cohort fills all four tables: occupations, task gaps, missing terms, learners.
  expect(wraps, 'tables on the page').toBe(4);
  expect(scrolling, `tables scrolling sideways at ${width} px`).toEqual([]);
  expect(beyond, `tables past the window at ${width} px`).toEqual([]);
  expect(cellsOutside, `cells outside the window at ${width} px`).toEqual([]);
  if (width <= 600) expect(tableRows, `rows still table rows at ${width} px`).toEqual([]);
  else expect(cardRows, `rows drawn as cards at ${width} px`).toEqual([]);
  const tables = page.locator('.table-wrap');
  for (let i = 0; i < wraps; i++)
    await tables.nth(i).screenshot({ path: join(SCREENSHOTS, `report-table${i + 1}-${shot}-${width}.png`) });
}

describe.skipIf(!browserAvailable())('the cohort report in Chromium', () => {
  const e2e = useServerAndBrowser({ SKILLBANK_DEMO: '1' });

  for (const lang of ['zh', 'en'] as const)
    for (const width of [375, 1280])
      it(`fits every chart label on the page and in the HTML report (${lang}, ${width} px)`, async () => {
        const context = await e2e.browser.newContext({
          viewport: { width, height: 900 },
          acceptDownloads: true,
        });
        const page = await context.newPage();
        await page.goto(`${e2e.server.baseUrl}/?lang=${lang}`);
        await page.locator('form:has(input[name=persona][value=school]) button').click();
        await page.goto(`${e2e.server.baseUrl}/cohorts`);
        await page.locator('a[href$="/report"]').first().click();
        await expect
          .poll(() => page.locator('h1').textContent())
          .toContain(lang === 'zh' ? '匹配报告' : 'match report');
        if (lang === 'zh') expect(await cjkRendersAsGlyphs(page)).toBe(true);
        await expectChartsFit(page, width);
        await expectLearnersFit(page, width);
        await expectTablesFit(page, width, `page-${lang}`);
        // Readiness agrees with the tags: the demo cohort fits digital occupations well.
        const body = (await page.locator('main').textContent()) ?? '';
        expect(body).toContain(lang === 'zh' ? '数字职业准备度 75%' : 'Digital readiness 75%');
        await screenshot(page, `report-page-${lang}-${width}`);

        // The HTML report opens in a new tab (no download), and fits as well.
        const [tab] = await Promise.all([
          context.waitForEvent('page'),
          page
            .getByRole('link', { name: lang === 'zh' ? 'HTML 报告（含图表）' : 'HTML report (with charts)' })
            .first()
            .click(),
        ]);
        await tab.waitForLoadState();
        expect(tab.url()).toMatch(/format=html/);
        expect(await tab.locator('h1').textContent()).toContain(
          lang === 'zh' ? '班级匹配报告' : 'Cohort match report',
        );
        await expectChartsFit(tab, width);
        await expectLearnersFit(tab, width);
        await expectTablesFit(tab, width, `html-${lang}`);
        await tab
          .locator('table.learners')
          .screenshot({ path: join(SCREENSHOTS, `report-learners-${lang}-${width}.png`) });
        await screenshot(tab, `report-html-${lang}-${width}`);

        // The per-learner CSV downloads, with a byte-order mark and one row per member.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('link', { name: lang === 'zh' ? '每位学生一行的 CSV' : 'CSV, one row per learner' })
            .click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^cohort-report-students-co_.+\.csv$/);
        const bytes = readFileSync((await download.path()) as string);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
        expect(lines[0]).toMatch(/^learner_id,name,status,/);
        expect(lines.length).toBe(1 + 5);
        await context.close();
      });

  it('explains an empty cohort instead of empty charts (zh, 375 px)', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await signUp(page, e2e.server.baseUrl, 'advisor', '吴老师', '示范学院');
    await page.goto(`${e2e.server.baseUrl}/cohorts`);
    await page.getByLabel('班级名称').fill('2026届新班');
    await page.getByRole('button', { name: '创建班级' }).click();
    await page.getByRole('link', { name: '查看匹配报告' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('匹配报告');
    expect(await page.locator('.empty').count()).toBe(1);
    expect(await page.locator('.empty').first().textContent()).toContain('班级里还没有学生');
    expect(await page.locator('svg').count()).toBe(0);
    await page.getByRole('link', { name: '邀请学生' }).click();
    await expect.poll(() => page.locator('#invite').textContent()).toBe('邀请学生');
    await page.goBack();
    await screenshot(page, 'report-empty-zh-375');
    await context.close();
  });
});

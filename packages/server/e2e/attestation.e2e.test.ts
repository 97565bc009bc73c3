/**
 * Attestation requests in a real browser, on a phone (375 px) and a desktop (1280 px), in Chinese
 * and English: the graduate picks a class advisor (never a platform-wide list) and invites an
 * employer by link; the advisor asks for more, the graduate answers with an attachment, the advisor
 * signs; the employer opens the link and declines with a reason, which the graduate reads.
 */
import type { Browser, Page } from 'playwright-core';
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

/** A graduate in an advisor's class, an employer elsewhere on the platform, two pieces of evidence. */
async function cast(base: string, tag: string) {
  const learner = await api(base, '/api/accounts', { role: 'learner', name: `林同学${tag}` });
  const advisor = await api(base, '/api/accounts', {
    role: 'advisor',
    name: `陈老师${tag}`,
    organisation: '示范职业技术学院',
  });
  const employer = await api(base, '/api/accounts', {
    role: 'employer',
    name: `许经理${tag}`,
    organisation: '某数据科技有限公司',
  });
  const stranger = await api(base, '/api/accounts', { role: 'employer', name: `路人单位${tag}` });
  const cohort = await api(base, '/api/cohorts', { name: `数据班${tag}` }, advisor.token);
  const { code } = await api(base, `/api/cohorts/${cohort.id}/invitations`, {}, advisor.token);
  await api(base, '/api/cohorts/join', { code }, learner.token);
  const piece = (title: string) =>
    api(
      base,
      '/api/evidence',
      {
        kind: 'work_project',
        title,
        description: '用 Python 清洗 200 万条订单数据，搭建销售看板，每周向主管汇报。',
        occurredOn: '2025-03-01',
        skills: [{ name: '数据清洗', level: 3 }],
      },
      learner.token,
    );
  return {
    learner,
    advisor,
    employer,
    stranger,
    first: await piece(`销售数据看板${tag}`),
    second: await piece(`门店客流分析${tag}`),
  };
}

async function signedIn(
  browser: Browser,
  base: string,
  width: number,
  lang: string,
  key: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width < 500 ? 812 : 900 } });
  await page.goto(`${base}/sign-in?lang=${lang}`);
  await page.locator('input[name=key]').fill(key);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/sign-in')),
    page.locator('input[name=key]').press('Enter'),
  ]);
  return page;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe.skipIf(!browserAvailable())('attestation requests in Chromium', () => {
  const e2e = useServerAndBrowser();

  for (const [width, lang] of [
    [375, 'zh'],
    [1280, 'zh'],
    [375, 'en'],
    [1280, 'en'],
  ] as const) {
    it(`at ${width} px in ${lang}: ask for more, answer, sign; invite by link, decline with a reason`, async () => {
      const m = pageMessages(lang);
      const base = e2e.server.baseUrl;
      const who = await cast(base, `${lang}${width}`);
      const shot = (page: Page, name: string) => screenshot(page, `attest-${name}-${lang}-${width}`);
      const graduate = await signedIn(e2e.browser, base, width, lang, who.learner.token);

      // The graduate asks their class advisor: the list holds the advisor, not every account on the platform.
      await graduate.goto(`${base}/me/evidence/${who.first.id}`);
      const options = await graduate.locator('select[name=attesterId] option').allTextContents();
      expect(options.some((o) => o.includes(who.advisor.name))).toBe(true);
      expect(options.some((o) => o.includes(who.employer.name) || o.includes(who.stranger.name))).toBe(false);
      await graduate.locator('select[name=attesterId]').selectOption(who.advisor.id);
      await graduate.getByRole('button', { name: m.askSubmit }).click();
      await expect.poll(() => graduate.locator('.notice').textContent()).toContain(m.askSent);
      expect(await graduate.locator(`[data-request] [data-state=requested]`).count()).toBe(1);
      await shot(graduate, 'asked');

      // …and invites the employer by a link for the second piece.
      await graduate.goto(`${base}/me/evidence/${who.second.id}`);
      await graduate.getByRole('button', { name: m.attInviteSubmit }).click();
      await expect.poll(() => graduate.locator('.notice').textContent()).toContain(m.attInviteMade);
      const link = await graduate.locator('input.invite-link').inputValue();
      expect(link).toMatch(/\/attest\/[2-9A-Z]{5}-[2-9A-Z]{5}$/);
      expect(await noSidewaysScroll(graduate)).toBe(true);
      await shot(graduate, 'invite-link');

      // The advisor asks for more information.
      const advisor = await signedIn(e2e.browser, base, width, lang, who.advisor.token);
      await advisor.goto(`${base}/inbox`);
      const card = advisor.locator('section[data-request]', { hasText: who.first.title });
      await card.locator('summary', { hasText: m.attAsk }).click();
      await card.getByLabel(m.attFieldQuestion).fill('看板用了哪些图表？能给一个链接吗？');
      await card.getByRole('button', { name: m.attAskSubmit }).click();
      await expect.poll(() => advisor.locator('.notice').textContent()).toContain(m.attAsked);
      expect(await advisor.locator('[data-state=info_requested]').count()).toBe(1);
      expect(await noSidewaysScroll(advisor)).toBe(true);
      await shot(advisor, 'inbox-asked');

      // The employer opens the link, accepts, and declines with a reason.
      const employer = await signedIn(e2e.browser, base, width, lang, who.employer.token);
      await employer.goto(link);
      expect(await employer.locator('section.panel').textContent()).toContain(who.second.title);
      await shot(employer, 'invite-open');
      await employer.getByRole('button', { name: m.attPageAccept }).click();
      await expect.poll(() => employer.locator('.notice').textContent()).toContain(m.attClaimed);
      const invited = employer.locator('section[data-request]', { hasText: who.second.title });
      await invited.locator('summary', { hasText: m.attDecline }).click();
      await invited.getByRole('button', { name: m.attDeclineSubmit }).click();
      // An empty reason is refused, next to its field.
      await expect.poll(() => employer.locator('.field-error, :invalid').count()).toBeGreaterThan(0);
      await invited.getByLabel(m.attFieldReason).fill('我没有参与这个项目，无法证明。');
      await invited.getByRole('button', { name: m.attDeclineSubmit }).click();
      await expect.poll(() => employer.locator('.notice').textContent()).toContain(m.attDeclinedDone);
      expect(await employer.locator('.done-requests [data-state=declined]').count()).toBe(1);
      expect(await noSidewaysScroll(employer)).toBe(true);
      await shot(employer, 'inbox-declined');

      // The graduate reads the decline's reason, and answers the advisor's question with a link.
      await graduate.goto(`${base}/me/evidence/${who.second.id}`);
      const declined = graduate.locator('[data-request]', { hasText: who.employer.name });
      expect(await declined.locator('[data-state=declined]').count()).toBe(1);
      expect(await declined.textContent()).toContain('我没有参与这个项目，无法证明。');
      await shot(graduate, 'declined');
      await graduate.goto(`${base}/me/evidence/${who.first.id}`);
      const asked = graduate.locator('[data-request]', { hasText: who.advisor.name });
      expect(await asked.locator('[data-state=info_requested]').count()).toBe(1);
      expect(await asked.textContent()).toContain('看板用了哪些图表');
      await asked.getByLabel(m.attFieldAnswer).fill('折线图、漏斗图和门店热力图，见链接。');
      await asked.getByLabel(m.attFieldAttachments).fill('https://example.com/dashboard.png');
      await asked.getByRole('button', { name: m.attAnswerSubmit }).click();
      await expect.poll(() => graduate.locator('.notice').textContent()).toContain(m.attAnswered);
      expect(await graduate.locator('[data-state=answered]').count()).toBe(1);
      expect(await graduate.locator('a[href="https://example.com/dashboard.png"]').count()).toBe(1);
      expect(await noSidewaysScroll(graduate)).toBe(true);
      await shot(graduate, 'answered');

      // The advisor reads the answer and signs.
      await advisor.goto(`${base}/inbox`);
      const back = advisor.locator('section[data-request]', { hasText: who.first.title });
      expect(await back.textContent()).toContain('折线图、漏斗图和门店热力图');
      await shot(advisor, 'inbox-answered');
      await back.getByRole('button', { name: m.signSubmit }).click();
      await expect.poll(() => advisor.locator('.notice').textContent()).toContain(m.signedDone);
      expect(await advisor.locator('.done-requests [data-state=signed]').count()).toBe(1);

      await graduate.goto(`${base}/me/evidence/${who.first.id}`);
      expect(await graduate.locator('[data-request] [data-state=signed]').count()).toBe(1);
      expect(await noSidewaysScroll(graduate)).toBe(true);
      await shot(graduate, 'signed');
      for (const page of [graduate, advisor, employer]) await page.close();
    }, 120_000);
  }
});

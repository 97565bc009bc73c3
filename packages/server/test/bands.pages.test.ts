/**
 * The same band wherever a score is shown (pages through app.request, on every dialect): the
 * occupation band (强 / 中 / 弱) beside each score on the graduate's home, the gaps page and its
 * chooser, the public home's example and the cohort report's learners; the role band on the
 * employer's candidate list and card, the same words the graduate sees for that role.
 */
import { testDatabases } from '@skillbank/core/testing';
import { bandOf } from '@skillbank/matcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const AI = {
  kind: 'work_project',
  title: '工厂设备故障预测',
  description: '清洗传感器数据，训练机器学习模型，部署人工智能算法并评估模型效果。',
  occupationCodes: [],
  steps: ['明确任务', '实施计划'],
  artifacts: [],
  skills: [{ name: '机器学习' }],
};

const ROLE = {
  title: '设备数据分析实习生',
  city: '苏州',
  mode: 'internship',
  requirements: [
    { text: '清洗传感器数据，训练机器学习模型', essential: true },
    { text: '编写英文技术报告', essential: false },
  ],
};

const WORDS = {
  zh: { strong: '强', moderate: '中', weak: '弱' },
  en: { strong: 'strong', moderate: 'moderate', weak: 'weak' },
} as const;

/** The list items of the part of a page that starts at `marker` (up to the next section or list end). */
function items(html: string, marker: string): string[] {
  const at = html.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const rest = html.slice(at);
  const end = rest.search(/<\/ol>|<\/ul>/);
  return rest.slice(0, end).split('<li').slice(1);
}

/** The occupation band an element shows: its class and its word. */
const bandIn = (html: string) =>
  html.match(
    /class="band band-(strong|moderate|weak)"[^>]*>(?:<span class="sr-only">[^<]*<\/span>)?([^<]+)</,
  );

describe.each(testDatabases())('bands on the pages ($name)', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let employer: TestAccount;
  const web = { learner: null as WebClient | null, employer: null as WebClient | null };

  const signedIn = (account: TestAccount) => new WebClient(t.app).signIn(account.token);
  const page = async (client: WebClient | null, path: string) => {
    const res = await (client as WebClient).get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '带分档的同学');
    employer = await signUp(t.app, 'employer', '数据工厂', '数据工厂有限公司');
    await deposit(t.app, learner, AI);
    await deposit(t.app, learner, {
      ...AI,
      title: '电商订单数据分析',
      description: '采集、清洗店铺的商务数据，分析订单数据，撰写可视化分析报告。',
    });
    web.learner = await signedIn(learner);
    web.employer = await signedIn(employer);
  });
  afterAll(() => t.destroy());

  it('shows each best match on the graduate’s home with the band its match carries (zh and en)', async () => {
    const api = await readJson(
      await t.app.request(`/api/learners/${learner.id}/matches?limit=10`, bearer(learner.token)),
    );
    for (const lang of ['zh', 'en'] as const) {
      const html = await page(web.learner, `/me?lang=${lang}`);
      const listed = items(html, 'id="top-matches"');
      expect(listed.length).toBeGreaterThan(0);
      listed.forEach((li, i) => {
        expect(li).toContain('class="score"');
        const band = bandIn(li);
        expect(band?.[1], li).toBe(api.matches[i].band);
        expect(band?.[2]).toBe(WORDS[lang][api.matches[i].band as 'strong']);
      });
    }
  });

  it('shows the band beside the occupation’s score on the gaps page, and beside each choice', async () => {
    const api = await readJson(
      await t.app.request(`/api/learners/${learner.id}/matches?limit=10`, bearer(learner.token)),
    );
    const code = api.matches[0].code;
    const gaps = await readJson(
      await t.app.request(`/api/learners/${learner.id}/gaps?occupation=${code}`, bearer(learner.token)),
    );
    const html = await page(web.learner, `/me/gaps?occupation=${code}`);
    const head = html.slice(html.indexOf('class="score"'));
    expect(bandIn(head.slice(0, 400))?.[1]).toBe(bandOf(gaps.score));
    // The step of every gap says what to do about what, in the task's words.
    for (const gap of gaps.gaps)
      if (gap.nextStep.params.doing) expect(html).toContain(`“${gap.nextStep.params.doing}”`);

    const chooser = await page(web.learner, '/me/gaps?lang=en');
    for (const li of items(chooser, 'id="gaps-choose"'))
      expect(bandIn(li)?.[2]).toMatch(/^(strong|moderate|weak)$/);
  });

  it('shows the band of each example match on the public home', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = await (await t.app.request(`/?lang=${lang}`)).text();
      const listed = items(html, 'id="example-matches"');
      expect(listed.length).toBeGreaterThan(0);
      for (const li of listed) expect(Object.values(WORDS[lang])).toContain(bandIn(li)?.[2]);
    }
  });

  it('shows the employer the role band the graduate sees for the same role, on the list and the card', async () => {
    const role = await readJson(await t.app.request('/api/roles', bearer(employer.token, json(ROLE))));
    await t.app.request(`/api/roles/${role.id}/publish`, bearer(employer.token, { method: 'POST' }));
    expect(
      (await t.app.request(`/api/roles/${role.id}/interests`, bearer(learner.token, { method: 'POST' })))
        .status,
    ).toBe(201);
    const mine = await readJson(
      await t.app.request(`/api/learners/${learner.id}/roles`, bearer(learner.token)),
    );
    const fit = mine.items.find((i: { role: { id: string } }) => i.role.id === role.id);
    const theirs = await readJson(
      await t.app.request(`/api/roles/${role.id}/candidates?list=interested`, bearer(employer.token)),
    );
    expect(theirs.items[0]).toMatchObject({ learnerId: learner.id, score: fit.score, band: fit.band });

    for (const lang of ['zh', 'en'] as const) {
      const label = {
        zh: { strong: '很匹配', moderate: '比较匹配', weak: '差距较大' },
        en: { strong: 'Strong fit', moderate: 'Moderate fit', weak: 'Far off' },
      }[lang][fit.band as 'strong'];
      const tag = new RegExp(`<span class="tag \\w+" title="[^"]+">${label}</span>`);
      expect(await page(web.learner, `/me/roles?lang=${lang}`)).toMatch(tag);
      const [li] = items(
        await page(web.employer, `/roles/${role.id}/candidates?list=interested&lang=${lang}`),
        'class="cards candidates"',
      );
      expect(li).toMatch(tag);
      expect(await page(web.employer, `/roles/${role.id}/candidates/${learner.id}?lang=${lang}`)).toMatch(
        tag,
      );
    }
  });

  it('says "fits well" in the band’s words in the cohort report, with the band beside each learner’s best score', async () => {
    const advisor = await signUp(t.app, 'advisor', '分档老师');
    const cohort = await createCohort(t.app, advisor, '分档班');
    await join(t.app, learner, await invite(t.app, advisor, cohort.id));
    await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    const report = await readJson(
      await t.app.request(`/api/cohorts/${cohort.id}/report`, bearer(advisor.token)),
    );
    const best = report.learners[0].bestScore as number;
    for (const lang of ['zh', 'en'] as const) {
      const html = await (
        await t.app.request(
          `/api/cohorts/${cohort.id}/report?format=html&lang=${lang}`,
          bearer(advisor.token),
        )
      ).text();
      const row = html.slice(html.indexOf('带分档的同学'));
      expect(row).toContain(`${best.toFixed(2)} <span class="band band-${bandOf(best)}"`);
      expect(html).not.toMatch(/匹配良好|fit (at least one occupation |any occupation )?well/);
      const csv = await (
        await t.app.request(`/api/cohorts/${cohort.id}/report?format=csv&lang=${lang}`, bearer(advisor.token))
      ).text();
      expect(csv).toContain(
        lang === 'zh'
          ? 'meta,fitThreshold,匹配度“强”的最低分'
          : 'meta,fitThreshold,lowest score of the “strong” band',
      );
      expect(csv).not.toMatch(/匹配良好|fit (at least one occupation |any occupation )?well/);
    }
    // JSON keeps its fields.
    expect(report.method.fitThreshold).toBe(0.6);
    expect(report.learners[0].topOccupations[0]).toHaveProperty('fitsWell');
  });
});

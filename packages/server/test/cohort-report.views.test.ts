/**
 * What an advisor reads in a cohort report, through HTTP on every dialect: readiness that agrees
 * with the best fits each learner is tagged with, explained empty states (never a bare "—"), the
 * per-learner CSV beside the long one, and the HTML report opening in the browser (API and page).
 */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { bearer, deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

const AI = {
  kind: 'work_project',
  title: '工业传感器数据分析与故障预测模型',
  description:
    // Plainly an AI engineer's work (it researches algorithms too), so it fits well (≥ 0.6) with room:
    // without 研究 it scored 0.60 under scorer match-2026.11-5 and 0.598 under -6, on the line.
    '用 Python 清洗和标注设备传感器数据，设计特征，研究深度学习算法，训练机器学习和深度学习模型预测设备故障，部署人工智能算法并评估模型效果，编写技术文档。',
  occupationCodes: [],
  skills: [{ name: '机器学习', level: 3 }],
};
/** Thin evidence: its closest occupations are digital, but none fits well. */
const THIN = {
  kind: 'learning',
  title: '编程入门',
  description: '学了一点 Python 编程。',
  occupationCodes: [],
  skills: [{ name: 'Python', level: 1 }],
};
const SHARE = { discoverableByEmployers: false, advisorsCanSeeEvidence: true };

interface Learner {
  name: string;
  status: string;
  bestScore: number | null;
  topOccupations: {
    code: string;
    name: string;
    score: number;
    band: 'strong' | 'moderate' | 'weak';
    fitsWell: boolean;
    digital: boolean;
    green: boolean;
  }[];
}

/** The BOM-less text of a CSV answer, and its first three bytes. */
async function csvOf(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

/** A minimal CSV reader (quoted cells, doubled quotes, CRLF), enough to check the columns. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe.each(testDatabases())('cohort report views on %s', (database) => {
  let t: TestApp;
  let advisor: TestAccount;
  let mixed: { id: string; name: string };
  let thin: { id: string; name: string };
  let empty: { id: string; name: string };
  let hidden: { id: string; name: string };
  const members = new Map<string, TestAccount>();

  const get = (cohortId: string, query: string, accept = 'application/json') =>
    t.app.request(`/api/cohorts/${cohortId}/report${query}`, bearer(advisor.token, { headers: { accept } }));

  beforeAll(async () => {
    t = await openTestApp(database);
    advisor = await signUp(t.app, 'advisor', '李老师');
    // Two who fit digital occupations well, one with thin evidence, one who does not share.
    mixed = await createCohort(t.app, advisor, '数据一班');
    const mixedCode = await invite(t.app, advisor, mixed.id);
    for (const [name, evidence] of [
      ['甲同学', AI],
      ['乙同学', AI],
      ['丙同学', THIN],
    ] as const) {
      const l = await signUp(t.app, 'learner', name);
      members.set(name, l);
      await deposit(t.app, l, evidence);
      await setConsent(t.app, l, SHARE);
      await join(t.app, l, mixedCode);
    }
    const shy = await signUp(t.app, 'learner', '丁同学');
    await deposit(t.app, shy, AI);
    await join(t.app, shy, mixedCode);
    // Only thin evidence: nobody fits anything well.
    thin = await createCohort(t.app, advisor, '入门班');
    const thinCode = await invite(t.app, advisor, thin.id);
    const beginner = await signUp(t.app, 'learner', '戊同学');
    await deposit(t.app, beginner, THIN);
    await setConsent(t.app, beginner, SHARE);
    await join(t.app, beginner, thinCode);
    // No members; and members who all keep their evidence to themselves.
    empty = await createCohort(t.app, advisor, '新班');
    hidden = await createCohort(t.app, advisor, '未授权班');
    const hiddenCode = await invite(t.app, advisor, hidden.id);
    const keeper = await signUp(t.app, 'learner', '己同学');
    await deposit(t.app, keeper, AI);
    await join(t.app, keeper, hiddenCode);
  });
  afterAll(() => t.destroy());

  it('counts readiness from the very best fits each learner lists (fits well, at most three)', async () => {
    for (const cohort of [mixed, thin]) {
      const body = await readJson(await get(cohort.id, ''));
      const { fitThreshold, bestFits } = body.method;
      const included = (body.learners as Learner[]).filter((l) => l.status === 'included');
      const listed = included.map((l) => l.topOccupations.filter((o) => o.fitsWell).slice(0, bestFits));
      for (const l of included)
        for (const o of l.topOccupations) expect(o.fitsWell).toBe(o.score >= fitThreshold);
      expect(body.readiness.digital.learners).toBe(
        listed.filter((fits) => fits.some((o) => o.digital)).length,
      );
      expect(body.readiness.green.learners).toBe(listed.filter((fits) => fits.some((o) => o.green)).length);
    }
    const mixedBody = await readJson(await get(mixed.id, ''));
    // The two AI learners fit digital occupations well: 2 of 3.
    expect(mixedBody.readiness.digital).toEqual({ learners: 2, share: 0.6667 });
  });

  it('shows every occupation with the same calibrated band as the learner’s own matches, strong meaning fits well', async () => {
    const body = await readJson(await get(mixed.id, ''));
    const html = await (await get(mixed.id, '?format=html')).text();
    let strong = 0;
    for (const name of ['甲同学', '丙同学']) {
      const account = members.get(name) as TestAccount;
      const own = await readJson(
        await t.app.request(`/api/learners/${account.id}/matches?limit=10`, bearer(account.token)),
      );
      const bandOf = new Map<string, string>(
        (own.matches as { code: string; band: string }[]).map((m) => [m.code, m.band]),
      );
      const learner = (body.learners as (Learner & { learnerId: string })[]).find((l) => l.name === name);
      expect(learner?.topOccupations.length).toBeGreaterThan(0);
      for (const o of learner?.topOccupations ?? []) {
        expect(o.band).toBe(bandOf.get(o.code));
        expect(o.fitsWell).toBe(o.band === 'strong');
        if (o.band === 'strong') strong += 1;
      }
    }
    // The AI learner fits well, so the strong band is shown, in words, beside the score.
    expect(strong).toBeGreaterThan(0);
    expect(html).toMatch(/<span class="band band-strong" title="强：[^"]+">强<\/span>/);
    const csv = parseCsv((await csvOf(await get(mixed.id, '?format=students-csv'))).text);
    const header = csv[0] as string[];
    const row = csv.find((r) => r[1] === '甲同学') as string[];
    expect(row[header.indexOf('occupation_1_band')]).toBe('strong');
  });

  it('explains a readiness of 0 when the closest occupations are digital but none fits well', async () => {
    const body = await readJson(await get(thin.id, ''));
    const [learner] = body.learners as Learner[];
    expect(learner?.topOccupations[0]?.digital).toBe(true);
    expect(learner?.topOccupations.every((o) => !o.fitsWell)).toBe(true);
    expect(body.readiness.digital).toEqual({ learners: 0, share: 0 });
    expect(body.occupations).toEqual([]);
    expect(body.summary).toContain(
      '还没有人与任何职业匹配度为“强”（分数 ≥ 0.6），所以数字和绿色职业准备度都是 0%。',
    );

    const html = await (await get(thin.id, '?format=html')).text();
    // "Fits well" said in the band's words, the band every page shows.
    expect(html).toContain('还没有人与任何职业匹配度为“强”（在最匹配的十个职业中分数 ≥ 0.6）');
    const closest = learner?.topOccupations[0];
    expect(html).toContain(
      `尚无匹配度为“强”的职业；最接近的是 ${closest?.name}（${closest?.score.toFixed(2)}（${{ strong: '强', moderate: '中', weak: '弱' }[closest?.band ?? 'weak']}））`,
    );
    expect(html).not.toContain('匹配良好');
    // No digital tag is shown for an occupation that does not fit well.
    expect(html).not.toContain('class="tag digital"');
    const en = await (await get(thin.id, '?format=html&lang=en')).text();
    expect(en).toContain(
      'No one fits any occupation strongly yet (band “strong”: score ≥ 0.6, among their ten best).',
    );
    expect(en).toContain('No strong fit yet; closest:');
    expect(en).not.toMatch(/fits? (any occupation |at least one occupation )?well/);
  });

  it('leaves the evidence count of a member who does not share blank, not 0 (it is not read)', async () => {
    const html = await (await get(mixed.id, '?format=html')).text();
    const row = (name: string) =>
      html.slice(html.indexOf(`<th scope="row">${name}</th>`)).split('</tr>')[0] ?? '';
    expect(row('丁同学')).toMatch(/<td class="n"><\/td>/);
    expect(row('甲同学')).toMatch(/<td class="n"[^>]*>1<\/td>/);
    const students = (await (await get(mixed.id, '?format=students-csv')).text()).split('\r\n');
    const shy = students.find((line) => line.includes(',丁同学,'));
    expect(shy?.split(',').slice(1, 4)).toEqual(['丁同学', 'not_shared', '']);
    const long = (await (await get(mixed.id, '?format=csv')).text()).split('\r\n');
    const learnerLine = long.find((line) => line.startsWith('learner,') && line.includes(',丁同学,'));
    expect(learnerLine?.split(',').slice(2, 5)).toEqual(['丁同学', 'not_shared', '']);
  });

  it('says why a report is empty and what to do, in each section', async () => {
    const none = await (await get(empty.id, '?format=html')).text();
    expect(none).toContain('班级里还没有学生。把邀请码发给学生');
    const noneShared = await (await get(hidden.id, '?format=html')).text();
    expect(noneShared).toContain('1 名成员都还没有授权指导老师查看证据');
    expect(noneShared).toContain('允许我所在班级的就业指导老师查看我的证据');
    const en = await (await get(hidden.id, '?format=html&lang=en')).text();
    expect(en).toContain('The one member does not let advisors see their evidence yet');
    // Said once, instead of empty charts or a bare dash; the members who do not share are listed.
    for (const page of [none, noneShared]) {
      expect(page.match(/class="panel empty"/g)?.length).toBe(1);
      expect(page).toContain('<h2>暂无可显示的内容</h2>');
      expect(page).not.toContain('<svg');
      expect(page).not.toMatch(/>—</);
    }
    expect(noneShared).toMatch(/<th scope="row">己同学<\/th><td[^>]*>未授权<\/td>/);
    const anonymised = await (await get(mixed.id, '?format=html&anonymised=true')).text();
    expect(anonymised).toContain('分享证据的学生少于 5 人：不能显示关于他们的任何内容。');
    expect(anonymised).not.toContain('甲同学');
  });

  it('serves a per-learner CSV beside the long one, with stable English columns and a BOM', async () => {
    const res = await get(mixed.id, '?format=students-csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="cohort-report-students-${mixed.id}.csv"`,
    );
    const { bom, text } = await csvOf(res);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 8)).toEqual([
      'learner_id',
      'name',
      'status',
      'evidence_count',
      'best_score',
      'fits_well',
      'digital_ready',
      'green_ready',
    ]);
    expect(header?.slice(8, 14)).toEqual([
      'occupation_1_code',
      'occupation_1_name',
      'occupation_1_score',
      'occupation_1_band',
      'occupation_1_fits_well',
      'occupation_1_tags',
    ]);
    expect(header?.slice(-2)).toEqual(['cohort_id', 'generated_at']);
    expect(header).toHaveLength(8 + 5 * 6 + 2);
    // One row per member, every row as wide as the header.
    expect(rows.map((r) => r[1]).sort()).toEqual(['丁同学', '丙同学', '乙同学', '甲同学']);
    for (const r of rows) expect(r).toHaveLength(header?.length ?? 0);
    const byName = new Map(
      rows.map((r) => [r[1], Object.fromEntries(header?.map((h, i) => [h, r[i]]) ?? [])]),
    );
    expect(byName.get('甲同学')).toMatchObject({
      status: 'included',
      fits_well: 'true',
      digital_ready: 'true',
    });
    expect(byName.get('甲同学')?.occupation_1_tags).toContain('digital');
    expect(byName.get('丙同学')).toMatchObject({
      status: 'included',
      fits_well: 'false',
      digital_ready: 'false',
    });
    expect(byName.get('丁同学')).toMatchObject({ status: 'not_shared', best_score: '', digital_ready: '' });
    expect(byName.get('甲同学')?.generated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The same columns in English.
    const en = parseCsv((await csvOf(await get(mixed.id, '?format=students-csv&lang=en'))).text);
    expect(en[0]).toEqual(header);

    // `Accept: text/csv` keeps meaning the long CSV.
    const long = await csvOf(await get(mixed.id, '', 'text/csv'));
    expect(long.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(long.text.startsWith('section,key,label,status,count,share,score,detail\r\n')).toBe(true);
  });

  it('refuses a per-learner CSV of the anonymised form, saying why', async () => {
    const res = await get(mixed.id, '?format=students-csv&anonymised=true');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await readJson(res);
    expect(body.errors).toEqual([{ path: 'format', message: expect.stringContaining('no anonymised form') }]);
  });

  it('serves the HTML report inline (it opens in the browser) and the CSVs as attachments', async () => {
    const html = await get(mixed.id, '?format=html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(`inline; filename="cohort-report-${mixed.id}.html"`);
    expect((await get(mixed.id, '?format=csv')).headers.get('content-disposition')).toBe(
      `attachment; filename="cohort-report-${mixed.id}.csv"`,
    );
  });

  it('the report page links the HTML to open, with a separate link to save it', async () => {
    const web = new WebClient(t.app);
    const signedIn = await web.post('/sign-in', { key: advisor.token }, { csrfFrom: '/sign-in' });
    expect(signedIn.status).toBe(303);
    const page = await (await web.get(`/cohorts/${mixed.id}/report`)).text();
    const base = `/cohorts/${mixed.id}/report/download`;
    expect(page).toContain(`href="${base}?format=html&amp;lang=zh" target="_blank"`);
    expect(page).toContain(`href="${base}?format=html&amp;lang=zh&amp;download=1" download`);
    expect(page).toContain(`href="${base}?format=students-csv&amp;lang=zh" download`);
    // No anonymised per-learner table is offered.
    expect(page).not.toContain('format=students-csv&amp;anonymised=true');
    const open = await web.get(`${base}?format=html&lang=zh`);
    expect(open.status).toBe(200);
    expect(open.headers.get('content-disposition')).toBe(`inline; filename="cohort-report-${mixed.id}.html"`);
    const save = await web.get(`${base}?format=html&lang=zh&download=1`);
    expect(save.headers.get('content-disposition')).toBe(
      `attachment; filename="cohort-report-${mixed.id}.html"`,
    );
    const students = await web.get(`${base}?format=students-csv&lang=zh`);
    expect(students.headers.get('content-disposition')).toBe(
      `attachment; filename="cohort-report-students-${mixed.id}.csv"`,
    );
    expect((await web.get(`${base}?format=students-csv&anonymised=true`)).status).toBe(404);
    // The document's dates are the reader's (the page's zone), not UTC's: UTC+14 and UTC-11 are a
    // day or two apart at any instant.
    const stamped = async (zone: string) => {
      web.cookies.set('tz', encodeURIComponent(zone));
      const text = await (await web.get(`${base}?format=html&lang=zh`)).text();
      const footer = /生成于 (\d{4}-\d{2}-\d{2}) \d{2}:\d{2} (UTC[^<\s]*)/.exec(text);
      const header = /<p class="muted">(\d{4}-\d{2}-\d{2})/.exec(text);
      return { date: footer?.[1], offset: footer?.[2], header: header?.[1] };
    };
    const east = await stamped('Pacific/Kiritimati');
    const west = await stamped('Pacific/Pago_Pago');
    expect(east).toMatchObject({ offset: 'UTC+14', header: east.date });
    expect(west).toMatchObject({ offset: 'UTC-11', header: west.date });
    expect(east.date).not.toBe(west.date);
    web.cookies.delete('tz');
    // The page explains an empty cohort and points to the invitation.
    const none = await (await web.get(`/cohorts/${empty.id}/report`)).text();
    expect(none).toContain('班级里还没有学生。把邀请码发给学生');
    expect(none).toContain(`href="/cohorts/${empty.id}#invite"`);
  });
});

/**
 * k-anonymity of the shared report form, on hand-made reports: what shows, what is left out; and
 * the report's sentences and labels in Chinese (default) or English.
 */
import { describe, expect, it } from 'vitest';
import { anonymiseReport, isShowable, mergeBuckets } from './cohort-report.anonymise.js';
import { scoreHistogram } from './cohort-report.build.js';
import { presentReport } from './cohort-report.present.js';
import type { CohortReport, ReportLearner } from './cohort-report.types.js';
import { REPORT_RENDERERS } from './renderers/index.js';

const renderReportCsv = REPORT_RENDERERS.csv.render;
const renderReportHtml = REPORT_RENDERERS.html.render;

const occupation = (code: string, learners: number, n: number) => ({
  code,
  name: `职业${code}`,
  digital: code.startsWith('2'),
  green: false,
  learners,
  share: learners / n,
});

function report(n: number, fits: Record<string, number>, scores: number[]): CohortReport {
  const learners: ReportLearner[] = scores.map((s, i) => ({
    learnerId: `ac_learner${i}`,
    name: `学员${i}`,
    status: 'included',
    evidenceCount: 2,
    topOccupations: [],
    bestScore: s,
  }));
  return {
    format: 'skillbank.cohort-report',
    version: 1,
    lang: 'zh',
    cohort: { id: 'co_1', name: '测试班' },
    generatedAt: '2026-11-28T00:00:00.000Z',
    anonymised: false,
    scorer: { version: 'match-test' },
    taxonomy: { id: 'cn2022', version: '2022.1' },
    method: { fitThreshold: 0.6, topOccupations: 5, bestFits: 3, consentRule: 'rule', minGroupSize: null },
    population: { members: n + 2, included: n, notShared: 1, noEvidence: 1, failed: 0 },
    scores: { mean: 0.5, median: 0.5, fitWellShare: scores.filter((s) => s >= 0.6).length / n },
    learners,
    occupations: Object.entries(fits).map(([code, count]) => occupation(code, count, n)),
    gaps: {
      tasks: [
        {
          taskId: '6-28-01-10#3',
          text: '倒闸操作',
          occupationCode: '6-28-01-10',
          occupationName: '光伏',
          learners: 6,
          share: 0.5,
          meanGain: 0.1,
        },
        {
          taskId: '6-18-01-07#7',
          text: '误差分析',
          occupationCode: '6-18-01-07',
          occupationName: '数控',
          learners: 3,
          share: 0.25,
          meanGain: 0.1,
        },
      ],
      skills: [
        { term: '运维', learners: 12, share: 1 },
        { term: '刀具', learners: 4, share: 0.33 },
      ],
    },
    readiness: { digital: { learners: 3, share: 0.25 }, green: { learners: 7, share: 0.58 } },
    distribution: scoreHistogram(scores),
    suppressed: null,
    summary: [],
  };
}

describe('isShowable (k = 5)', () => {
  it('shows a count only when neither it nor its complement is a group of 1–4', () => {
    expect([0, 1, 4, 5, 7, 8, 11, 12].map((c) => isShowable(c, 12))).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(isShowable(5, 7)).toBe(false);
    expect(isShowable(2, 7)).toBe(false);
    expect(isShowable(7, 7)).toBe(true);
  });
});

describe('mergeBuckets', () => {
  it('merges neighbours until each holds at least 5; a short tail joins the last bucket', () => {
    const merged = mergeBuckets(
      scoreHistogram([0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.65, 0.75, 0.75, 0.85, 0.95]),
    );
    expect(merged).toEqual([
      { from: 0, to: 0.5, learners: 5 },
      { from: 0.5, to: 1, learners: 7 },
    ]);
    expect(mergeBuckets(scoreHistogram([0.1, 0.2, 0.3]))).toEqual([]);
  });
});

describe('anonymiseReport', () => {
  const scores = [0.1, 0.2, 0.3, 0.4, 0.45, 0.61, 0.62, 0.7, 0.7, 0.8, 0.9, 0.95];
  const full = report(12, { '2-02-38-01': 7, '6-28-01-10': 5, '6-18-01-07': 2, '4-07-02-05': 9 }, scores);

  it('keeps the groups of at least 5 whose complement is also 0 or at least 5, and nothing personal', () => {
    const anon = anonymiseReport(full);
    expect(anon.anonymised).toBe(true);
    expect(anon.learners).toEqual([]);
    expect(anon.population).toEqual({
      members: null,
      included: 12,
      notShared: null,
      noEvidence: null,
      failed: null,
    });
    expect(anon.occupations.map((o) => o.code)).toEqual(['2-02-38-01', '6-28-01-10']);
    expect(anon.gaps.tasks.map((t) => t.taskId)).toEqual(['6-28-01-10#3']);
    expect(anon.gaps.skills.map((s) => s.term)).toEqual(['运维']);
    expect(anon.readiness).toEqual({
      digital: { learners: null, share: null },
      green: { learners: 7, share: 0.58 },
    });
    expect(anon.scores).toEqual({ mean: 0.5, median: null, fitWellShare: 7 / 12 });
    expect(anon.suppressed).toMatchObject({ occupations: 2, tasks: 1, skills: 1 });
    for (const bucket of anon.distribution) expect(bucket.learners).toBeGreaterThanOrEqual(5);
    for (const lang of ['zh', 'en'] as const) {
      const shared = presentReport(full, { anonymised: true, lang });
      const text =
        JSON.stringify(anon) + JSON.stringify(shared) + renderReportCsv(shared) + renderReportHtml(shared);
      expect(text, lang).not.toMatch(/ac_learner|学员|6-18-01-07|4-07-02-05|误差分析|刀具/);
    }
  });

  it('shows nothing about learners when fewer than 5 share', () => {
    const anon = anonymiseReport(report(4, { '2-02-38-01': 4 }, [0.7, 0.7, 0.7, 0.7]));
    expect(anon.population.included).toBeNull();
    expect(anon.occupations).toEqual([]);
    expect(anon.distribution).toEqual([]);
    expect(presentReport(report(4, {}, [0.7, 0.7, 0.7, 0.7]), { anonymised: true }).summary).toEqual([
      '分享证据的学生少于 5 人：不能显示关于他们的任何内容。',
    ]);
    expect(
      presentReport(report(4, {}, [0.7, 0.7, 0.7, 0.7]), { anonymised: true, lang: 'en' }).summary,
    ).toEqual(['Fewer than 5 learners share their evidence: nothing about them can be shown.']);
  });

  it('leaves the full form alone', () => {
    expect(presentReport(full).learners).toHaveLength(12);
    expect(presentReport(full).summary[0]).toBe(
      '14 名成员中 12 人计入本报告；另有 1 人未授权指导老师查看证据，1 人暂无证据。',
    );
  });
});

describe('report language', () => {
  const full = report(
    12,
    { '2-02-38-01': 7, '6-28-01-10': 5 },
    [0.1, 0.2, 0.3, 0.4, 0.45, 0.61, 0.62, 0.7, 0.7, 0.8, 0.9, 0.95],
  );
  const cjk = /[\u4e00-\u9fff]/;

  it('writes the summary and notes in Chinese by default and in English on request; the data stay the same', () => {
    const zh = presentReport(full);
    const en = presentReport(full, { lang: 'en' });
    expect(zh.lang).toBe('zh');
    expect(en.lang).toBe('en');
    expect(zh.summary).toEqual([
      '14 名成员中 12 人计入本报告；另有 1 人未授权指导老师查看证据，1 人暂无证据。',
      '最佳匹配分的中位数为 0.50；58% 的人至少与一个职业匹配度为“强”（分数 ≥ 0.6）。',
      '匹配度为“强”的人最多的职业：职业2-02-38-01（2-02-38-01），7 人（58%）。',
      '卡住最多人的差距：“倒闸操作”（光伏），6 人（50%）尚未覆盖。',
      '数字职业准备度 25%，绿色职业准备度 58%（最佳匹配中有数字或绿色职业的人所占比例）。',
    ]);
    expect(en.summary).toEqual([
      '12 of 14 members are in this report; 1 does not share their evidence with advisors, 1 has no evidence yet.',
      'Their best match scores a median 0.50; 58% fit at least one occupation strongly (band “strong”: score ≥ 0.6).',
      'The occupation most of them fit strongly: 职业2-02-38-01 (2-02-38-01), 7 learners (58%).',
      'The gap blocking the most learners: “倒闸操作” (光伏), missing for 6 (50%).',
      'Digital readiness 25%, green readiness 58% (a digital or green occupation among their best fits).',
    ]);
    expect(zh.method.consentRule).toMatch(/^只使用授权指导老师查看证据的成员/);
    expect(en.method.consentRule).toMatch(/^Only members whose consent lets advisors see their evidence/);
    const neutral = ({ summary, lang, method, ...rest }: typeof zh) => ({
      ...rest,
      method: { ...method, consentRule: null },
    });
    expect(neutral(zh)).toEqual(neutral(en));
    const anonZh = presentReport(full, { anonymised: true });
    const anonEn = presentReport(full, { anonymised: true, lang: 'en' });
    expect(anonZh.suppressed?.note).toMatch(/^1 至 4 人的组/);
    expect(anonEn.suppressed?.note).toMatch(/^Groups of 1 to 4 learners/);
    expect(anonZh.summary.at(-1)).toBe('匿名版：不含姓名；2 个小组未显示。');
    expect(anonEn.summary.at(-1)).toBe('Anonymised: no names; 2 small groups left out.');
  });

  it('renders the HTML report in Chinese by default and in English on request', () => {
    const zh = renderReportHtml(presentReport(full));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h1>测试班 — 班级匹配报告</h1>');
    expect(zh).toContain('<h2>摘要</h2>');
    expect(zh).toContain('<th scope="col">职业</th>');
    expect(zh).toContain('>计入</td>');
    expect(zh).toMatch(/<footer><p><strong>方法。<\/strong> 只使用/);
    expect(zh).toContain('评分器 match-test · 职业分类 cn2022 2022.1');
    expect(zh).not.toMatch(/Summary|Occupation|Learners|Scorer|Method|included/);
    const en = renderReportHtml(presentReport(full, { lang: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>测试班 — Cohort match report</h1>');
    expect(en).toContain('<h2>Summary</h2>');
    expect(en).toContain('>included</td>');
    expect(en).toContain('Scorer match-test · taxonomy cn2022 2022.1');
    // Only names and task texts (data) are Chinese in the English report.
    const enText = en
      .replace(/<[^>]+>/g, ' ')
      .replace(/测试班|职业[\d-]+|倒闸操作|误差分析|光伏|数控|运维|刀具|学员\d+/g, '');
    expect(enText).not.toMatch(cjk);
  });

  it('keeps CSV columns and keys as codes and writes its sentences in the report language', () => {
    const zh = renderReportCsv(presentReport(full));
    const en = renderReportCsv(presentReport(full, { lang: 'en' }));
    for (const csv of [zh, en])
      expect(csv.startsWith('\uFEFFsection,key,label,status,count,share,score,detail\r\n')).toBe(true);
    expect(zh).toContain('meta,lang,,,,,,zh\r\n');
    expect(en).toContain('meta,lang,,,,,,en\r\n');
    expect(zh).toContain('summary,1,14 名成员中 12 人计入本报告');
    expect(en).toContain('summary,1,"12 of 14 members are in this report;');
  });
});

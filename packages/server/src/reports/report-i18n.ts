/**
 * Every sentence and label of the cohort report, once per language: Chinese first, English on
 * request (`?lang=en` on the API and pages, `--lang en` on the CLI). The report data stay
 * language-neutral (numbers, codes, names); only these texts change with the language.
 */
import type { MemberStatus } from './cohort-report.types.js';

export const REPORT_LANGS = ['zh', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];
export const DEFAULT_REPORT_LANG: ReportLang = 'zh';

export const isReportLang = (value: unknown): value is ReportLang =>
  typeof value === 'string' && (REPORT_LANGS as readonly string[]).includes(value);

/** A 0–1 share as a whole percentage. */
export const reportPercent = (share: number) => `${Math.round(share * 100)}%`;

export interface ReportMessages {
  /** The `lang` attribute of the HTML report. */
  htmlLang: string;

  // Prose carried in the JSON too (`method.consentRule`, `suppressed.note`).
  consentRule: string;
  noteTooFew: (k: number) => string;
  noteSuppressed: (k: number) => string;

  // The one-minute summary.
  nothingShown: string;
  members: (included: number, members: number, others: string[]) => string;
  othersNotShared: (n: number) => string;
  othersNoEvidence: (n: number) => string;
  othersFailed: (n: number) => string;
  coversSharing: (included: number) => string;
  typicalScore: (median: boolean, score: string) => string;
  fitWell: (share: string, threshold: number) => string;
  scoresLine: (parts: string[]) => string;
  topOccupation: (name: string, code: string, learners: number, share: string) => string;
  topGap: (text: string, occupation: string, learners: number, share: string) => string;
  digitalReadiness: (share: string) => string;
  greenReadiness: (share: string) => string;
  readinessLine: (parts: string[]) => string;
  anonymisedLine: (leftOut: number) => string;

  // HTML labels.
  title: string;
  anonymisedTag: string;
  summaryTitle: string;
  digital: string;
  green: string;
  occupationsTitle: (threshold: number) => string;
  occupationsChart: string;
  colCode: string;
  colOccupation: string;
  colLearners: string;
  colShare: string;
  readinessTitle: string;
  readinessChart: string;
  readinessNote: (bestFits: number, threshold: number) => string;
  distributionTitle: string;
  distributionChart: string;
  taskGapsTitle: string;
  taskGapsChart: string;
  colTask: string;
  colMeanGain: string;
  skillGapsTitle: string;
  colTerm: string;
  learnersTitle: string;
  colName: string;
  colStatus: string;
  colEvidence: string;
  colBestFits: string;
  status: Record<MemberStatus, string>;
  methodTitle: string;
  method: (threshold: number) => string;
  anonymisedMethod: (k: number | null) => string;
  population: (p: {
    members: string;
    included: string;
    notShared: string;
    noEvidence: string;
    failed: string;
  }) => string;
  versions: (scorer: string, taxonomy: string, generatedAt: string) => string;
}

const zh: ReportMessages = {
  htmlLang: 'zh-CN',

  consentRule: '只使用授权指导老师查看证据的成员；其他成员只计为“未授权”，不读取其任何其他数据。',
  noteTooFew: (k) => `分享证据的学生少于 ${k} 人：不能显示关于他们的任何内容。`,
  noteSuppressed: (k) =>
    `1 至 ${k - 1} 人的组（或其余人数这么少的组）不显示；分数区间合并到每段至少 ${k} 人。`,

  nothingShown: '没有可以显示的内容。',
  members: (included, members, others) =>
    `${members} 名成员中 ${included} 人计入本报告${others.length ? `；另有 ${others.join('，')}` : ''}。`,
  othersNotShared: (n) => `${n} 人未授权指导老师查看证据`,
  othersNoEvidence: (n) => `${n} 人暂无证据`,
  othersFailed: (n) => `${n} 人无法匹配`,
  coversSharing: (included) => `本报告涵盖 ${included} 名分享证据的学生。`,
  typicalScore: (median, score) => `最佳匹配分的${median ? '中位数' : '平均值'}为 ${score}`,
  fitWell: (share, threshold) => `${share} 的人至少与一个职业匹配良好（分数 ≥ ${threshold}）`,
  scoresLine: (parts) => `${parts.join('；')}。`,
  topOccupation: (name, code, learners, share) =>
    `最多人匹配良好的职业：${name}（${code}），${learners} 人（${share}）。`,
  topGap: (text, occupation, learners, share) =>
    `卡住最多人的差距：“${text}”（${occupation}），${learners} 人（${share}）尚未覆盖。`,
  digitalReadiness: (share) => `数字职业准备度 ${share}`,
  greenReadiness: (share) => `绿色职业准备度 ${share}`,
  readinessLine: (parts) => `${parts.join('，')}（最佳匹配中有数字或绿色职业的人所占比例）。`,
  anonymisedLine: (leftOut) => `匿名版：不含姓名；${leftOut} 个小组未显示。`,

  title: '班级匹配报告',
  anonymisedTag: '匿名版',
  summaryTitle: '摘要',
  digital: '数字',
  green: '绿色',
  occupationsTitle: (threshold) => `匹配良好的职业（分数 ≥ ${threshold}）`,
  occupationsChart: '与各职业匹配良好的人数',
  colCode: '代码',
  colOccupation: '职业',
  colLearners: '人数',
  colShare: '比例',
  readinessTitle: '数字与绿色职业准备度',
  readinessChart: '最佳匹配中有数字或绿色职业的人所占比例',
  readinessNote: (bestFits, threshold) =>
    `最佳的 ${bestFits} 个匹配职业中有分数 ≥ ${threshold} 的数字（绿色）职业的人所占比例。`,
  distributionTitle: '最佳匹配分的分布',
  distributionChart: '按最佳匹配分统计的人数',
  taskGapsTitle: '卡住最多人的差距：工作任务',
  taskGapsChart: '缺少各项任务的人数',
  colTask: '任务',
  colMeanGain: '平均提升',
  skillGapsTitle: '差距：证据中没有提到的技能和术语',
  colTerm: '术语',
  learnersTitle: '每位学生',
  colName: '姓名',
  colStatus: '状态',
  colEvidence: '证据',
  colBestFits: '最适合的职业',
  status: { included: '计入', not_shared: '未授权', no_evidence: '暂无证据', failed: '无法匹配' },
  methodTitle: '方法。',
  method: (threshold) =>
    `在学生最匹配的十个职业中，分数至少 ${threshold}（满分 1）的职业视为匹配良好。差距是每位学生最适合职业中尚未覆盖的工作任务，以及证据中没有提到的特征术语。`,
  anonymisedMethod: (k) => `匿名版：不含姓名和学号；少于 ${k} 人的组不显示。`,
  population: (p) =>
    `成员 ${p.members} · 计入报告 ${p.included} · 未授权 ${p.notShared} · 暂无证据 ${p.noEvidence} · 无法匹配 ${p.failed}`,
  versions: (scorer, taxonomy, generatedAt) =>
    `评分器 ${scorer} · 职业分类 ${taxonomy} · 生成于 ${generatedAt}`,
};

const en: ReportMessages = {
  htmlLang: 'en',

  consentRule:
    'Only members whose consent lets advisors see their evidence are used; other members are counted as "not shared" and nothing else of theirs is read.',
  noteTooFew: (k) => `Fewer than ${k} learners share their evidence: nothing about them can be shown.`,
  noteSuppressed: (k) =>
    `Groups of 1 to ${k - 1} learners (or whose complement is that small) are left out; score buckets are merged to at least ${k}.`,

  nothingShown: 'Nothing can be shown.',
  members: (included, members, others) =>
    `${included} of ${members} members are in this report${others.length ? `; ${others.join(', ')}` : ''}.`,
  othersNotShared: (n) => `${n} do not share their evidence with advisors`,
  othersNoEvidence: (n) => `${n} have no evidence yet`,
  othersFailed: (n) => `${n} could not be matched`,
  coversSharing: (included) => `This report covers ${included} learners who share their evidence.`,
  typicalScore: (median, score) => `Their best match scores ${median ? 'a median' : 'on average'} ${score}`,
  fitWell: (share, threshold) => `${share} fit at least one occupation well (score ≥ ${threshold})`,
  scoresLine: (parts) => `${parts.join('; ')}.`,
  topOccupation: (name, code, learners, share) =>
    `The occupation most of them fit well: ${name} (${code}), ${learners} learners (${share}).`,
  topGap: (text, occupation, learners, share) =>
    `The gap blocking the most learners: “${text}” (${occupation}), missing for ${learners} (${share}).`,
  digitalReadiness: (share) => `digital readiness ${share}`,
  greenReadiness: (share) => `green readiness ${share}`,
  readinessLine: (parts) =>
    `${parts.join(', ')} (a digital or green occupation among their best fits).`.replace(/^./, (c) =>
      c.toUpperCase(),
    ),
  anonymisedLine: (leftOut) => `Anonymised: no names; ${leftOut} small groups left out.`,

  title: 'Cohort match report',
  anonymisedTag: 'anonymised',
  summaryTitle: 'Summary',
  digital: 'digital',
  green: 'green',
  occupationsTitle: (threshold) => `Occupations they fit well (score ≥ ${threshold})`,
  occupationsChart: 'Learners fitting each occupation well',
  colCode: 'Code',
  colOccupation: 'Occupation',
  colLearners: 'Learners',
  colShare: 'Share',
  readinessTitle: 'Digital and green readiness',
  readinessChart: 'Share of learners with a digital or green occupation among their best fits',
  readinessNote: (bestFits, threshold) =>
    `Share of learners with a digital (green) occupation among their ${bestFits} best fits scoring ≥ ${threshold}.`,
  distributionTitle: 'Distribution of best match scores',
  distributionChart: 'Learners by best match score',
  taskGapsTitle: 'Gaps blocking the most learners: tasks',
  taskGapsChart: 'Learners missing each task',
  colTask: 'Task',
  colMeanGain: 'Mean gain',
  skillGapsTitle: 'Gaps: skills and terms no evidence mentions',
  colTerm: 'Term',
  learnersTitle: 'Learners',
  colName: 'Name',
  colStatus: 'Status',
  colEvidence: 'Evidence',
  colBestFits: 'Best fits',
  status: { included: 'included', not_shared: 'not shared', no_evidence: 'no evidence', failed: 'failed' },
  methodTitle: 'Method.',
  method: (threshold) =>
    `An occupation fits a learner well when it scores at least ${threshold} (scores 0–1) among the learner's ten best. Gaps are the uncovered tasks, and distinctive terms no evidence mentions, of each learner's best-fitting occupation.`,
  anonymisedMethod: (k) => `Anonymised: no names or learner ids; no group smaller than ${k} is shown.`,
  population: (p) =>
    `Members ${p.members} · in report ${p.included} · not shared ${p.notShared} · no evidence ${p.noEvidence} · failed ${p.failed}`,
  versions: (scorer, taxonomy, generatedAt) =>
    `Scorer ${scorer} · taxonomy ${taxonomy} · generated ${generatedAt}`,
};

const MESSAGES: Record<ReportLang, ReportMessages> = { zh, en };

export function reportMessages(lang: ReportLang): ReportMessages {
  return MESSAGES[lang];
}

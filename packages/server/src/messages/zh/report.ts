/**
 * Chinese, the reference language: every sentence and label of the cohort report. The report data
 * stay language-neutral (numbers, codes, names); only these texts change with the language.
 */

import { matching } from './matching.js';
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
  readinessNoFits: (threshold: number) => string;
  anonymisedLine: (leftOut: number) => string;

  // HTML labels.
  title: string;
  anonymisedTag: string;
  summaryTitle: string;
  digital: string;
  /** The calibrated band of a score, the same words as on the match pages. */
  band: Record<'strong' | 'moderate' | 'weak', string>;
  bandHint: string;
  /** A score with its band in running text. */
  scoreBand: (score: string, band: string) => string;
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
  colBestScore: string;
  colBestFits: (threshold: number) => string;
  /** The label of the long CSV's `meta,fitThreshold` row. */
  fitThresholdLabel: string;
  /** A learner none of whose top occupations fits well: the closest one instead. */
  closestOnly: (name: string, score: string) => string;

  // Explained empty states: why a part is empty and what to do.
  emptyTitle: string;
  emptyNoMembers: string;
  emptyNoneShared: (members: number) => string;
  emptyNoEvidence: string;
  emptyNoFits: (threshold: number) => string;
  emptySuppressed: (k: number) => string;
  emptyNoTaskGaps: string;
  emptyNoSkillGaps: string;
  emptyLearnersAnonymised: string;
  /** One label per member status of the report (`MemberStatus`). */
  status: { included: string; not_shared: string; no_evidence: string; failed: string };
  methodTitle: string;
  /** The bands' thresholds: `strong` is the report's fit threshold. */
  method: (strong: number, moderate: number) => string;
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

export const report: ReportMessages = {
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
  fitWell: (share, threshold) => `${share} 的人至少与一个职业匹配度为“强”（分数 ≥ ${threshold}）`,
  scoresLine: (parts) => `${parts.join('；')}。`,
  topOccupation: (name, code, learners, share) =>
    `匹配度为“强”的人最多的职业：${name}（${code}），${learners} 人（${share}）。`,
  topGap: (text, occupation, learners, share) =>
    `卡住最多人的差距：“${text}”（${occupation}），${learners} 人（${share}）尚未覆盖。`,
  digitalReadiness: (share) => `数字职业准备度 ${share}`,
  greenReadiness: (share) => `绿色职业准备度 ${share}`,
  readinessLine: (parts) => `${parts.join('，')}（最佳匹配中有数字或绿色职业的人所占比例）。`,
  readinessNoFits: (threshold) =>
    `还没有人与任何职业匹配度为“强”（分数 ≥ ${threshold}），所以数字和绿色职业准备度都是 0%。`,
  anonymisedLine: (leftOut) => `匿名版：不含姓名；${leftOut} 个小组未显示。`,

  title: '班级匹配报告',
  anonymisedTag: '匿名版',
  summaryTitle: '摘要',
  digital: '数字',
  band: matching.band,
  bandHint: matching.bandHint,
  scoreBand: matching.scoreBand,
  green: '绿色',
  occupationsTitle: (threshold) => `匹配度为“强”的职业（分数 ≥ ${threshold}）`,
  occupationsChart: '与各职业匹配度为“强”的人数',
  colCode: '代码',
  colOccupation: '职业',
  colLearners: '人数',
  colShare: '比例',
  readinessTitle: '数字与绿色职业准备度',
  readinessChart: '最佳匹配中有数字或绿色职业的人所占比例',
  readinessNote: (bestFits, threshold) =>
    `最佳匹配是每位学生匹配度为“强”（分数 ≥ ${threshold}）的职业中分数最高的至多 ${bestFits} 个（即“每位学生”表中列出并带标签的职业）；准备度是最佳匹配中有数字（绿色）职业的人所占比例。`,
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
  colBestScore: '最高分',
  colBestFits: (threshold) => `最佳匹配（匹配度“强”，分数 ≥ ${threshold}）`,
  fitThresholdLabel: '匹配度“强”的最低分',
  closestOnly: (name, score) => `尚无匹配度为“强”的职业；最接近的是 ${name}（${score}）`,

  emptyTitle: '暂无可显示的内容',
  emptyNoMembers: '班级里还没有学生。把邀请码发给学生：他们加入并授权指导老师查看证据后，这里就会有数据。',
  emptyNoneShared: (members) =>
    `${members} 名成员都还没有授权指导老师查看证据，所以这里没有数据。请学生在“授权”页面勾选“允许我所在班级的就业指导老师查看我的证据”。`,
  emptyNoEvidence:
    '授权的成员还没有存入任何证据，所以这里没有数据。学生记下几条学习、项目或竞赛经历后，报告就会显示匹配结果。',
  emptyNoFits: (threshold) =>
    `还没有人与任何职业匹配度为“强”（在最匹配的十个职业中分数 ≥ ${threshold}）。“每位学生”表列出每个人最接近的职业，差距部分说明还缺什么；补充证据（尤其是有人认证的项目）会提高分数。`,
  emptySuppressed: (k) =>
    `匿名版不显示少于 ${k} 人的组，所以这里没有可以显示的内容；实名版（校内使用）里有完整数据。`,
  emptyNoTaskGaps: '没有发现差距：每位学生最适合职业的工作任务都已在证据中覆盖。',
  emptyNoSkillGaps: '没有发现缺少的技能或术语。',
  emptyLearnersAnonymised: '匿名版不列出学生。',
  status: { included: '计入', not_shared: '未授权', no_evidence: '暂无证据', failed: '无法匹配' },
  methodTitle: '方法。',
  method: (strong, moderate) =>
    `匹配度分三档，与匹配页面相同：强（分数 ≥ ${strong}，满分 1）、中（≥ ${moderate}）、弱（其余）。在学生最匹配的十个职业中，匹配度为“强”的职业计入“最佳匹配”和各项统计。差距是每位学生最适合职业中尚未覆盖的工作任务，以及证据中没有提到的特征术语。`,
  anonymisedMethod: (k) => `匿名版：不含姓名和学号；少于 ${k} 人的组不显示。`,
  population: (p) =>
    `成员 ${p.members} · 计入报告 ${p.included} · 未授权 ${p.notShared} · 暂无证据 ${p.noEvidence} · 无法匹配 ${p.failed}`,
  versions: (scorer, taxonomy, generatedAt) =>
    `评分器 ${scorer} · 职业分类 ${taxonomy} · 生成于 ${generatedAt}`,
};

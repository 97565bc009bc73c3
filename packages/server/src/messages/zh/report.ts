/**
 * Chinese, the reference language: every sentence and label of the cohort report. The report data
 * stay language-neutral (numbers, codes, names); only these texts change with the language.
 */

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
  /** One label per member status of the report (`MemberStatus`). */
  status: { included: string; not_shared: string; no_evidence: string; failed: string };
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

/** Chinese, the reference language: matches, gaps and the labels of next-step actions. */

export const matching = {
  matchesTitle: '最匹配的职业',
  matchesLead: (count: string) =>
    `用你账本中有效的证据，对照 ${count} 个职业的主要工作任务计算。每个分数都有来由。`,
  matchScore: '匹配度',
  coveredTasks: '已覆盖的任务',
  missingTasks: '尚未覆盖的任务',
  seeGaps: '差距和下一步',
  noMatches: '证据还不够，暂时算不出匹配。多记录几条具体的工作项目或学习经历吧。',
  byEvidence: '依据',
  versions: (scorer: string, taxonomy: string) => `评分器 ${scorer} · 职业分类 ${taxonomy}`,
  /** `profile` is null when the profile part is at full marks (its similarity reached the saturation). */
  breakdownText: (profile: string | null, coverage: string, covered: number, total: number) =>
    `覆盖 ${covered}/${total} 项任务（含部分覆盖的得分 ${coverage}），整体用词与该职业的接近度${profile === null ? '已达满分' : ` ${profile}`}`,
  breakdownHint:
    '接近度：你全部证据的用词与该职业全部任务用词的相似程度，达到一定相似度即计满分；覆盖：逐项任务看你的证据是否说到了同样的工作。',
  band: { strong: '强', moderate: '中', weak: '弱' } as Record<'strong' | 'moderate' | 'weak', string>,
  /** What the band is, for screen readers before its word. */
  bandName: '匹配强度',
  /** A score with its band in running text. */
  scoreBand: (score: string, band: string) => `${score}（${band}）`,
  bandHint: '强：同等分数的首选答案约八成以上正确；中：约七成；弱：不到一半（在评测集上测得）。',
  directionsTitle: '你的证据指向几个方向',
  /** Why an occupation's score here differs from the overall list's. */
  directionsHint:
    '每个方向只按它自己的证据打分；上面的总排名还要看这个方向占你全部证据的多少，所以同一个职业在上面的分数可能更低。',
  directionLabel: (label: string, count: number) => `${label}（${count} 条证据）`,
  saysSame: '你写的',
  taskSays: '任务要求',
  gapsTitle: (name: string) => `${name}：差距与下一步`,
  gapsLead: '按补上后能提高多少匹配度排序。',
  gapsPick: '看哪个职业的差距',
  gapsPickLabel: '职业代码',
  gapsShow: '查看',
  gain: (g: string) => `可提高 ${g}`,
  nextStep: '下一步',
  gapsNone: '这个职业的任务你都已覆盖。',
  missingTerms: '证据里还缺少的关键词',
  actionLearn: '学习',
  actionPractise: '实践',
  actionAssess: '参加评价',
  actionAttest: '请人认证',
  actionDetail: '补充细节',
};

export type MatchingMessages = typeof matching;

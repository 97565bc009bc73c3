/** Chinese, the reference language: the first hour — time zone, the checklist on /me, the home page's example, entry points, plain-language folds. */

export const firstSteps = {
  // Time zone (footer line and the /time-zone page)
  tzFooter: (zone: string, offset: string) => `时间按 ${zone}（${offset}）显示`,
  tzChange: '更改时区',
  tzTitle: '时区',
  tzLead:
    '页面上的时间按这个时区显示。默认跟随浏览器的时区；在浏览器告诉我们之前，用北京时间（Asia/Shanghai）。下载的文件和 API 里的时间始终是 UTC（ISO 8601）。',
  tzNow: (zone: string, offset: string, example: string) =>
    `现在按 ${zone}（${offset}）显示，例如此刻是 ${example}。`,
  tzFollowBrowser: '跟随浏览器',
  tzFixed: '固定为下面的时区',
  tzZoneLabel: '时区',
  tzSave: '保存时区',
  tzSaved: '时区已保存。',
  tzUnknown: (zone: string) => `不认识的时区：${zone}。请从列表中选择。`,
  // Onboarding checklist on /me
  fsTitle: '开始使用：五步',
  fsProgress: (done: number, total: number) => `已完成 ${done}/${total}`,
  fsAllDone: '五步都完成了。你的技能账户已经可以用来求职和分享。',
  fsDone: '已完成',
  fsTodo: '待完成',
  fsEvidence: (n: number) => `记录三条技能证据（已记录 ${n} 条）`,
  fsEvidenceHint: '工作项目、课程、考核、竞赛或证书都可以，写清楚做了什么。',
  fsAttest: '请老师或雇主认证一条证据',
  fsAttestHint: '打开一条证据，选一位认证人，请他签名。认证过的证据更可信。',
  fsDiscover: '选择谁可以找到你',
  fsDiscoverHint: '决定雇主能否在人才库里看到你、辅导老师能否看到你的证据。',
  fsClass: '加入班级',
  fsClassHint: '输入辅导老师给你的班级邀请码。',
  fsShare: '分享你的技能展示',
  fsShareHint: '生成一个链接，发给雇主或写进简历。',
  // Home page: what one gets (a real example match)
  homeGetTitle: '你会得到什么',
  homeGet1: '一份按国家职业分类大典（2022）对照的技能档案。',
  homeGet2: '每条证据都记在账本上，不能悄悄修改；老师或雇主可以签名认证。',
  homeGet3: '最适合你的职业、匹配的理由，以及还差哪些工作任务。',
  homeExampleTitle: '示例：一条证据能匹配到什么',
  homeExampleLead: '下面是匹配器对这条示例证据的真实计算结果（不是预先写好的答案）：',
  homeExampleEvidence: '示例证据',
  /** The example evidence itself: the matcher reads the Chinese text (pages in other languages show their translation). */
  homeExampleTitleText: '为社区超市做销售数据分析',
  homeExampleText:
    '用 Python 和 Excel 清洗超市半年的销售数据，按品类和时段做统计分析，画出可视化图表，写成分析报告向店长汇报，建议调整进货和排班。',
  homeExampleScore: (score: string) => `匹配度 ${score}`,
  homeExampleWhy: (terms: string) => `共同的关键词：${terms}`,
  homeExampleMissing: (tasks: string) => `还没体现的任务，例如：${tasks}`,
  homeExampleNone: '这条示例证据暂时算不出匹配。',
  homeExampleStart: '记录你自己的第一条证据',
  // Occupation list entry points
  entryTitle: '从这里开始',
  entryDigital: '数字职业',
  entryGreen: '绿色职业',
  entryNew: '2022 年新增职业',
  entryPopular: '大家最常查看的职业',
  entryPopularNone: '还没有人查看过职业。',
  entryMore: (count: string) => `查看全部 ${count} 个`,
  entryAll: '按分类浏览全部职业',
  views: (n: number) => `${n} 次查看`,
  // Gaps page without an occupation
  gapsChooseLead: '选一个职业，看看你的证据离它还差哪些工作任务、下一步做什么。',
  gapsFromMatches: '从你最匹配的职业中选',
  gapsNoMatchesYet: '记录几条证据后，这里会列出你最匹配的职业。',
  gapsSearchLabel: '或者搜索职业（名称或代码）',
  gapsSearchHint: '例如：数据分析、电工、2-02-10-09',
  gapsSearchResults: (q: string) => `“${q}”的搜索结果`,
  // Plain language, technical details folded away
  techDetails: '技术细节',
  ledgerCount: (pieces: number, entries: number) => `${pieces} 件证据（账本中 ${entries} 条记录）`,
  ledgerCheckOk: '刚刚检查过：账本完好，没有被改动。',
  ledgerEntriesNote: '账本记录包括存入、认证、撤回和隐私设置的每一次变化，所以记录数可能多于证据数。',
  profileHowTitle: '等级是怎么算的',
};

export type FirstStepsMessages = typeof firstSteps;

/** Chinese, the reference language: the shared form pieces (rows, the occupation picker) and the evidence and role forms' guidance. */

export const forms = {
  // Rows added as needed
  formAddSkill: '添加一项技能',
  formAddArtifact: '添加一份材料',
  formAddRequirement: '添加一条要求',
  formRemoveRow: '删除这一行',
  formRemoveRowNamed: (what: string) => `删除 ${what}`,
  formRowsFull: (max: number) => `最多 ${max} 行。`,
  // The occupation picker
  pickerLegendEvidence: '这件证据对应的职业（选填）',
  pickerHintEvidence: '输入关键词搜索，勾选一个或几个职业；不清楚可以不选。',
  pickerQuery: '搜索职业',
  pickerSearch: '搜索',
  pickerSearching: '正在搜索…',
  pickerFound: '找到 {n} 个职业，勾选对应的。',
  pickerNone: '没有找到，换个说法试试（例如“焊接”“数据分析”“护理”）。',
  pickerFailed: '暂时无法搜索，请用“搜索”按钮提交。',
  pickerPicked: '已选',
  pickerNoResults: (q: string) => `没有找到与“${q}”相关的职业，换个说法试试。`,
  pickerAllTasks: '查看全部任务',
  pickerTasksLabel: '主要工作任务',
  pickerNoDefinition: '（分类大典未给出定义）',
  pickerScore: (p: string) => `匹配度 ${p}`,
  // Skill suggestions and the 新八级 rule
  skillSuggestionsHint: '输入时会提示：所选职业的常用词和核心技能（数字技能、沟通技能、团队合作……）。',
  ladderWhat: '新八级是什么？',
  ladderWhatBody:
    '新八级是技能工人的职业技能等级：学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师。它只用于技能工种（分类大典第四、五、六大类中的非数字职业，如电工、焊工、车工、烹调师）；专业技术人员用职称评价，核心技能和数字技能（如 Python、直播）用作品和成果说明，不填等级。',
  ladderLevels: {
    1: '学徒工：在师傅带领下学习，能完成简单工作',
    2: '初级工：能独立完成常规的基本操作',
    3: '中级工：能独立完成较复杂的工作，处理常见问题',
    4: '高级工：能完成复杂工作，解决较难的技术问题，带初级工',
    5: '技师：掌握本工种关键技术，能解决生产难题、指导他人',
    6: '高级技师：能解决关键技术难题，组织技术改进',
    7: '特级技师：本领域技术带头人，能攻克重大难题',
    8: '首席技师：企业最高技能等级，领衔技术创新和人才培养',
  },
  ladderEmptyRow: '等级只用于技能工种（如电工、焊工、车工）；其他技能留空。',
  ladderTrade: (skill: string, occupation: string) =>
    `${skill} 属于技能工种“${occupation}”，可以选新八级等级：选你达到或被认定的等级。`,
  ladderCore: (skill: string) => `${skill} 是核心技能，不分新八级等级，用证据说明你做到了什么。`,
  ladderNotTrade: (skill: string, occupation: string) =>
    `${skill} 属于“${occupation}”，这类职业用职称或作品评价，不用新八级，所以不填等级。`,
  ladderDigital: (skill: string, occupation: string) =>
    `${skill} 属于数字职业“${occupation}”：用作品和成果说明水平，新八级不适用，所以不填等级。`,
  ladderUnplaced: (skill: string) =>
    `看不出 ${skill} 属于哪个技能工种，所以不填等级；在下方选好这件证据对应的职业后会再判断。`,
  ladderNoLadder: '当前职业分类没有技能等级阶梯，不填等级。',
  ladderLevelNotApplicable: (skill: string) => `${skill} 不适用新八级等级，请把等级留空`,
  // Description guidance
  describeGuideTitle: '怎样写好描述',
  describeGuide: {
    task: '做的是什么任务、目标是什么',
    did: '你具体做了哪些事，用了什么方法、工具、设备或材料',
    who: '和谁合作，你负责哪一部分',
    result: '结果如何：做出的产品或服务、数量、质量、用户反馈',
  },
  describeExample:
    '例：在实习单位负责 3 条产线传感器数据的清洗和分析，用 Python 写脚本找出异常，和设备组一起把停机预警提前了 2 小时。',
  describeTooShort: (n: number, min: number) =>
    `描述只有 ${n} 个字，别人很难看出你做了什么。请至少写 ${min} 个字：做了什么、怎么做、结果怎样。若确实如此，再点一次“存入账本”即可保存。`,
  describeCount: (n: number) => `已写 ${n} 字`,
  // Role form
  roleSuggest: '推荐对应职业',
  roleSuggestHint: '写好岗位名称（和描述）后点“推荐对应职业”，看每个职业的定义和主要任务再选。',
  roleChooseOne: '请选择一个对应职业，或选“不对应具体职业”',
  roleSuggestionsFor: (title: string) => `按“${title}”推荐的职业（请看定义和任务再选）：`,
  roleNoSuggestions: '没有把握推荐职业：请搜索，或选“不对应具体职业”并自己写要求。',
  roleSearchHint: '不合适？按关键词搜索职业',
  reqRow: (n: number) => `要求 ${n}`,
  reqRowText: (n: number) => `要求 ${n} 的内容`,
  reqRowLevel: (n: number) => `要求 ${n} 的最低等级`,
  reqRowEssential: (n: number) => `要求 ${n} 是必须项`,
  reqRowRemove: (n: number) => `删除要求 ${n}`,
  reqLevelShort: '最低等级',
  reqNoLadder: (occupation: string) => `“${occupation}”不是技能工种，新八级不适用，所以要求不设最低等级。`,
  reqFromTask: '来自职业任务',
  // Skills and artifact rows
  skillRowName: (n: number) => `技能 ${n}`,
  skillRowLevel: (n: number) => `技能 ${n} 的等级`,
  artifactRowName: (n: number) => `材料 ${n} 名称`,
  artifactRowUrl: (n: number) => `材料 ${n} 链接`,
};

export type FormsMessages = typeof forms;

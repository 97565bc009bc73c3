/** Chinese, the reference language: the occupation catalogue: home, search, occupation pages. */

export const occupations = {
  homeTitle: '把做过的事，存成看得见的技能',
  homeLead: '记录工作项目、课程、考核、竞赛和证书，得到可验证的技能档案，看清自己适合哪些职业、还差什么。',
  homeBrowse: (count: string) => `浏览 ${count} 个职业`,
  search: '搜索',
  searchLabel: '职业名称、定义或工作任务',
  searchPlaceholder: '例如：人工智能、碳排放、电工',
  filterDigital: '数字职业',
  filterGreen: '绿色职业',
  allGroups: (levelName: string) => `全部${levelName}`,
  results: '搜索结果',
  noResults: '没有找到符合条件的职业。换个说法试试，或去掉筛选条件。',
  nextPage: '下一页',
  firstPage: '回到第一页',
  digital: '数字',
  green: '绿色',
  isNew: '2022新增',
  definition: '定义',
  tasks: '主要工作任务',
  noTasks: '大典未列出该职业的工作任务。',
  noDefinition: '大典未给出该职业的定义。',
  related: '相近职业',
  relatedLead: '工作任务相近，适合转岗或拓展的职业。',
  code: '代码',
  classificationPath: '分类路径',
  occupationCount: (n: number) => `共 ${n} 个职业`,
};

export type OccupationsMessages = typeof occupations;

/** Page language: Chinese first, English on request (`?lang=en`, remembered in a cookie). */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type Lang = 'zh' | 'en';

const zh = {
  appName: '数字化技能银行',
  skipToContent: '跳到正文',
  navOccupations: '职业目录',
  navHome: '首页',
  switchLang: 'English',
  footer: '职业数据：中华人民共和国职业分类大典（2022年版）',
  homeTitle: '把做过的事，存成看得见的技能',
  homeLead: '记录工作项目、课程、考核、竞赛和证书，得到可验证的技能档案，看清自己适合哪些职业、还差什么。',
  homeBrowse: '浏览 1,639 个职业',
  search: '搜索',
  searchLabel: '职业名称、定义或工作任务',
  searchPlaceholder: '例如：人工智能、碳排放、电工',
  filterDigital: '数字职业',
  filterGreen: '绿色职业',
  filterGroup: '大类',
  allGroups: '全部大类',
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
  notFoundTitle: '页面不存在',
  notFoundBody: '没有找到这个页面或职业。',
  badRequestTitle: '请求有误',
  occupationCount: (n: number) => `共 ${n} 个职业`,
} as const;

type Messages = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

const en: Messages = {
  appName: 'Skillbank',
  skipToContent: 'Skip to content',
  navOccupations: 'Occupations',
  navHome: 'Home',
  switchLang: '中文',
  footer: 'Occupation data: Occupational Classification of the PRC (2022 edition)',
  homeTitle: 'Turn what you have done into skills others can see',
  homeLead:
    'Record work projects, courses, assessments, competitions and credentials; get a verifiable skill profile, see which occupations fit and what is missing.',
  homeBrowse: 'Browse 1,639 occupations',
  search: 'Search',
  searchLabel: 'Occupation name, definition or task',
  searchPlaceholder: 'e.g. 人工智能, 碳排放, electrician',
  filterDigital: 'Digital occupations',
  filterGreen: 'Green occupations',
  filterGroup: 'Major group',
  allGroups: 'All major groups',
  results: 'Results',
  noResults: 'No occupation matches. Try other words or remove a filter.',
  nextPage: 'Next page',
  firstPage: 'Back to the first page',
  digital: 'Digital',
  green: 'Green',
  isNew: 'New in 2022',
  definition: 'Definition',
  tasks: 'Main tasks',
  noTasks: 'The classification lists no tasks for this occupation.',
  noDefinition: 'The classification gives no definition for this occupation.',
  related: 'Related occupations',
  relatedLead: 'Occupations with similar tasks: career moves and stretches.',
  code: 'Code',
  notFoundTitle: 'Not found',
  notFoundBody: 'This page or occupation does not exist.',
  badRequestTitle: 'Bad request',
  occupationCount: (n: number) => `${n} occupations`,
};

const MESSAGES: Record<Lang, Messages> = { zh, en };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** The page language: `?lang=` wins (and is remembered), then the cookie, then Chinese. */
export function pageLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'zh' || asked === 'en') {
    setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const saved = getCookie(c, 'lang');
  return saved === 'en' ? 'en' : 'zh';
}

export type { Messages };

/**
 * Job-posting titles as people type them (「浈江区火冲农庄招聘收银」, 「质检员/仓管员/普工320/天」,
 * 「无责底薪4000+提成，广告业务经理 月入1万+」) reduced to the job they name: the company or shop
 * before 招聘, cities and districts, pay and perks, hiring phrases and bracketed asides are set
 * apart; seniority words (主管, 助理, 实习 …) are kept in the text and reported as a signal.
 */
import { normalizeText } from '../text/normalize.js';
import { PLACE_NAMES } from '../text/stop-words.js';

export type Seniority = 'manager' | 'lead' | 'assistant' | 'trainee' | 'senior';

export interface NormalizedTitle {
  /** The job the title names (lower case, NFKC), without pay, perks, places and the employer. */
  core: string;
  /** What was set apart but may still help: the employer's name, bracketed asides. */
  context: string;
  /** Seniority words the title carries (kept in `core` as well). */
  seniority: Seniority[];
}

/** Hiring verbs that separate an employer's name from the job (「拾味客招聘后厨」). */
const HIRING = /(高薪诚聘|高薪招聘|急聘|急招|诚聘|直聘|直招|高薪招|热招|招聘|聘请|招募|招(?![生商标收待投]))/;

/** Phrases of pay, perks and conditions: never the job itself. */
const NOISE_PHRASES = [
  /(底薪|月薪|年薪|日薪|时薪|薪资|工资|月入|综合收入|收入|保底|无责)\s*[\d.]*\s*[kw千万元]?[+]?(起|以上)?/g,
  /[\d.]+\s*[kw千万]?\s*([-~～至到]\s*[\d.]+\s*[kw千万]?)?\s*(元|块)?\s*(\/|每)?\s*(月|天|日|时|小时|h|周)?[+]?/g,
  /(包吃包住|包吃住|管吃住|包食宿|包住|包吃|吃住|五险一金|六险一金|五险|社保|双休|单休|周末双休|不加班|早\s*\d+\s*晚\s*\d+|早八晚五|长白班|白班|夜班|倒班|坐班|不坐班|日结|周结|月结|可日结|预支|高提成|提成|奖金|年终奖|带薪|年假|节假日|补贴|餐补|房补|福利|晋升|面议|待遇优厚|待遇好|高薪|轻松|稳定|时间自由|自由安排|可兼职|无经验|经验不限|可小白|小白可|零基础|可培训|带薪培训|应届|急招|急聘|急需|直招|诚聘|热招|长期|短期|若干|多名|数名|名额|大量|欢迎|加入|期待您的申请|人走账清|面就过|0元入职|月休|做六休一|做五休二)/g,
];

/** Seniority words and what they signal. Longest first. */
const SENIORITY: readonly [string, Seniority][] = [
  ['实习生', 'trainee'],
  ['实习', 'trainee'],
  ['学徒', 'trainee'],
  ['储备', 'trainee'],
  ['管培生', 'trainee'],
  ['总监', 'manager'],
  ['经理', 'manager'],
  ['负责人', 'manager'],
  ['主管', 'lead'],
  ['组长', 'lead'],
  ['领班', 'lead'],
  ['主任', 'lead'],
  ['助理', 'assistant'],
  ['资深', 'senior'],
  ['高级', 'senior'],
];

/** A place at the start of a title: 「浈江区…」, 「德清县…」, 「晋城市…」 (not 社区, 景区, 园区 …). */
const LEADING_PLACE =
  /^[\u4e00-\u9fff]{2,3}(省|市(?![场政])|县|镇)|^(?!社区|景区|园区|小区|校区|厂区|库区|矿区|商区|营区|病区)[\u4e00-\u9fff]{1,3}区(?!域)/;

/** Brackets and what is inside them. */
const BRACKETS = /[(（[【「〔<《][^)）\]】」〕>》]*[)）\]】」〕>》]?/g;

/**
 * @example
 * normalizeTitle('晋城市城区赞挺餐饮店招聘咖啡师（五险一金）')
 * // { core: '咖啡师', context: '赞挺餐饮店 五险一金', seniority: [] }
 */
export function normalizeTitle(raw: string): NormalizedTitle {
  let text = normalizeText(raw).replace(/\s+/g, ' ').trim();
  const context: string[] = [];
  text = text.replace(BRACKETS, (aside) => {
    context.push(aside.slice(1, -1));
    return ' ';
  });
  text = stripEmployer(text, context);
  for (const phrase of NOISE_PHRASES) text = text.replace(phrase, ' ');
  text = stripPlaces(text);
  let core = text
    .replace(/[^\u3400-\u9fffa-z0-9+#/、]+/g, ' ')
    .replace(/[/、]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A title that was nothing but an aside (「（急招）」) keeps the aside.
  if (!/[\u3400-\u9fffa-z]/.test(core)) {
    core = context.join(' ').trim();
    context.length = 0;
  }
  const seniority: Seniority[] = [];
  for (const [word, signal] of SENIORITY) {
    if (core.includes(word) && !seniority.includes(signal)) seniority.push(signal);
  }
  return { core, context: context.join(' ').trim(), seniority };
}

/** 「美智空调设备有限公司招聘生产安全员」 → 生产安全员; a title that starts with 招聘 keeps a job named 招聘专员. */
function stripEmployer(text: string, context: string[]): string {
  const match = HIRING.exec(text);
  if (!match) return text;
  const before = text.slice(0, match.index).trim();
  const after = text.slice(match.index + match[0].length).trim();
  if (after.length === 0) return text;
  // 「招聘专员」「招聘助理」「招聘经理」: the recruiter's own job, not a hiring phrase.
  if (before.length === 0 && /^(专员|助理|经理|主管|顾问|师|总监|负责人|hr|文员|[/、])/.test(after))
    return text;
  if (before.length > 0) context.push(before.replace(/(有限公司|有限责任公司|股份|集团|公司)$/, ''));
  return after;
}

function stripPlaces(text: string): string {
  let out = text.replace(LEADING_PLACE, ' ');
  for (const place of PLACE_NAMES) {
    if (out.includes(place)) out = out.split(place).join(' ');
  }
  return out;
}

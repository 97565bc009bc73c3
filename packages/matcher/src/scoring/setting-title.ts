/**
 * Titles that name where the work was done rather than the job (电子厂, 家里鱼塘, 环境监测站实习,
 * 化验室). People title evidence either way; a workplace says the field, not the role — the
 * electronics factory employs assemblers, testers, engineers and cooks alike — so such a title is
 * read as a setting: the description names the role and the title only adds the field.
 *
 * A rule from the title's form, not a list of titles: its head (the last content word once the
 * form-of-evidence words such as 实习 are dropped) ends in a place noun (厂, 场, 站, 室, 店, 车间,
 * 工地, 公司 …) and no word of it is a job noun (ends in 员, 师, 工, 手, 匠, 长 …: 电工, 店长 and
 * 厨师 name the role even when a place is beside them).
 */
import { EVIDENCE_FORM_WORDS } from '../text/stop-words.js';

/** Words that end a place of work. Longer ones first is not needed: the head is checked by suffix. */
const PLACE_ENDINGS: readonly string[] = [
  '厂', '场', '站', '室', '店', '铺', '房', '园', '塘', '馆', '院', '所', '局', '库', '棚', '舍', '坊',
  '车间', '工地', '公司', '中心', '基地', '企业', '单位', '部门', '工厂', '学校', '银行', '码头',
  '超市', '商场', '酒店', '饭店', '餐厅', '宾馆', '医院', '诊所', '社区', '村里', '家里', '地里',
  '田里', '矿', '矿井', '港口', '机场', '景区', '工作室', '实验室', '研究所',
];

/** Places whose name is also a thing one makes or runs (做网站, 建站): not a setting. */
const NOT_PLACES: ReadonlySet<string> = new Set(['网站', '站点', '建站', '数据库', '代码库', '题库', '素材库', '知识库']);

/** Last characters of a job noun (电工, 店长, 厨师, 骑手, 木匠, 保安员). */
const JOB_ENDINGS = new Set(['员', '师', '手', '匠', '长', '官', '工', '家']);

/** Words ending in 工 that are an activity or a setting, not a worker. */
const NOT_JOBS: ReadonlySet<string> = new Set([
  '加工', '施工', '打工', '务工', '做工', '开工', '分工', '化工', '手工', '员工', '职工', '人工', '竣工',
  '用工', '零工', '国家', '商家', '厂家', '农家', '人家', '大家', '住家', '老家',
]);

/** Whether a title's words (content words in order) name a workplace and no job. */
export function isSettingTitle(words: readonly string[]): boolean {
  const kept = words.filter((word) => !EVIDENCE_FORM_WORDS.has(word));
  const head = kept[kept.length - 1];
  if (head === undefined || NOT_PLACES.has(head)) return false;
  if (!PLACE_ENDINGS.some((ending) => head.endsWith(ending))) return false;
  return !kept.some((word) => {
    if (NOT_JOBS.has(word) || word.length < 2) return false;
    return JOB_ENDINGS.has(word.charAt(word.length - 1));
  });
}

/**
 * Stop words: function words and the classification's boilerplate, which carry no evidence of what
 * someone can do; and, separately, the noise of job postings (pay, perks, hiring phrases, cities).
 */

/** Function words and pronouns of everyday Chinese, plus filler that every task statement shares. */
const CHINESE = `的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 但 但是 也 都 就 还 又 再 才 很 太 更 最 非常 比较
在 于 对 对于 把 被 给 跟 向 从 自 由 为 为了 以 用于 通过 按照 根据 关于 进行 开展 从事 负责 承担 担任 有关 相关 各类
各种 各项 等 等等 其 其他 其它 该 此 这 那 这个 那个 这些 那些 这样 一个 一些 一下 一种 一起 之 所 是 有 没有 不 没 无
我 我们 你 你们 他 她 它 他们 她们 咱们 自己 大家 本人 人员 工作 主要 具体 方面 情况 有效 能够 可以 需要 要 会 能 让 使
做过 做了 参与 参加 协助 帮助 帮 帮忙 一直 曾经 当时 后来 期间 时候 之后 之前 以后 以上 以下 左右 多 少 个 次 天 年 月 日
里 中 上 下 内 外 时 后 前 后来 还有 就是 然后 所以 因为 如果 虽然 其中 已经 正在 一边 每天 每周 经常 平时 主要是 不仅`;

/** Job-posting noise: hiring verbs, pay and perks, contract terms, education and age filters. */
const POSTING = `招 急 招聘 急招 吃 住 诚聘 高薪 直招 热招 聘 聘请 招募 火热 急聘 长期 包吃 包住 包吃住 包食宿 食宿 五险 五险一金 一金 社保
双休 单休 周末 月薪 年薪 底薪 提成 薪资 工资 薪酬 待遇 面议 日结 周结 月结 奖金 年终奖 补贴 餐补 房补 加班 不加班 加班费
上班 白班 夜班 长白班 倒班 轮班 兼职 全职 实习 实习生 应届 应届生 毕业生 经验 无经验 学历 不限 大专 本科 中专 高中 初中
硕士 以上学历 男 女 男女 不限男女 岁 年龄 若干 名 人 可 优先 优秀 资深 高级 初级 中级 普通 靠谱 稳定 轻松 好 公司
集团 有限公司 有限 股份 企业 单位 岗位 职位 专员 助理 主管 经理 总监 储备 学徒 熟手 师傅 大量 多名 急需 欢迎 加入
tel 联系 地址 附近 市区 区域 包车 班车 宿舍 提供 带薪 年假 节假日 福利 晋升 前景`;

/** Cities and provinces: where a post is, not what the job is. */
const PLACES = `北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 东莞 佛山 宁波 青岛 济南 合肥 福州 厦门
昆明 贵阳 南宁 南昌 太原 石家庄 沈阳 大连 长春 哈尔滨 兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 海口 三亚 无锡 常州 温州 嘉兴
金华 绍兴 台州 泉州 珠海 中山 惠州 江门 烟台 潍坊 临沂 徐州 南通 扬州 洛阳 襄阳 宜昌 芜湖 义乌 昆山 全国 本地 同城 外地
广东 浙江 江苏 山东 河南 河北 湖南 湖北 四川 福建 安徽 江西 广西 云南 贵州 山西 陕西 辽宁 吉林 黑龙江 甘肃 海南 新疆 西藏`;

/** English function words and posting noise. */
const ENGLISH = `a an the and or of to in on at by for with from as is are was were be been am i me my we our you your he she
it its they them their this that these those will would can could should have has had do did done not no yes so if then than
about into over under also very just only more most some any each job jobs hiring urgent salary k w hr staff position role
team work worked working experience years year month months day days etc using use used`;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

/** Stop words everywhere, Chinese and English, in normalised (lower-case) form. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...words(CHINESE), ...words(ENGLISH)]);

/**
 * Noise of job postings (pay, perks, hiring phrases, cities): dropped from job titles and role texts
 * being classified, but kept elsewhere — in the taxonomy's text 招聘 or 经验 mean something.
 */
export const POSTING_NOISE: ReadonlySet<string> = new Set([...words(POSTING), ...words(PLACES)]);

/** Cities, provinces and 全国/本地/同城: where a post is, never what the job is. */
export const PLACE_NAMES: readonly string[] = [...words(PLACES)];

/**
 * Words that say what form a piece of evidence took (a course, a practical training, an
 * internship, a project, a competition), not what work it shows: dropped from evidence so that
 * 实训 does not pull towards 实训指导 or 比赛 towards competition occupations.
 */
export const EVIDENCE_FORM_WORDS: ReadonlySet<string> =
  words(`实训 课程 课 课堂 上课 实习 实习生 项目 比赛 竞赛 大赛
技能大赛 赛项 参赛 获奖 一等奖 二等奖 三等奖 金奖 银奖 铜奖 培训 培训班 作业 毕业设计 课设 考证 考了 学了 学习 老师 同学 学校
学院 大学 大学生 全国 省级 市级 校级`);

/** Characters that never start or end a term and never take part in character n-grams. */
export const STOP_CHARS: ReadonlySet<string> = new Set(
  '的地得了着过和与及或并而也都就还又在于对把被给从以为是有之其该此这那个等'.split(''),
);

/** Whether a Latin token is noise: a bare number, a salary (`8k`, `12w`), or too short to mean anything. */
export function isNoiseLatin(token: string): boolean {
  return token.length < 2 || /^\d+(\.\d+)?[kw]?$/.test(token) || /^\d+[kw]?-\d+[kw]?$/.test(token);
}

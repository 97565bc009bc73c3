/** The graduate of issue 9: a data internship, a welding course, a live-streaming project (tests and eval). */
import type { EvidenceInput } from '../types.js';

export const THREE_DIRECTIONS: readonly EvidenceInput[] = [
  {
    id: 'data',
    kind: 'work_project',
    title: '电商公司数据分析实习',
    description:
      '实习期间用 Excel 和 Python 清洗、分析店铺订单和流量数据，做周报和可视化看板，给运营提选品建议',
  },
  {
    id: 'weld',
    kind: 'learning',
    title: '焊接实训课程',
    description: '学校实训课学习手工电弧焊和二氧化碳气体保护焊，完成平焊、立焊练习件，考了焊工证',
    skills: [{ name: '焊接', level: 2 }],
  },
  {
    id: 'live',
    kind: 'work_project',
    title: '助农直播带货项目',
    description: '和同学做助农直播，负责选品、写直播脚本、在抖音直播间讲解商品，三场卖出两千多单',
  },
];

/** Each direction's expected leader: 商务数据分析师, 焊工, 互联网营销师. */
export const THREE_DIRECTION_LEADERS = ['4-07-02-05', '6-18-02-04', '4-01-06-02'] as const;
/** Pulled in by one word (直播, 实训), they must stay out of the overall top 10. */
export const THREE_DIRECTION_INTRUDERS = ['2-09-03-05', '2-06-08-04'] as const; // 电视导播, 职业技术实训指导专业人员

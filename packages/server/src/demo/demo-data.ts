/**
 * The demo data set: a made-up class of graduates of a vocational college, the college's placement
 * advisor (who attests), and an employer with two roles. Every name carries the demo mark.
 */
import type { EvidenceInputJson } from '@skillbank/core';
import { DEMO_MARK } from './demo-mark.js';

const d = (name: string) => `${name}${DEMO_MARK}`;

export const DEMO_SCHOOL = { name: d('周老师'), organisation: d('示范职业技术学院') };
export const DEMO_EMPLOYER = { name: d('黄经理'), organisation: d('智造科技有限公司') };
export const DEMO_COHORT = d('2025届人工智能技术应用1班');

export interface DemoGraduate {
  persona: string;
  name: string;
  consent: { discoverableByEmployers: boolean; advisorsCanSeeEvidence: boolean };
  /** Evidence, with who attests it (and at which level), if anyone. */
  evidence: { input: EvidenceInputJson; attestBy?: 'school' | 'employer'; level?: number }[];
  showcase?: string;
}

export const DEMO_GRADUATES: DemoGraduate[] = [
  {
    persona: 'graduate',
    name: d('林晓雨'),
    consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: true },
    showcase: d('林晓雨的实习与竞赛作品'),
    evidence: [
      {
        input: {
          kind: 'work_project',
          title: '工业传感器数据分析与故障预测模型',
          description:
            '在实习单位用 Python 清洗和标注设备传感器数据，设计特征，训练机器学习和深度学习模型预测设备故障，部署人工智能算法并评估模型效果，编写技术文档。',
          occurredOn: '2025-03-01',
          endedOn: '2025-06-30',
          skills: [
            { name: '机器学习', level: 3 },
            { name: '数据分析', level: 4 },
            { name: '数字技能', level: 4 },
            { name: '团队合作', level: 3 },
          ],
          steps: ['明确任务', '制订计划', '做出决定', '实施计划', '检查控制', '评估反馈'],
          artifacts: [{ name: '项目报告.pdf' }],
        },
        attestBy: 'school',
        level: 3,
      },
      {
        input: {
          kind: 'competition',
          title: '全国职业院校技能大赛 人工智能技术应用赛项 二等奖',
          description: '团队完成图像识别模型训练、算法优化与智能系统部署，现场调试并答辩。',
          occurredOn: '2024-11-15',
          skills: [
            { name: '深度学习', level: 3 },
            { name: '解决问题', level: 4 },
          ],
          steps: ['实施计划', '检查控制'],
        },
        attestBy: 'school',
        level: 4,
      },
      {
        input: {
          kind: 'learning',
          title: '自然语言处理课程实训',
          description: '完成语义识别、文本分类与对话系统的课程实训，训练并评估语言模型。',
          occurredOn: '2024-09-01',
          endedOn: '2025-01-10',
          skills: [{ name: '自然语言处理', level: 2 }],
        },
      },
    ],
  },
  {
    persona: 'graduate-data',
    name: d('王浩然'),
    consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: true },
    evidence: [
      {
        input: {
          kind: 'work_project',
          title: '电商平台销售数据分析与可视化看板',
          description:
            '采集和清洗商务数据，搭建数据可视化看板，分析用户行为和销售趋势，撰写数据分析报告并提出运营建议。',
          occurredOn: '2025-02-15',
          endedOn: '2025-05-31',
          skills: [
            { name: '数据分析', level: 3 },
            { name: '数据可视化', level: 3 },
            { name: '沟通技能', level: 3 },
          ],
          steps: ['明确任务', '实施计划', '评估反馈'],
        },
        attestBy: 'employer',
        level: 3,
      },
      {
        input: {
          kind: 'credential',
          title: '数据分析处理职业技能等级证书（中级）',
          description: '通过数据采集、清洗、统计分析与数据库管理的职业技能等级认定。',
          occurredOn: '2024-12-20',
          skills: [{ name: '数据库', level: 3 }],
        },
      },
    ],
  },
  {
    persona: 'graduate-robot',
    name: d('赵一鸣'),
    consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: true },
    evidence: [
      {
        input: {
          kind: 'work_project',
          title: '工业机器人工作站安装调试与运维',
          description:
            '在智能制造实训基地安装、调试工业机器人系统，编写机器人程序，检测和维护传感器与控制系统，排除故障。',
          occurredOn: '2025-03-10',
          endedOn: '2025-06-20',
          skills: [
            { name: '工业机器人编程', level: 3 },
            { name: '设备维护', level: 3 },
          ],
          steps: ['制订计划', '实施计划', '检查控制'],
        },
        attestBy: 'school',
        level: 3,
      },
      {
        input: {
          kind: 'assessment',
          title: '工业机器人系统运维员 职业技能等级认定（四级）',
          description: '终结性考核：机器人系统安装、调试、维护保养与故障诊断。',
          occurredOn: '2025-06-28',
          skills: [{ name: '故障诊断', level: 4 }],
        },
      },
    ],
  },
  {
    persona: 'graduate-green',
    name: d('孙佳琪'),
    consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
    evidence: [
      {
        input: {
          kind: 'work_project',
          title: '屋顶光伏电站安装与巡检',
          description: '参与太阳能光伏组件和逆变器的安装、调试，进行电站巡检、发电数据记录和维护。',
          occurredOn: '2025-04-01',
          endedOn: '2025-07-15',
          skills: [
            { name: '光伏安装', level: 3 },
            { name: '绿色技能', level: 3 },
          ],
          steps: ['实施计划', '检查控制'],
        },
      },
    ],
  },
  {
    persona: 'graduate-new',
    name: d('刘子墨'),
    consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: false },
    evidence: [
      {
        input: {
          kind: 'learning',
          title: 'Python 程序设计课程',
          description: '学习 Python 编程基础、数据结构与简单的数据处理脚本。',
          occurredOn: '2024-03-01',
          endedOn: '2024-06-30',
          skills: [{ name: 'Python', level: 2 }],
        },
      },
    ],
  },
];

export const DEMO_ROLES = [
  {
    title: d('人工智能算法工程师'),
    occupationCode: '2-02-38-01',
    description: '负责机器学习模型的训练、评估与部署。',
    city: '苏州',
    mode: 'full_time' as const,
    salaryBand: { minYuan: 9000, maxYuan: 15000, period: 'month' as const },
  },
  {
    title: d('数据分析专员'),
    description: '分析业务数据，制作可视化报表。',
    city: '无锡',
    mode: 'internship' as const,
    requirements: [
      { text: '采集、清洗和分析业务数据', essential: true, minLevel: 3 },
      { text: '制作数据可视化看板和报表', essential: false },
      { text: '撰写数据分析报告并沟通结论', essential: false },
    ],
  },
];

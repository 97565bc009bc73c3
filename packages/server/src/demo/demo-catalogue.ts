/**
 * The demo catalogue: made-up providers (a training school, a skill-level assessment centre, a
 * competition organiser) and their offerings, chosen to cover the demo graduates' gaps so the loop
 * gap → offering → signed result → better match shows end to end. Every name carries the demo mark.
 */
import type { OfferingInputJson } from '@skillbank/core';
import { DEMO_MARK } from './demo-mark.js';

const d = (name: string) => `${name}${DEMO_MARK}`;

export type DemoProviderKey = 'training' | 'assessment' | 'competition';

export const DEMO_PROVIDERS: Record<
  DemoProviderKey,
  { persona: string; name: string; organisation: string }
> = {
  training: { persona: 'provider-training', name: d('陈老师'), organisation: d('智联职业技能培训学校') },
  assessment: {
    persona: 'provider-assessment',
    name: d('钱主任'),
    organisation: d('市职业技能等级认定中心'),
  },
  competition: {
    persona: 'provider-competition',
    name: d('孙秘书'),
    organisation: d('省人工智能应用技能大赛组委会'),
  },
};

export interface DemoOffering {
  key: string;
  provider: DemoProviderKey;
  input: OfferingInputJson;
}

export const DEMO_OFFERINGS: DemoOffering[] = [
  {
    key: 'ai-deploy',
    provider: 'training',
    input: {
      kind: 'course',
      title: '人工智能系统集成与部署实战',
      description:
        '八周线上课程：把训练好的模型集成进业务系统，容器化部署、监控与运维，并为一个真实场景设计完整的人工智能解决方案。',
      mode: 'online',
      hours: 48,
      costYuan: 1200,
      startsOn: '2026-09-01',
      endsOn: '2026-10-31',
      level: 4,
      taskIds: ['2-02-38-01#5', '2-02-38-01#6'],
      skills: ['人工智能系统部署', '解决方案设计'],
    },
  },
  {
    key: 'ai-algorithms',
    provider: 'training',
    input: {
      kind: 'course',
      title: '深度学习算法分析与研究方法',
      description:
        '十周线上课程：分析、研究主流深度学习与神经网络算法，复现两篇论文的实验，比较模型结构并写出研究报告。',
      mode: 'online',
      hours: 60,
      costYuan: 1500,
      startsOn: '2026-09-01',
      endsOn: '2026-11-10',
      level: 4,
      taskIds: ['2-02-38-01#1', '2-02-38-01#2'],
      skills: ['深度学习', '算法研究'],
    },
  },
  {
    key: 'ai-consulting',
    provider: 'training',
    input: {
      kind: 'course',
      title: '人工智能技术咨询与客户服务',
      description: '面向工程师的咨询技能课：需求访谈、方案讲解与技术支持，含两次企业现场实训。',
      mode: 'in_person',
      city: '深圳',
      hours: 24,
      costYuan: 600,
      level: 3,
      taskIds: ['2-02-38-01#7'],
      skills: ['技术咨询', '沟通技能'],
    },
  },
  {
    key: 'smart-manufacturing',
    provider: 'training',
    input: {
      kind: 'course',
      title: '智能制造产线部署与数字化设计实训',
      description:
        '六周线下实训：在实训产线上安装、调试、部署智能制造装备，用工业软件完成一个零件的数字化设计与制造。',
      mode: 'in_person',
      city: '深圳',
      hours: 40,
      costYuan: 1000,
      level: 3,
      taskIds: ['2-02-38-05#6', '2-02-38-05#7'],
      skills: ['智能制造装备调试', '数字化设计与制造'],
    },
  },
  {
    key: 'bizdata',
    provider: 'training',
    input: {
      kind: 'course',
      title: '商务数据指标体系与数据挖掘',
      description: '从业务问题出发建立指标体系，清洗与挖掘商务数据，监控指标并提出改进策略。',
      mode: 'online',
      hours: 32,
      costYuan: 800,
      level: 3,
      taskIds: ['4-07-02-05#1', '4-07-02-05#2', '4-07-02-05#6'],
      skills: ['数据挖掘', '指标体系'],
    },
  },
  {
    key: 'database-ops',
    provider: 'training',
    input: {
      kind: 'course',
      title: '数据库系统运维与性能优化',
      description: '线下小班：数据库安装、备份恢复、性能调优与应用编程。',
      mode: 'in_person',
      city: '广州',
      hours: 40,
      costYuan: 1500,
      level: 3,
      taskIds: ['2-02-30-09#7', '2-02-30-09#5', '2-02-30-09#4'],
      skills: ['数据库', 'SQL'],
    },
  },
  {
    key: 'python-testing',
    provider: 'training',
    input: {
      kind: 'course',
      title: 'Python 程序设计进阶与代码测试',
      description: '免费公益课程：模块化编程、单元测试与代码评审，完成一个小型项目并提交设计文档。',
      mode: 'online',
      hours: 36,
      costYuan: 0,
      level: 2,
      taskIds: ['4-04-05-01#3', '4-04-05-01#4', '4-04-05-01#2'],
      skills: ['Python', '单元测试'],
    },
  },
  {
    key: 'pv-ops',
    provider: 'training',
    input: {
      kind: 'course',
      title: '光伏电站运维值班实训',
      description: '在实训电站轮岗值班：巡视监控、设备维护与发电数据分析。',
      mode: 'in_person',
      city: '佛山',
      hours: 40,
      costYuan: 900,
      level: 3,
      taskIds: ['6-28-01-10#2', '6-28-01-10#4', '6-28-01-10#5'],
      skills: ['光伏运维', '绿色技能'],
    },
  },
  {
    key: 'ai-trainer-exam',
    provider: 'assessment',
    input: {
      kind: 'assessment',
      title: '人工智能训练师 职业技能等级认定（四级/中级工）',
      description:
        '理论考试与实操考核：图片、文字与语音数据的标注加工，算法训练与评测、应用数据分析、产品参数调优。',
      mode: 'in_person',
      city: '深圳',
      hours: 8,
      costYuan: 350,
      level: 3,
      taskIds: ['4-04-05-05#1', '4-04-05-05#2', '4-04-05-05#4', '4-04-05-05#5'],
      skills: ['人工智能训练'],
    },
  },
  {
    key: 'solar-exam',
    provider: 'assessment',
    input: {
      kind: 'assessment',
      title: '太阳能利用工 职业技能等级认定（中级工）',
      description: '实操考核：识读施工图并核算用料，排除光伏系统运行故障。',
      mode: 'in_person',
      city: '佛山',
      hours: 6,
      costYuan: 300,
      level: 3,
      taskIds: ['5-05-03-03#1', '5-05-03-03#6'],
      skills: ['光伏安装'],
    },
  },
  {
    key: 'robot-operator-exam',
    provider: 'assessment',
    input: {
      kind: 'assessment',
      title: '工业机器人系统操作员 职业技能等级认定（高级工）',
      description: '实操考核：作业准备、示教器编程与参数设定、装调记录。',
      mode: 'in_person',
      city: '广州',
      hours: 8,
      costYuan: 400,
      level: 4,
      taskIds: ['6-31-07-03#1', '6-31-07-03#4', '6-31-07-03#7'],
      skills: ['工业机器人编程'],
    },
  },
  {
    key: 'ai-contest',
    provider: 'competition',
    input: {
      kind: 'competition',
      title: '省人工智能应用技能大赛（2026）',
      description: '团队赛：现场完成图像与语音识别应用开发、系统部署与方案答辩。',
      mode: 'in_person',
      city: '广州',
      hours: 24,
      costYuan: 0,
      startsOn: '2026-10-15',
      endsOn: '2026-10-17',
      level: 4,
      taskIds: ['2-02-38-01#4', '2-02-38-01#5', '2-02-38-01#6'],
      skills: ['深度学习', '团队合作'],
    },
  },
];

/** Results already recorded in the demo: who took part where, and what they did with the result. */
export const DEMO_RESULTS: {
  graduate: string;
  offering: string;
  result: { outcome: 'completed' | 'passed' | 'placed'; level?: number; rank?: number; award?: string };
  /** `offered`: waiting for the graduate to accept (try it); `public`: accepted and shown publicly. */
  answer: 'offered' | 'accepted' | 'public';
}[] = [
  {
    graduate: 'graduate',
    offering: 'ai-contest',
    result: { outcome: 'placed', rank: 2, award: '二等奖' },
    answer: 'public',
  },
  {
    graduate: 'graduate-robot',
    offering: 'ai-contest',
    result: { outcome: 'placed', rank: 6, award: '优胜奖' },
    answer: 'accepted',
  },
  { graduate: 'graduate-data', offering: 'bizdata', result: { outcome: 'completed' }, answer: 'offered' },
];

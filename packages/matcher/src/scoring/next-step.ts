/**
 * A concrete next step for an uncovered task: which kind of evidence would show it. Rules read the
 * task's verbs: safety and standards call for an assessment, design and analysis for a course and a
 * project, hands-on work for a practical project, and so on.
 */
import type { EvidenceKind, NextStep, NextStepAction } from '../types.js';

interface Rule {
  pattern: RegExp;
  action: NextStepAction;
  kind: EvidenceKind;
  template: (task: string) => string;
}

const RULES: readonly Rule[] = [
  {
    pattern: /安全|规范|标准|法规|鉴定|资格|认证|检验|检测|质检|验收/,
    action: 'assess',
    kind: 'assessment',
    template: (task) => `参加职业技能等级认定或相关考核，证明你能够：${task}`,
  },
  {
    pattern: /研究|分析|设计|规划|制定|制订|编制|开发|建模|评估|论证/,
    action: 'learn',
    kind: 'learning',
    template: (task) => `学习一门相关课程，再做一个小项目并记录成果：${task}`,
  },
  {
    pattern: /操作|安装|调试|维修|维护|保养|加工|制作|驾驶|施工|装配|焊接|种植|养殖|烹|清洁|巡/,
    action: 'practise',
    kind: 'work_project',
    template: (task) => `在实训、实习或工作中完成一次并记录过程（六步中的实施与检查）：${task}`,
  },
  {
    pattern: /服务|接待|咨询|指导|培训|教学|沟通|协调|组织|推广|营销|销售/,
    action: 'practise',
    kind: 'work_project',
    template: (task) => `在实习或志愿服务中承担这项工作，并请带教老师或雇主认证：${task}`,
  },
];

/** The next step for a task; `coverage` > 0 means some evidence already touches it. */
export function nextStepFor(task: string, coverage: number, coveringIsAttested: boolean): NextStep {
  if (coverage >= 0.25 && !coveringIsAttested) {
    return {
      action: 'attest',
      kind: 'work_project',
      text: `已有证据部分涉及此任务：补充具体做法和成果，并请老师或雇主认证：${task}`,
    };
  }
  if (coverage >= 0.25) {
    return { action: 'detail', kind: 'work_project', text: `在已有证据中写清你具体如何完成：${task}` };
  }
  const rule = RULES.find((candidate) => candidate.pattern.test(task));
  if (rule) return { action: rule.action, kind: rule.kind, text: rule.template(task) };
  return { action: 'learn', kind: 'learning', text: `通过课程或实训学习并实践：${task}` };
}

/**
 * A concrete next step for an uncovered task: which kind of evidence would show it. Rules read the
 * task's verbs: safety and standards call for an assessment, design and analysis for a course and a
 * project, hands-on work for a practical project, and so on. A step is a code and its params; the
 * server's message catalogues say it in the reader's language.
 */
import type { EvidenceKind, NextStep, NextStepAction, NextStepCode } from '../types.js';

/** Every next-step code, for schemas that list them. */
export const NEXT_STEP_CODES = [
  'attest_partial',
  'add_detail',
  'get_assessed',
  'course_and_project',
  'practise_hands_on',
  'practise_service',
  'learn_and_practise',
] as const satisfies readonly NextStepCode[];

interface Rule {
  pattern: RegExp;
  action: NextStepAction;
  kind: EvidenceKind;
  code: NextStepCode;
}

const RULES: readonly Rule[] = [
  {
    pattern: /安全|规范|标准|法规|鉴定|资格|认证|检验|检测|质检|验收/,
    action: 'assess',
    kind: 'assessment',
    code: 'get_assessed',
  },
  {
    pattern: /研究|分析|设计|规划|制定|制订|编制|开发|建模|评估|论证/,
    action: 'learn',
    kind: 'learning',
    code: 'course_and_project',
  },
  {
    pattern: /操作|安装|调试|维修|维护|保养|加工|制作|驾驶|施工|装配|焊接|种植|养殖|烹|清洁|巡/,
    action: 'practise',
    kind: 'work_project',
    code: 'practise_hands_on',
  },
  {
    pattern: /服务|接待|咨询|指导|培训|教学|沟通|协调|组织|推广|营销|销售/,
    action: 'practise',
    kind: 'work_project',
    code: 'practise_service',
  },
];

/** The next step for a task; `coverage` > 0 means some evidence already touches it. */
export function nextStepFor(task: string, coverage: number, coveringIsAttested: boolean): NextStep {
  const params = { task };
  if (coverage >= 0.25 && !coveringIsAttested) {
    return { action: 'attest', kind: 'work_project', code: 'attest_partial', params };
  }
  if (coverage >= 0.25) return { action: 'detail', kind: 'work_project', code: 'add_detail', params };
  const rule = RULES.find((candidate) => candidate.pattern.test(task));
  if (rule) return { action: rule.action, kind: rule.kind, code: rule.code, params };
  return { action: 'learn', kind: 'learning', code: 'learn_and_practise', params };
}

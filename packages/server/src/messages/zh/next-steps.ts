/** Chinese, the reference language: the matcher's next steps for an uncovered task, by code. */
import type { NextStepCode } from '@skillbank/matcher';

/** Each next step, worded from its params (`task`: the task's statement). */
export type NextStepMessages = Record<NextStepCode, (p: { task: string }) => string>;

export const nextSteps: NextStepMessages = {
  attest_partial: ({ task }) => `已有证据部分涉及此任务：补充具体做法和成果，并请老师或雇主认证：${task}`,
  add_detail: ({ task }) => `在已有证据中写清你具体如何完成：${task}`,
  get_assessed: ({ task }) => `参加职业技能等级认定或相关考核，证明你能够：${task}`,
  course_and_project: ({ task }) => `学习一门相关课程，再做一个小项目并记录成果：${task}`,
  practise_hands_on: ({ task }) => `在实训、实习或工作中完成一次并记录过程（六步中的实施与检查）：${task}`,
  practise_service: ({ task }) => `在实习或志愿服务中承担这项工作，并请带教老师或雇主认证：${task}`,
  learn_and_practise: ({ task }) => `通过课程或实训学习并实践：${task}`,
};

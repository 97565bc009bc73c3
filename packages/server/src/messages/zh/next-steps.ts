/**
 * Chinese, the reference language: the matcher's next steps for an uncovered task, by code. A step
 * says what to do about what in the task's own words (`doing`, `topic`, `tool`, `standard`: see the
 * matcher's `task-reading.ts`); a task that did not read as work on something keeps the plain
 * sentence with the whole statement.
 */
import type { NextStepCode, NextStepParams } from '@skillbank/matcher';

/** Each next step, worded from its params (`task`: the task's statement; the rest when read). */
export type NextStepMessages = Record<NextStepCode, (p: NextStepParams) => string>;

export const nextSteps: NextStepMessages = {
  attest_partial: ({ task, doing }) =>
    doing
      ? `你已有的证据部分涉及“${doing}”：补充你具体怎样做、做出了什么，并请老师或雇主认证。`
      : `已有证据部分涉及此任务：补充具体做法和成果，并请老师或雇主认证：${task}`,
  add_detail: ({ task, doing }) =>
    doing
      ? `在已有证据中写清你具体怎样完成“${doing}”：用了什么、按什么步骤、做出了什么。`
      : `在已有证据中写清你具体如何完成：${task}`,
  get_assessed: ({ task, doing, standard, tool }) =>
    doing
      ? `参加职业技能等级认定或对口的考核，在考核中${tool ? `使用“${tool}”` : ''}${standard ? `按照“${standard}”` : ''}完成“${doing}”，并把考核结果存入账户。`
      : `参加职业技能等级认定或相关考核，证明你能够：${task}`,
  course_and_project: ({ task, doing, topic }) =>
    doing
      ? `先学一门${topic ? `讲“${topic}”的` : '对口的'}课程，再做一个“${doing}”的小项目，记录过程和成果。`
      : `学习一门相关课程，再做一个小项目并记录成果：${task}`,
  practise_hands_on: ({ task, doing, tool }) =>
    doing
      ? `在实训、实习或岗位上${tool ? `使用“${tool}”` : ''}完成一次“${doing}”，并记录过程（六步中的实施与检查）。`
      : `在实训、实习或工作中完成一次并记录过程（六步中的实施与检查）：${task}`,
  practise_service: ({ task, doing }) =>
    doing
      ? `在实习中或做志愿者时承担“${doing}”这项任务，并请带教老师或雇主认证。`
      : `在实习或志愿服务中承担这项工作，并请带教老师或雇主认证：${task}`,
  learn_and_practise: ({ task, doing, topic }) =>
    doing
      ? `通过课程或实训学习${topic ? `“${topic}”` : '怎样做'}，再亲自完成一次“${doing}”并记录下来。`
      : `通过课程或实训学习并实践：${task}`,
};

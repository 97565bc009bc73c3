/**
 * A concrete next step for an uncovered task: which kind of evidence would show it, and what to do
 * about what. The kind comes from the task's verbs — safety, standards and inspection call for an
 * assessment, design and analysis for a course and a project, hands-on work for a practical
 * project, and so on — read first on the verbs of the task's main clause (制订…质量标准 is design,
 * not inspection), then on the whole statement. The task's reading (`task-reading.ts`) names the
 * work, what to learn about, the equipment and the standard in the task's own words. A step is a
 * code and its params; the server's message catalogues say it in the reader's language, and fall
 * back to the plain sentence with the task statement when the task did not read as work on something.
 */
import type { IndexState } from '../index-state.js';
import type { EvidenceKind, NextStep, NextStepAction, NextStepCode, NextStepParams } from '../types.js';
import { readTask, type TaskReading, type TaskVerbs, taskVerbs } from './task-reading.js';

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

type StepReading = TaskReading;

/** The next step for a task; `coverage` > 0 means some evidence already touches it. */
export function nextStepFor(
  task: string,
  coverage: number,
  coveringIsAttested: boolean,
  reading: StepReading | null = null,
): NextStep {
  const params: NextStepParams = { task };
  if (reading) {
    params.doing = reading.doing;
    if (reading.topic !== undefined) params.topic = reading.topic;
    if (reading.tool !== undefined) params.tool = reading.tool;
    if (reading.standard !== undefined) params.standard = reading.standard;
  }
  if (coverage >= 0.25 && !coveringIsAttested) {
    return { action: 'attest', kind: 'work_project', code: 'attest_partial', params };
  }
  if (coverage >= 0.25) return { action: 'detail', kind: 'work_project', code: 'add_detail', params };
  // The main clause's verbs first, then its words, then the whole statement.
  const read = [reading?.verbs.join('、') ?? '', reading?.doing ?? '', task];
  const rule = read
    .map((text) => (text ? RULES.find((candidate) => candidate.pattern.test(text)) : undefined))
    .find((found) => found !== undefined);
  if (rule) return { action: rule.action, kind: rule.kind, code: rule.code, params };
  return { action: 'learn', kind: 'learning', code: 'learn_and_practise', params };
}

/** Per index: the verbs of its tasks, and each task's reading (read when a step first needs it). */
const readings = new WeakMap<
  IndexState,
  { verbs: TaskVerbs; byTask: (StepReading | null | undefined)[]; byText: Map<string, StepReading | null> }
>();

function readingsOf(state: IndexState) {
  let entry = readings.get(state);
  if (!entry) {
    entry = { verbs: taskVerbs(state.taskClauses), byTask: [], byText: new Map() };
    readings.set(state, entry);
  }
  return entry;
}

/** The reading of task `t` of the index, kept for later steps. */
export function taskReadingOf(state: IndexState, t: number): StepReading | null {
  const entry = readingsOf(state);
  let reading = entry.byTask[t];
  if (reading === undefined) {
    const task = state.tasks[t];
    reading = task ? readTask(state.analyzer, entry.verbs, task.text) : null;
    entry.byTask[t] = reading;
  }
  return reading;
}

/** The reading of any text said like a task (an employer's requirement), kept a while. */
export function textReadingOf(state: IndexState, text: string): StepReading | null {
  const entry = readingsOf(state);
  let reading = entry.byText.get(text);
  if (reading === undefined) {
    reading = readTask(state.analyzer, entry.verbs, text);
    if (entry.byText.size >= 2_000) entry.byText.clear();
    entry.byText.set(text, reading);
  }
  return reading;
}

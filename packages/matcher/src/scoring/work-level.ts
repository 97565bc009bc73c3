/**
 * Level of work: the professional (designs, researches, plans, sets standards) or the technician and
 * operator (installs, debugs, operates, maintains, repairs). One general rule for both sides: count
 * the verbs of each kind — in an occupation's definition and tasks, in a learner's evidence — and
 * compare the shares. Evidence also speaks through its 新八级 level (the skilled-worker ladder) and
 * the work-process steps it names; an occupation through its major group (2: professionals; 4, 5,
 * 6: service, farm and production work).
 */
import { normalizeText } from '../text/normalize.js';

/** Verbs of professional work. */
const PROFESSIONAL = [
  '设计',
  '研究',
  '研发',
  '开发',
  '规划',
  '分析',
  '建模',
  '制定',
  '制订',
  '编制',
  '评估',
  '评价',
  '论证',
  '策划',
  '算法',
  '方案',
  '标准',
  '优化',
  '仿真',
  '计算',
  '测算',
  '架构',
  '审核',
] as const;

/** Verbs of hands-on work. */
const OPERATIONAL = [
  '安装',
  '调试',
  '操作',
  '操控',
  '驾驶',
  '维护',
  '维修',
  '检修',
  '保养',
  '装配',
  '组装',
  '加工',
  '焊',
  '搬运',
  '分拣',
  '打包',
  '喂',
  '种植',
  '修剪',
  '浇水',
  '施肥',
  '清洗',
  '打扫',
  '养殖',
  '饲养',
  '装调',
  '接线',
  '布线',
  '巡检',
  '值守',
  '看护',
  '砌',
  '切割',
  '打磨',
  '喷涂',
  '包装',
  '装卸',
  '采收',
  '清理',
] as const;

/** Both lists, for the lexicons that must not join the two kinds (`text/near-synonyms.test.ts`). */
export const WORK_VERBS = Object.freeze({ professional: PROFESSIONAL, operational: OPERATIONAL });

export interface WorkLevelCounts {
  professional: number;
  operational: number;
}

/** Verb counts of a text (substring matches; the verbs are short and unambiguous in work text). */
export function countWorkVerbs(
  text: string,
  into: WorkLevelCounts = { professional: 0, operational: 0 },
  weight = 1,
) {
  const normalized = normalizeText(text);
  for (const verb of PROFESSIONAL) into.professional += weight * occurrences(normalized, verb);
  for (const verb of OPERATIONAL) into.operational += weight * occurrences(normalized, verb);
  return into;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

export const WORK_LEVEL = Object.freeze({
  /** Virtual verbs an occupation's major group adds before its own text is counted. */
  majorPrior: 2,
  /** A 新八级 level counts as this many hands-on verbs (the ladder is the skilled-worker track). */
  skillLevelWeight: 1,
  /** Each planning step (制订计划, 做出决定) counts as this many professional verbs; each doing step as hands-on. */
  stepWeight: 0.5,
  /** Verbs needed for full confidence in the evidence's level. */
  confidentAt: 3,
  /** How far agreement raises and disagreement lowers a score (± this share at most). */
  strength: 0.3,
});

/** Share of professional work in an occupation's own text, its major group as a prior. */
export function occupationWorkShare(major: string, texts: readonly string[]): number {
  const counts: WorkLevelCounts = { professional: 0, operational: 0 };
  for (const text of texts) countWorkVerbs(text, counts);
  const prior = WORK_LEVEL.majorPrior;
  if (major === '2') counts.professional += prior;
  else if (major === '4' || major === '5' || major === '6') counts.operational += prior;
  else {
    counts.professional += prior / 2;
    counts.operational += prior / 2;
  }
  return counts.professional / (counts.professional + counts.operational);
}

const PLANNING_STEPS = new Set(['制订计划', '做出决定']);
const DOING_STEPS = new Set(['实施计划', '检查控制']);

/** Verb counts of one evidence item: its text, its 新八级 level and its work-process steps. */
export function evidenceWorkCounts(
  texts: readonly string[],
  level: number | null,
  steps: readonly string[] = [],
): WorkLevelCounts {
  const counts: WorkLevelCounts = { professional: 0, operational: 0 };
  for (const text of texts) countWorkVerbs(text, counts);
  return withLevelAndSteps(counts, level, steps);
}

/** Verb counts of an item's texts (`textCounts`, counted once) with its level and steps added. */
export function withLevelAndSteps(
  textCounts: Readonly<WorkLevelCounts>,
  level: number | null,
  steps: readonly string[] = [],
): WorkLevelCounts {
  const counts: WorkLevelCounts = { ...textCounts };
  if (level !== null) counts.operational += WORK_LEVEL.skillLevelWeight;
  for (const step of steps) {
    if (PLANNING_STEPS.has(step)) counts.professional += WORK_LEVEL.stepWeight;
    if (DOING_STEPS.has(step)) counts.operational += WORK_LEVEL.stepWeight;
  }
  return counts;
}

export interface WorkLevel {
  /** Share of professional work in [0, 1]. */
  share: number;
  /** How sure, in [0, 1]: grows with the number of verbs. */
  confidence: number;
}

/** The learner's level of work from weighted item counts; null when no verb says anything. */
export function learnerWorkLevel(
  items: readonly { counts: WorkLevelCounts; weight: number }[],
): WorkLevel | null {
  let professional = 0;
  let operational = 0;
  let raw = 0;
  for (const { counts, weight } of items) {
    professional += weight * counts.professional;
    operational += weight * counts.operational;
    raw += counts.professional + counts.operational;
  }
  const total = professional + operational;
  if (total <= 0) return null;
  return { share: professional / total, confidence: Math.min(1, raw / WORK_LEVEL.confidentAt) };
}

/** Score factor: above 1 when the levels agree, below when they differ. */
export function workLevelFactor(learner: WorkLevel | null, occupationShare: number): number {
  if (!learner) return 1;
  return 1 + WORK_LEVEL.strength * learner.confidence * (1 - 2 * Math.abs(learner.share - occupationShare));
}

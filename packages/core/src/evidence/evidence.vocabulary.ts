/** The fixed vocabularies of evidence: its kinds, the new eight skill levels and the work-process steps. */

/** Kinds of evidence a learner can deposit. */
export const EVIDENCE_KINDS = [
  'work_project',
  'learning',
  'assessment',
  'competition',
  'credential',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, { zh: string; en: string }> = {
  work_project: { zh: '工作项目', en: 'work project' },
  learning: { zh: '学习（课程、培训、实训）', en: 'learning (course, training, practical training)' },
  assessment: {
    zh: '评价（过程性、终结性、职业技能等级认定）',
    en: 'assessment (process, summative, certification)',
  },
  competition: { zh: '技能大赛', en: 'skills competition' },
  credential: { zh: '证书、徽章', en: 'credential (certificate, badge)' },
};

/** The skill levels of the "new eight levels" (新八级), lowest first; a level is its position (1–8). */
export const SKILL_LEVELS = [
  { level: 1, zh: '学徒工', en: 'apprentice' },
  { level: 2, zh: '初级工', en: 'junior worker' },
  { level: 3, zh: '中级工', en: 'intermediate worker' },
  { level: 4, zh: '高级工', en: 'senior worker' },
  { level: 5, zh: '技师', en: 'technician' },
  { level: 6, zh: '高级技师', en: 'senior technician' },
  { level: 7, zh: '特级技师', en: 'special-grade technician' },
  { level: 8, zh: '首席技师', en: 'chief technician' },
] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number]['level'];
export const MIN_SKILL_LEVEL = 1;
export const MAX_SKILL_LEVEL = 8;

/** The label of a level, e.g. `skillLevelLabel(3)` → `{ level: 3, zh: '中级工', en: 'intermediate worker' }`. */
export function skillLevelLabel(level: number) {
  return SKILL_LEVELS.find((l) => l.level === level) ?? null;
}

/** The six steps of a complete work process (完整的工作过程), in their order. */
export const WORK_PROCESS_STEPS = [
  '明确任务',
  '制订计划',
  '做出决定',
  '实施计划',
  '检查控制',
  '评估反馈',
] as const;
export type WorkProcessStep = (typeof WORK_PROCESS_STEPS)[number];

/** English ids accepted for the steps; evidence stores the Chinese name. */
export const WORK_PROCESS_STEP_IDS: Record<string, WorkProcessStep> = {
  clarify_task: '明确任务',
  plan: '制订计划',
  decide: '做出决定',
  carry_out: '实施计划',
  check: '检查控制',
  evaluate: '评估反馈',
};

/** The step a Chinese name or English id stands for, or `null`. */
export function workProcessStep(value: string): WorkProcessStep | null {
  const trimmed = value.trim();
  if ((WORK_PROCESS_STEPS as readonly string[]).includes(trimmed)) return trimmed as WorkProcessStep;
  return WORK_PROCESS_STEP_IDS[trimmed.toLowerCase()] ?? null;
}

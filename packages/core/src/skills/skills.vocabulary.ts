/**
 * Skill names: the built-in vocabulary of core transferable skills (关键技能) beside free names, and
 * the normalisation that lets `Digital skills`, `digital` and `数字技能` count as one skill.
 */

export interface CoreSkill {
  /** Stable id, e.g. `digital`. */
  id: string;
  /** Canonical (Chinese) name, used in profiles. */
  name: string;
  en: string;
  /** Other names accepted for it (compared after normalisation, case-insensitively). */
  aliases: readonly string[];
}

export const CORE_SKILLS: readonly CoreSkill[] = [
  {
    id: 'digital',
    name: '数字技能',
    en: 'digital skills',
    aliases: ['digital', 'digital skill', 'digital literacy', '数字化技能', '数字素养', '数字能力'],
  },
  { id: 'green', name: '绿色技能', en: 'green skills', aliases: ['green', 'green skill', '绿色能力'] },
  {
    id: 'communication',
    name: '沟通技能',
    en: 'communication',
    aliases: ['communication skills', 'communication skill', '沟通', '沟通能力', '交流能力'],
  },
  {
    id: 'teamwork',
    name: '团队合作',
    en: 'teamwork',
    aliases: ['team work', 'collaboration', 'team collaboration', '团队协作', '合作'],
  },
  {
    id: 'self_improvement',
    name: '自我提高',
    en: 'self-improvement',
    aliases: ['self improvement', 'lifelong learning', 'self-directed learning', '自我提升', '自主学习'],
  },
  {
    id: 'problem_solving',
    name: '解决问题',
    en: 'problem solving',
    aliases: ['problem-solving', 'problem solving skills', '解决问题能力', '问题解决'],
  },
  {
    id: 'innovation',
    name: '创新创造',
    en: 'innovation',
    aliases: ['creativity', 'innovation and creativity', '创新', '创造', '创新能力'],
  },
  {
    id: 'cultural_understanding',
    name: '文化理解',
    en: 'cultural understanding',
    aliases: ['intercultural understanding', 'intercultural competence', '跨文化理解', '文化素养'],
  },
];

/** Trims, applies Unicode NFKC (full-width → half-width) and collapses inner whitespace. */
export function cleanSkillName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

const byAlias = new Map<string, CoreSkill>();
for (const skill of CORE_SKILLS) {
  for (const alias of [skill.id, skill.name, skill.en, ...skill.aliases]) {
    byAlias.set(cleanSkillName(alias).toLowerCase(), skill);
  }
}

/** The core transferable skill a name stands for, or `null` for a free skill name. */
export function coreSkill(name: string): CoreSkill | null {
  return byAlias.get(cleanSkillName(name).toLowerCase()) ?? null;
}

export interface NormalisedSkill {
  /** Grouping key: the core skill id as `core:<id>`, else the cleaned, lower-cased name. */
  key: string;
  /** The display name: the canonical name of a core skill, else the cleaned name. */
  name: string;
  /** The core skill id, or `null` for a free skill. */
  core: string | null;
}

/**
 * The profile name and grouping key of a skill name.
 * @example normaliseSkill(' Digital Skills ') // { key: 'core:digital', name: '数字技能', core: 'digital' }
 * normaliseSkill('PLC 编程') // { key: 'plc 编程', name: 'PLC 编程', core: null }
 */
export function normaliseSkill(name: string): NormalisedSkill {
  const core = coreSkill(name);
  if (core) return { key: `core:${core.id}`, name: core.name, core: core.id };
  const cleaned = cleanSkillName(name);
  return { key: cleaned.toLowerCase(), name: cleaned, core: null };
}

/**
 * Which skills a skill ladder such as 新八级 grades, and the skill names a form suggests.
 *
 * The rule, decided from the taxonomy: a level applies to a skill of a skilled trade — an occupation
 * in one of the major groups the scheme's `skillLadder` names (CN-2022: 大类 4, 5 and 6), and not a
 * digital occupation unless the scheme says so. A skill is placed by the classifier on its own name
 * (`电工` → 6-31-01-03 电工) when it is confident; otherwise by those of the evidence's occupations
 * its name relates to (among the classifier's candidates for it).
 * Core transferable skills (沟通, 团队合作, …) are never graded; nor is a skill that cannot be placed.
 */
import { CORE_SKILLS, coreSkill } from '@skillbank/core';
import type { MatcherIndex, OccupationSummary } from '@skillbank/matcher';
import type { Lang } from '../messages/lang.js';

/** Why a level does or does not apply. */
export type LadderReason =
  /** A skilled trade's skill: the ladder grades it. */
  | 'trade'
  /** A core transferable skill (关键技能). */
  | 'core'
  /** Placed in an occupation outside the skilled trades (e.g. 专业技术人员, graded by 职称). */
  | 'not_trade'
  /** Placed in a digital occupation (tools and platforms). */
  | 'digital'
  /** Neither its name nor the evidence's occupations place it. */
  | 'unplaced'
  /** The served classification names no ladder. */
  | 'no_ladder';

export interface LadderVerdict {
  applies: boolean;
  reason: LadderReason;
  /** The occupation that decided, when one did. */
  occupation: { code: string; name: string } | null;
}

/**
 * The classifier's score from which a skill's own name places it, how close the runners-up must be,
 * how many candidates may place it, and how deep a chosen occupation must appear to count.
 */
export const PLACE = Object.freeze({ minScore: 0.5, nearBest: 0.6, candidates: 3, related: 30 });

function ladderOf(matcher: MatcherIndex) {
  return matcher.scheme.spec.skillLadder ?? null;
}

/** Whether the ladder grades the skills of one occupation (a skilled trade); false when unknown. */
export function occupationOnLadder(matcher: MatcherIndex, code: string): boolean {
  const ladder = ladderOf(matcher);
  const o = matcher.occupation(code);
  return (
    ladder !== null &&
    o !== null &&
    ladder.majorGroups.includes(o.majorCode) &&
    (ladder.digital || !o.digital)
  );
}

/**
 * Whether the ladder grades `name`, used in evidence about `occupationCodes`.
 * @example skillLadderVerdict(matcher, '电工', []) // { applies: true, reason: 'trade', occupation: { code: '6-31-01-03', … } }
 */
export function skillLadderVerdict(
  matcher: MatcherIndex,
  name: string,
  occupationCodes: readonly string[] = [],
): LadderVerdict {
  const ladder = ladderOf(matcher);
  if (!ladder) return { applies: false, reason: 'no_ladder', occupation: null };
  if (coreSkill(name)) return { applies: false, reason: 'core', occupation: null };
  const isTrade = (o: OccupationSummary) => occupationOnLadder(matcher, o.code);
  const judged = (found: OccupationSummary[]): LadderVerdict | null => {
    const first = found[0];
    if (!first) return null;
    const trade = found.find(isTrade);
    if (trade) return { applies: true, reason: 'trade', occupation: { code: trade.code, name: trade.name } };
    const reason = first.digital && ladder.majorGroups.includes(first.majorCode) ? 'digital' : 'not_trade';
    return { applies: false, reason, occupation: { code: first.code, name: first.name } };
  };
  const { candidates } = matcher.classify({ title: name.slice(0, 100) }, { limit: PLACE.related });
  const best = candidates[0]?.score ?? 0;
  const placed = candidates
    .slice(0, PLACE.candidates)
    .filter((c) => c.score >= PLACE.minScore && c.score >= best * PLACE.nearBest)
    .flatMap((c) => matcher.occupation(c.code) ?? []);
  // The evidence's occupations decide only for a name that relates to them at all: 烹饪 in a
  // 中式烹调师 piece is the cook's skill; Python in an electrician's piece is not.
  const related = new Set(candidates.map((c) => c.code));
  const chosen = occupationCodes
    .filter((code) => related.has(code))
    .flatMap((code) => matcher.occupation(code) ?? []);
  return judged(placed) ?? judged(chosen) ?? { applies: false, reason: 'unplaced', occupation: null };
}

export interface SkillSuggestion {
  name: string;
  /** `core`: the vocabulary of core transferable skills; `occupation`: words of a chosen occupation. */
  source: 'core' | 'occupation';
  occupation?: { code: string; name: string };
}

/**
 * Skill names to suggest: words of the chosen occupations first, then the core transferable skills
 * (in the page's language); filtered by `q` when given, no name twice.
 */
export function skillSuggestions(
  matcher: MatcherIndex,
  occupationCodes: readonly string[],
  { q = '', lang = 'zh', limit = 30 }: { q?: string; lang?: Lang; limit?: number } = {},
): SkillSuggestion[] {
  const out: SkillSuggestion[] = [];
  const seen = new Set<string>();
  const add = (s: SkillSuggestion) => {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  for (const code of occupationCodes.slice(0, 20)) {
    const occupation = matcher.occupation(code);
    if (!occupation) continue;
    for (const name of matcher.terms(code, { limit: 8 }) ?? [])
      add({ name, source: 'occupation', occupation: { code, name: occupation.name } });
  }
  for (const skill of CORE_SKILLS) add({ name: lang === 'en' ? skill.en : skill.name, source: 'core' });
  const needle = q.trim().toLowerCase();
  const asked = needle ? coreSkill(q) : null;
  const matching = needle
    ? out.filter(
        (s) => s.name.toLowerCase().includes(needle) || (asked !== null && coreSkill(s.name) === asked),
      )
    : out;
  return matching.slice(0, Math.max(0, limit));
}

/** Skill names for forms: suggestions from the classification and the skills vocabulary, and the 新八级 rule. */

import { type LadderVerdict, skillLadderVerdict, skillSuggestions } from '../matching/skill-ladder.js';
import type { Lang } from '../messages/lang.js';
import { outcome, type UseCaseDeps } from './use-case.js';

export function skillUseCases(deps: UseCaseDeps) {
  /** The codes the served scheme accepts (others are left out: they cannot place anything). */
  const wellFormed = (codes: readonly string[]) =>
    codes.filter((code) => deps.served.current.taxonomy.scheme.isOccupationCode(code));
  return {
    /** Skill names to offer beside the chosen occupations (public reference data). */
    suggestions: (input: { occupations: readonly string[]; q?: string; lang?: Lang; limit?: number }) =>
      outcome(async () =>
        skillSuggestions(deps.served.current.matcher, wellFormed(input.occupations), {
          ...(input.q === undefined ? {} : { q: input.q }),
          ...(input.lang === undefined ? {} : { lang: input.lang }),
          ...(input.limit === undefined ? {} : { limit: input.limit }),
        }),
      ),

    /** Whether the skill ladder (新八级) grades each named skill, and why. */
    ladder: (names: readonly string[], occupations: readonly string[] = []) =>
      outcome(async () => {
        const { matcher } = deps.served.current;
        const codes = wellFormed(occupations);
        return names.map((name): { name: string } & LadderVerdict => ({
          name,
          ...skillLadderVerdict(matcher, name, codes),
        }));
      }),
  };
}

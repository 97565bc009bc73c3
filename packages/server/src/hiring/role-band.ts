/** How well a graduate fits a role, in a word: the band shown beside a role's score. */

export type RoleBand = 'strong' | 'moderate' | 'weak';

/** Strong: every essential requirement met and a score of at least 0.6; moderate: every essential met, or a score of at least 0.4; weak otherwise. */
export function roleBand(score: number, allEssentialMet: boolean): RoleBand {
  if (allEssentialMet && score >= 0.6) return 'strong';
  if (allEssentialMet || score >= 0.4) return 'moderate';
  return 'weak';
}

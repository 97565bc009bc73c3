/** How well a graduate fits a role, in a word: the band shown beside a role's score. */

export type RoleBand = 'strong' | 'moderate' | 'weak';

/**
 * Strong: every essential requirement met and a score of at least 0.6; moderate: every essential
 * requirement met where the role marks some, or a score of at least 0.4; weak otherwise. A role
 * with no essential requirement (one made from an occupation starts so) has nothing that meeting it
 * could vouch for: its band is the score's alone — else a graduate meeting none of six optional
 * requirements at 14 % was shown as a moderate fit.
 */
export function roleBand(score: number, allEssentialMet: boolean, hasEssential: boolean): RoleBand {
  if (allEssentialMet && score >= 0.6) return 'strong';
  if ((allEssentialMet && hasEssential) || score >= 0.4) return 'moderate';
  return 'weak';
}

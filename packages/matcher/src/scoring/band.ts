/**
 * The band a score falls in, in words people can use: strong, moderate or weak. The thresholds
 * were measured on the eval sets (`pnpm eval` prints the share of right top-1 answers per band):
 * see the matcher README. Every page and report shows this same band.
 */
export type Band = 'strong' | 'moderate' | 'weak';

export const BANDS = Object.freeze({ strong: 0.6, moderate: 0.45 });

export function bandOf(score: number): Band {
  if (score >= BANDS.strong) return 'strong';
  if (score >= BANDS.moderate) return 'moderate';
  return 'weak';
}

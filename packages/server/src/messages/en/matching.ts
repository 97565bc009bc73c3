/** English: matches, gaps and the labels of next-step actions. */
import type { MatchingMessages } from '../zh/matching.js';
import { counted } from './plural.js';

export const matching: MatchingMessages = {
  matchesTitle: 'Best-matching occupations',
  matchesLead: (count: string) =>
    `Your active evidence against the main tasks of ${count} occupations. Every score explains itself.`,
  matchScore: 'Match',
  coveredTasks: 'Tasks covered',
  missingTasks: 'Tasks not yet covered',
  seeGaps: 'Gaps and next steps',
  noMatches: 'Not enough evidence to match yet. Log a few concrete work projects or courses.',
  byEvidence: 'from',
  versions: (scorer: string, taxonomy: string) => `scorer ${scorer} · classification ${taxonomy}`,
  breakdownText: (profile: string | null, coverage: string, covered: number, total: number) =>
    `${covered} of ${total} tasks covered (partial credit included: ${coverage}), ${profile === null ? 'wording close to the occupation’s: full marks' : `wording close to the occupation’s: ${profile}`}`,
  breakdownHint:
    'Wording: how close the words of all your evidence are to those of all the occupation’s tasks, full marks from a certain closeness on; covered: task by task, whether your evidence says the same work.',
  band: { strong: 'strong', moderate: 'moderate', weak: 'weak' },
  bandName: 'band',
  scoreBand: (score: string, band: string) => `${score} (${band})`,
  bandHint:
    'Strong: about eight in ten top answers at such scores are right; moderate: about seven in ten; weak: under half (measured on the eval sets).',
  directionsTitle: 'Your evidence points in several directions',
  directionsHint:
    'Each direction is scored on its own evidence alone; the overall list above also weighs how much of all your evidence the direction holds, so the same occupation may score lower there.',
  directionLabel: (label: string, count: number) =>
    `${label} (${counted(count, 'piece', 'pieces')} of evidence)`,
  saysSame: 'You wrote',
  taskSays: 'The task',
  gapsTitle: (name: string) => `${name}: gaps and next steps`,
  gapsLead: 'Ranked by how much covering each would raise the match.',
  gapsPick: 'Gaps for which occupation',
  gapsPickLabel: 'Occupation code',
  gapsShow: 'Show',
  gain: (g: string) => `+${g} if covered`,
  nextStep: 'Next step',
  gapsNone: 'Your evidence covers every task of this occupation.',
  missingTerms: 'Terms your evidence still lacks',
  actionLearn: 'Learn',
  actionPractise: 'Practise',
  actionAssess: 'Get assessed',
  actionAttest: 'Get it attested',
  actionDetail: 'Add detail',
};

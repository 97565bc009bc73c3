/** English: every sentence and label of the cohort report. */

import type { ReportMessages } from '../zh/report.js';
import { matching } from './matching.js';
import { counted } from './plural.js';

export const report: ReportMessages = {
  htmlLang: 'en',

  consentRule:
    'Only members whose consent lets advisors see their evidence are used; other members are counted as "not shared" and nothing else of theirs is read.',
  noteTooFew: (k) => `Fewer than ${k} learners share their evidence: nothing about them can be shown.`,
  noteSuppressed: (k) =>
    `Groups of 1 to ${k - 1} learners (or whose complement is that small) are left out; score buckets are merged to at least ${k}.`,

  nothingShown: 'Nothing can be shown.',
  members: (included, members, others) =>
    `${included} of ${counted(members, 'member')} ${Number(included) === 1 ? 'is' : 'are'} in this report${others.length ? `; ${others.join(', ')}` : ''}.`,
  othersNotShared: (n) => `${n} ${Number(n) === 1 ? 'does' : 'do'} not share their evidence with advisors`,
  othersNoEvidence: (n) => `${n} ${Number(n) === 1 ? 'has' : 'have'} no evidence yet`,
  othersFailed: (n) => `${n} could not be matched`,
  coversSharing: (included) =>
    `This report covers ${counted(included, 'learner')} who ${Number(included) === 1 ? 'shares' : 'share'} their evidence.`,
  typicalScore: (median, score) => `Their best match scores ${median ? 'a median' : 'on average'} ${score}`,
  fitWell: (share, threshold) =>
    `${share} fit at least one occupation strongly (band “strong”: score ≥ ${threshold})`,
  scoresLine: (parts) => `${parts.join('; ')}.`,
  topOccupation: (name, code, learners, share) =>
    `The occupation most of them fit strongly: ${name} (${code}), ${counted(learners, 'learner')} (${share}).`,
  topGap: (text, occupation, learners, share) =>
    `The gap blocking the most learners: “${text}” (${occupation}), missing for ${learners} (${share}).`,
  digitalReadiness: (share) => `digital readiness ${share}`,
  greenReadiness: (share) => `green readiness ${share}`,
  readinessLine: (parts) =>
    `${parts.join(', ')} (a digital or green occupation among their best fits).`.replace(/^./, (c) =>
      c.toUpperCase(),
    ),
  readinessNoFits: (threshold) =>
    `No one fits any occupation strongly yet (band “strong”: score ≥ ${threshold}), so digital and green readiness are both 0%.`,
  anonymisedLine: (leftOut) => `Anonymised: no names; ${leftOut} small groups left out.`,

  title: 'Cohort match report',
  anonymisedTag: 'anonymised',
  summaryTitle: 'Summary',
  digital: 'digital',
  band: matching.band,
  bandHint: matching.bandHint,
  scoreBand: matching.scoreBand,
  green: 'green',
  occupationsTitle: (threshold) => `Occupations they fit strongly (band “strong”: score ≥ ${threshold})`,
  occupationsChart: 'Learners fitting each occupation strongly',
  colCode: 'Code',
  colOccupation: 'Occupation',
  colLearners: 'Learners',
  colShare: 'Share',
  readinessTitle: 'Digital and green readiness',
  readinessChart: 'Share of learners with a digital or green occupation among their best fits',
  readinessNote: (bestFits, threshold) =>
    `A learner's best fits are their up to ${bestFits} highest-scoring occupations in the “strong” band (score ≥ ${threshold}) (the ones listed and tagged in the Learners table); readiness is the share of learners with a digital (green) occupation among them.`,
  distributionTitle: 'Distribution of best match scores',
  distributionChart: 'Learners by best match score',
  taskGapsTitle: 'Gaps blocking the most learners: tasks',
  taskGapsChart: 'Learners missing each task',
  colTask: 'Task',
  colMeanGain: 'Mean gain',
  skillGapsTitle: 'Gaps: skills and terms no evidence mentions',
  colTerm: 'Term',
  learnersTitle: 'Learners',
  colName: 'Name',
  colStatus: 'Status',
  colEvidence: 'Evidence',
  colBestScore: 'Best score',
  colBestFits: (threshold) => `Best fits (band “strong”: score ≥ ${threshold})`,
  fitThresholdLabel: 'lowest score of the “strong” band',
  closestOnly: (name, score) => `No strong fit yet; closest: ${name} (${score})`,

  emptyTitle: 'Nothing to show yet',
  emptyNoMembers:
    'No learners in this cohort yet. Send them an invitation code: once they join and let advisors see their evidence, this fills in.',
  emptyNoneShared: (members) =>
    `${Number(members) === 1 ? 'The one member does not let' : `None of the ${members} members lets`} advisors see their evidence yet, so there is nothing to show. Ask them to tick “Let the advisors of my cohorts see my evidence” on their Consent page.`,
  emptyNoEvidence:
    'The members who share have not logged any evidence yet, so there is nothing to show. Once they log a few courses, projects or competitions, their matches appear here.',
  emptyNoFits: (threshold) =>
    `No one fits any occupation strongly yet (band “strong”: score ≥ ${threshold}, among their ten best). The Learners table shows each learner's closest occupation and the gaps show what is missing; more evidence, attested projects above all, raises the scores.`,
  emptySuppressed: (k) =>
    `The anonymised form leaves out groups smaller than ${k}, so there is nothing to show here; the named form (for use within the school) has the full data.`,
  emptyNoTaskGaps:
    'No gaps found: every learner’s evidence covers the tasks of their best-fitting occupation.',
  emptyNoSkillGaps: 'No missing skills or terms found.',
  emptyLearnersAnonymised: 'The anonymised form lists no learners.',
  status: { included: 'included', not_shared: 'not shared', no_evidence: 'no evidence', failed: 'failed' },
  methodTitle: 'Method.',
  method: (strong, moderate) =>
    `Scores fall in three bands, the same as on the match pages: strong (score ≥ ${strong}, scores 0–1), moderate (≥ ${moderate}) and weak (below). The occupations in the “strong” band among a learner's ten best are their best fits, which every count uses. Gaps are the uncovered tasks, and distinctive terms no evidence mentions, of each learner's best-fitting occupation.`,
  anonymisedMethod: (k) => `Anonymised: no names or learner ids; no group smaller than ${k} is shown.`,
  population: (p) =>
    `Members ${p.members} · in report ${p.included} · not shared ${p.notShared} · no evidence ${p.noEvidence} · failed ${p.failed}`,
  versions: (scorer, taxonomy, generatedAt) =>
    `Scorer ${scorer} · taxonomy ${taxonomy} · generated ${generatedAt}`,
};

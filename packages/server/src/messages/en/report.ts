/** English: every sentence and label of the cohort report. */
import type { ReportMessages } from '../zh/report.js';

export const report: ReportMessages = {
  htmlLang: 'en',

  consentRule:
    'Only members whose consent lets advisors see their evidence are used; other members are counted as "not shared" and nothing else of theirs is read.',
  noteTooFew: (k) => `Fewer than ${k} learners share their evidence: nothing about them can be shown.`,
  noteSuppressed: (k) =>
    `Groups of 1 to ${k - 1} learners (or whose complement is that small) are left out; score buckets are merged to at least ${k}.`,

  nothingShown: 'Nothing can be shown.',
  members: (included, members, others) =>
    `${included} of ${members} members are in this report${others.length ? `; ${others.join(', ')}` : ''}.`,
  othersNotShared: (n) => `${n} do not share their evidence with advisors`,
  othersNoEvidence: (n) => `${n} have no evidence yet`,
  othersFailed: (n) => `${n} could not be matched`,
  coversSharing: (included) => `This report covers ${included} learners who share their evidence.`,
  typicalScore: (median, score) => `Their best match scores ${median ? 'a median' : 'on average'} ${score}`,
  fitWell: (share, threshold) => `${share} fit at least one occupation well (score ≥ ${threshold})`,
  scoresLine: (parts) => `${parts.join('; ')}.`,
  topOccupation: (name, code, learners, share) =>
    `The occupation most of them fit well: ${name} (${code}), ${learners} learners (${share}).`,
  topGap: (text, occupation, learners, share) =>
    `The gap blocking the most learners: “${text}” (${occupation}), missing for ${learners} (${share}).`,
  digitalReadiness: (share) => `digital readiness ${share}`,
  greenReadiness: (share) => `green readiness ${share}`,
  readinessLine: (parts) =>
    `${parts.join(', ')} (a digital or green occupation among their best fits).`.replace(/^./, (c) =>
      c.toUpperCase(),
    ),
  anonymisedLine: (leftOut) => `Anonymised: no names; ${leftOut} small groups left out.`,

  title: 'Cohort match report',
  anonymisedTag: 'anonymised',
  summaryTitle: 'Summary',
  digital: 'digital',
  green: 'green',
  occupationsTitle: (threshold) => `Occupations they fit well (score ≥ ${threshold})`,
  occupationsChart: 'Learners fitting each occupation well',
  colCode: 'Code',
  colOccupation: 'Occupation',
  colLearners: 'Learners',
  colShare: 'Share',
  readinessTitle: 'Digital and green readiness',
  readinessChart: 'Share of learners with a digital or green occupation among their best fits',
  readinessNote: (bestFits, threshold) =>
    `Share of learners with a digital (green) occupation among their ${bestFits} best fits scoring ≥ ${threshold}.`,
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
  colBestFits: 'Best fits',
  status: { included: 'included', not_shared: 'not shared', no_evidence: 'no evidence', failed: 'failed' },
  methodTitle: 'Method.',
  method: (threshold) =>
    `An occupation fits a learner well when it scores at least ${threshold} (scores 0–1) among the learner's ten best. Gaps are the uncovered tasks, and distinctive terms no evidence mentions, of each learner's best-fitting occupation.`,
  anonymisedMethod: (k) => `Anonymised: no names or learner ids; no group smaller than ${k} is shown.`,
  population: (p) =>
    `Members ${p.members} · in report ${p.included} · not shared ${p.notShared} · no evidence ${p.noEvidence} · failed ${p.failed}`,
  versions: (scorer, taxonomy, generatedAt) =>
    `Scorer ${scorer} · taxonomy ${taxonomy} · generated ${generatedAt}`,
};

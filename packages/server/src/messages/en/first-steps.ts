/** English: the first hour — time zone, the checklist on /me, the home page's example, entry points, plain-language folds. */
import type { FirstStepsMessages } from '../zh/first-steps.js';

export const firstSteps: FirstStepsMessages = {
  tzFooter: (zone: string, offset: string) => `Times shown in ${zone} (${offset})`,
  tzChange: 'Change time zone',
  tzTitle: 'Time zone',
  tzLead:
    'Times on the pages are shown in this zone. By default it follows your browser; until the browser has told us, Beijing time (Asia/Shanghai) is used. Downloaded files and the API always use UTC (ISO 8601).',
  tzNow: (zone: string, offset: string, example: string) =>
    `Now showing ${zone} (${offset}); the time now is ${example}.`,
  tzFollowBrowser: 'Follow my browser',
  tzFixed: 'Always use the zone below',
  tzZoneLabel: 'Time zone',
  tzSave: 'Save time zone',
  tzSaved: 'Time zone saved.',
  tzUnknown: (zone: string) => `Unknown time zone: ${zone}. Choose one from the list.`,
  fsTitle: 'Getting started: five steps',
  fsProgress: (done: number, total: number) => `${done} of ${total} done`,
  fsAllDone: 'All five steps are done. Your skills account is ready for applications and sharing.',
  fsDone: 'done',
  fsTodo: 'to do',
  fsEvidence: (n: number) => `Log three pieces of skill evidence (${n} so far)`,
  fsEvidenceHint:
    'A work project, a course, an assessment, a competition or a certificate: say what you did.',
  fsAttest: 'Ask a teacher or employer to attest a piece',
  fsAttestHint:
    'Open a piece of evidence, choose an attester and ask them to sign it. Attested evidence counts more.',
  fsDiscover: 'Choose who may find you',
  fsDiscoverHint:
    'Decide whether employers can find you in the talent pool and whether advisors can see your evidence.',
  fsClass: 'Join a class',
  fsClassHint: 'Enter the class invitation code your advisor gave you.',
  fsShare: 'Share your skills showcase',
  fsShareHint: 'Make a link to send to employers or put on your CV.',
  homeGetTitle: 'What you get',
  homeGet1: 'A skills record mapped to the national occupation classification (2022).',
  homeGet2:
    'Every piece of evidence is kept in a ledger that cannot be changed quietly; teachers or employers can sign it.',
  homeGet3: 'The occupations that fit you best, why they fit, and which work tasks are still missing.',
  homeExampleTitle: 'Example: what one piece of evidence matches',
  homeExampleLead:
    "This is the matcher's real result for the example evidence below (not a prepared answer):",
  homeExampleEvidence: 'Example evidence',
  homeExampleTitleText: 'Sales data analysis for a community supermarket',
  homeExampleText:
    "Cleaned half a year of the supermarket's sales data with Python and Excel, analysed it by product category and time of day, drew charts, and reported to the manager with advice on stock and staff rotas.",
  homeExampleScore: (score: string) => `match ${score}`,
  homeExampleWhy: (terms: string) => `Shared key words: ${terms}`,
  homeExampleMissing: (tasks: string) => `Tasks not shown yet, e.g.: ${tasks}`,
  homeExampleNone: 'The example evidence has no match at the moment.',
  homeExampleStart: 'Log your own first piece',
  entryTitle: 'Start here',
  entryDigital: 'Digital occupations',
  entryGreen: 'Green occupations',
  entryNew: 'New in 2022',
  entryPopular: 'Most looked-up occupations',
  entryPopularNone: 'Nobody has looked up an occupation yet.',
  entryMore: (count: string) => `See all ${count}`,
  entryAll: 'Browse all occupations by group',
  views: (n: number) => `${n} views`,
  gapsChooseLead:
    'Choose an occupation to see which of its work tasks your evidence does not show yet, and what to do next.',
  gapsFromMatches: 'Choose from your best matches',
  gapsNoMatchesYet: 'Once you have logged some evidence, your best-matching occupations are listed here.',
  gapsSearchLabel: 'Or search for an occupation (name or code)',
  gapsSearchHint: 'e.g. 数据分析, 电工, 2-02-10-09',
  gapsSearchResults: (q: string) => `Results for “${q}”`,
  techDetails: 'Technical details',
  ledgerCount: (pieces: number, entries: number) =>
    `${pieces} ${pieces === 1 ? 'piece' : 'pieces'} of evidence (${entries} ledger ${entries === 1 ? 'entry' : 'entries'})`,
  ledgerCheckOk: 'Checked just now: the ledger is intact; nothing has been changed.',
  ledgerEntriesNote:
    'Ledger entries include every deposit, attestation, withdrawal and privacy change, so there can be more entries than pieces.',
  profileHowTitle: 'How levels are computed',
};

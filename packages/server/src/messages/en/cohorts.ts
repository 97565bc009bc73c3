/** English: advisors' cohorts, invitations and the report page; learners joining. */
import type { CohortsMessages } from '../zh/cohorts.js';
import { counted } from './plural.js';

export const cohorts: CohortsMessages = {
  cohortsTitle: 'My cohorts',
  cohortsLead:
    'Create a cohort, hand out an invitation code; once students join and consent, run the cohort’s match report.',
  fieldCohortName: 'Cohort name',
  createCohort: 'Create cohort',
  noCohorts: 'No cohorts yet.',
  memberCount: (n: number) => counted(n, 'member'),
  membersTitle: 'Members',
  noMembers: 'No one has joined yet.',
  joinedOn: (at: string) => `joined ${at}`,
  inviteTitle: 'Invite students',
  inviteLead:
    'Create a code and give it to students; they enter it under “Cohorts”. The code is shown only now.',
  createInvite: 'Create a code',
  inviteCode: (code: string, expires: string) => `Code: ${code} (valid until ${expires})`,
  viewReport: 'See the match report',
  reportTitle: (name: string) => `${name}: match report`,
  reportLead:
    'Only members who let advisors see their evidence count. Scores and gaps come from the same scorer as the graduates’ pages.',
  downloads: 'Downloads',
  downloadCsv: 'CSV table',
  downloadStudentsCsv: 'CSV, one row per learner',
  downloadHtml: 'HTML report (with charts)',
  saveFile: 'Save as a file',
  reportMethod: 'Method, counts and versions',
  downloadJson: 'JSON data',
  downloadsNamed: 'Named (inside the school)',
  downloadsAnonymised: 'Anonymised (to share outside: no names or ids, no group smaller than 5)',
  population: (included: number, members: number) =>
    `${included} of ${counted(members, 'member')} in the report`,
  memberIncluded: 'included',
  memberNotShared: 'not shared',
  navMyCohorts: 'Cohorts',
  myCohortsTitle: 'My cohorts',
  myCohortsLead:
    'Join with the code your advisor gave you. Joining shares nothing by itself: advisors see your evidence only once you allow it under “Consent”.',
  fieldCode: 'Invitation code',
  joinSubmit: 'Join',
  leaveCohort: 'Leave',
  leaveCohortTitle: (name: string) => `Leave “${name}”?`,
  leaveCohortLead:
    'Once you leave, the cohort’s advisor can no longer see your evidence and you are left out of its match report; your evidence is not deleted. To join again, enter an invitation code from the advisor.',
  leaveCohortConfirm: 'Yes, leave',
  leaveCohortCancel: 'No, go back',
  cohortRunBy: (who: string) => `Advisor: ${who}`,
  left: 'You left the cohort.',
  joined: 'You joined the cohort.',
};

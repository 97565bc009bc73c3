/** English: employers' roles, requirements and candidates. */
import type { RolesMessages } from '../zh/roles.js';

export const roles: RolesMessages = {
  rolesTitle: 'My roles',
  rolesLead:
    'Write requirements starting from an occupation’s main tasks; see consenting graduates ranked, with reasons.',
  newRole: 'Post a role',
  noRoles: 'No roles yet.',
  roleNewTitle: 'Post a role',
  roleNewLead:
    'Type the title first and Skillbank suggests the occupation; pick one and the requirements start from its main tasks, to edit after posting.',
  fieldRoleTitle: 'Role title',
  fieldRoleDescription: 'Description (optional)',
  fieldOccupationSearch: 'Search occupations by keyword (optional)',
  findOccupation: 'Find the occupation',
  suggestedOccupations: 'Suggested (from the title and description)',
  searchedOccupations: 'Search results',
  fieldOccupation: 'Occupation',
  noOccupation: 'No occupation: I write the requirements myself',
  fieldFreeRequirements: 'Requirements (one per line; needed without an occupation)',
  postRole: 'Post the role',
  requirementsTitle: 'Requirements',
  requirementsLead: 'Anyone missing an “essential” requirement ranks below everyone who meets them all.',
  reqText: (n: number) => `Requirement ${n}`,
  reqEssential: 'Essential',
  reqMinLevel: (n: number) => `Minimum level of requirement ${n}`,
  reqRemove: 'Remove',
  reqNew: (n: number) => `New requirement ${n}`,
  saveRequirements: 'Save requirements',
  viewCandidates: 'See candidates',
  candidatesTitle: (title: string) => `${title}: candidates`,
  candidatesLead:
    'Only graduates who currently let employers find them; anyone who withdraws consent leaves the list at once. Every rank says why.',
  metRequirements: 'Requirements met',
  missingRequirements: 'Requirements missing',
  essentialCount: (met: number, total: number) => `essential ${met}/${total}`,
  optionalCount: (met: number, total: number) => `other ${met}/${total}`,
  allEssentialMet: 'meets every essential requirement',
  notAllEssentialMet: 'misses an essential requirement',
  noCandidates: 'No consenting graduate relates to this role yet.',
  attestedEvidence: 'attested',
  roleOccupation: 'Occupation',
};

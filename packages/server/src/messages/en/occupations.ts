/** English: the occupation catalogue: home, search, occupation pages. */
import type { OccupationsMessages } from '../zh/occupations.js';

export const occupations: OccupationsMessages = {
  homeTitle: 'Turn what you have done into skills others can see',
  homeLead:
    'Record work projects, courses, assessments, competitions and credentials; get a verifiable skill profile, see which occupations fit and what is missing.',
  homeBrowse: (count: string) => `Browse ${count} occupations`,
  search: 'Search',
  searchLabel: 'Occupation name, definition or task',
  searchPlaceholder: 'e.g. 人工智能, 碳排放, electrician',
  filterDigital: 'Digital occupations',
  filterGreen: 'Green occupations',
  allGroups: (levelNames: string) => `All ${levelNames}`,
  results: 'Results',
  noResults: 'No occupation matches. Try other words or remove a filter.',
  nextPage: 'Next page',
  firstPage: 'Back to the first page',
  digital: 'Digital',
  green: 'Green',
  isNew: 'New in 2022',
  definition: 'Definition',
  tasks: 'Main tasks',
  noTasks: 'The classification lists no tasks for this occupation.',
  noDefinition: 'The classification gives no definition for this occupation.',
  related: 'Related occupations',
  relatedLead: 'Occupations with similar tasks: career moves and stretches.',
  code: 'Code',
  classificationPath: 'Classification path',
  occupationCount: (n: number) => `${n} occupations`,
};

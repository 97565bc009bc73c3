/** English: the shared form pieces (rows, the occupation picker) and the evidence and role forms' guidance. */
import type { FormsMessages } from '../zh/forms.js';

export const forms: FormsMessages = {
  formAddSkill: 'Add a skill',
  formAddArtifact: 'Add an artifact',
  formAddRequirement: 'Add a requirement',
  formRemoveRow: 'Remove this row',
  formRemoveRowNamed: (what: string) => `Remove ${what}`,
  formRowsFull: (max: number) => `At most ${max} rows.`,
  pickerLegendEvidence: 'Occupations this evidence is about (optional)',
  pickerHintEvidence: 'Search by keyword and tick one or more occupations; leave empty if unsure.',
  pickerQuery: 'Search occupations',
  pickerSearch: 'Search',
  pickerSearching: 'Searching…',
  pickerFound: '{n} occupations found; tick the ones that fit.',
  pickerNone: 'Nothing found; try other words (e.g. welding, data analysis, nursing).',
  pickerFailed: 'Search is not available right now; use the Search button.',
  pickerPicked: 'Chosen',
  pickerNoResults: (q: string) => `No occupation found for “${q}”; try other words.`,
  pickerAllTasks: 'All tasks',
  pickerTasksLabel: 'Main tasks',
  pickerNoDefinition: '(the classification gives no definition)',
  pickerScore: (p: string) => `fit ${p}`,
  skillSuggestionsHint:
    'Suggestions appear as you type: words of the chosen occupations and the core skills (digital skills, communication, teamwork…).',
  ladderWhat: 'What is 新八级 (the eight skill levels)?',
  ladderWhatBody:
    '新八级 are the skill levels of skilled workers: apprentice, junior, intermediate and senior worker, technician, senior technician, special-grade and chief technician. They apply to skilled trades only (non-digital occupations of major groups 4, 5 and 6 of the classification, such as electrician, welder, lathe operator, cook). Professionals are rated by professional titles; core and digital skills (such as Python or live-streaming) are shown by work and results, without a level.',
  ladderLevels: {
    1: 'Apprentice: learns under a master, does simple work',
    2: 'Junior worker: does routine basic work alone',
    3: 'Intermediate worker: does more complex work alone, handles common problems',
    4: 'Senior worker: does complex work, solves harder technical problems, guides juniors',
    5: 'Technician: masters the key techniques of the trade, solves production problems, teaches others',
    6: 'Senior technician: solves key technical problems, leads technical improvements',
    7: 'Special-grade technician: a technical leader of the field, cracks major problems',
    8: 'Chief technician: the highest level in a company, leads innovation and training',
  },
  ladderEmptyRow:
    'Levels are for skilled trades only (electrician, welder, lathe operator…); leave empty otherwise.',
  ladderTrade: (skill: string, occupation: string) =>
    `${skill} is a skill of the trade “${occupation}”: choose the 新八级 level you have reached or been certified at.`,
  ladderCore: (skill: string) =>
    `${skill} is a core skill: it has no 新八级 level; let your evidence show what you did.`,
  ladderNotTrade: (skill: string, occupation: string) =>
    `${skill} belongs to “${occupation}”, which is rated by professional titles or work shown, not by 新八级: no level.`,
  ladderDigital: (skill: string, occupation: string) =>
    `${skill} belongs to the digital occupation “${occupation}”: show your level through work and results; 新八级 does not apply.`,
  ladderUnplaced: (skill: string) =>
    `We cannot tell which skilled trade ${skill} belongs to, so no level; choose the occupations of this evidence below and it is checked again.`,
  ladderNoLadder: 'The classification in use has no skill ladder: no level.',
  ladderLevelNotApplicable: (skill: string) =>
    `新八级 levels do not apply to ${skill}; leave the level empty`,
  describeGuideTitle: 'How to write a good description',
  describeGuide: {
    task: 'the task and its goal',
    did: 'what you did yourself, with which methods, tools, equipment or materials',
    who: 'who you worked with and which part was yours',
    result: 'the result: the product or service, how many, how good, what users said',
  },
  describeExample:
    'e.g. During my internship I cleaned and analysed the sensor data of 3 production lines, wrote Python scripts to find anomalies and, with the maintenance team, gave downtime warnings 2 hours earlier.',
  describeTooShort: (n: number, min: number) =>
    `The description has only ${n} characters; a reader cannot tell what you did. Write at least ${min}: what you did, how, and the result. If it really is all, press “Deposit in my ledger” again to save it.`,
  describeCount: (n: number) => `${n} characters`,
  roleSuggest: 'Suggest occupations',
  roleSuggestHint:
    'Write the role title (and description), press “Suggest occupations”, read each definition and its main tasks, then choose.',
  roleChooseOne: 'Choose an occupation, or “not a specific occupation”',
  roleSuggestionsFor: (title: string) =>
    `Occupations suggested for “${title}” (read the definition and tasks before choosing):`,
  roleNoSuggestions:
    'No confident suggestion: search, or choose “not a specific occupation” and write the requirements yourself.',
  roleSearchHint: 'None fits? Search occupations by keyword',
  reqRow: (n: number) => `Requirement ${n}`,
  reqRowText: (n: number) => `Text of requirement ${n}`,
  reqRowLevel: (n: number) => `Minimum level of requirement ${n}`,
  reqRowEssential: (n: number) => `Requirement ${n} is essential`,
  reqRowRemove: (n: number) => `Remove requirement ${n}`,
  reqLevelShort: 'Minimum level',
  reqNoLadder: (occupation: string) =>
    `“${occupation}” is not a skilled trade: 新八级 does not apply, so requirements have no minimum level.`,
  reqFromTask: 'from the occupation’s tasks',
  skillRowName: (n: number) => `Skill ${n}`,
  skillRowLevel: (n: number) => `Level of skill ${n}`,
  artifactRowName: (n: number) => `Artifact ${n} name`,
  artifactRowUrl: (n: number) => `Artifact ${n} link`,
};

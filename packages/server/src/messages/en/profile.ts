/** English: the skill profile. */
import type { ProfileMessages } from '../zh/profile.js';

export const profile: ProfileMessages = {
  profileTitle: 'Skill profile',
  profileLead: 'Each skill level comes from your evidence: attested and recent evidence counts more.',
  profileFormula:
    'Each level is a weighted average of the evidence: assessment 1.0, credential 0.9, competition 0.85, work project 0.8, learning 0.6; attested ×1.0, self-reported ×0.4; weight halves every 5 years.',
  colSkill: 'Skill',
  colLevel: 'Level',
  colConfidence: 'Confidence',
  colSources: 'Where it comes from',
  weightOf: (w: string) => `weight ${w}`,
  selfClaimed: 'self-reported',
  noSkills: 'No skills yet. Name skills and levels when you log evidence.',
  formulaVersion: (v: string, asOf: string) => `formula ${v}, as of ${asOf}`,
};

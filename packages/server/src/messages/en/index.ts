/** The English catalogue: every user-visible text of Skillbank, by area. */
import type { Catalogue } from '../zh/index.js';
import { accounts } from './accounts.js';
import { attestations } from './attestations.js';
import { cohorts } from './cohorts.js';
import { common } from './common.js';
import { consent } from './consent.js';
import { credentials } from './credentials.js';
import { errors } from './errors.js';
import { evidence } from './evidence.js';
import { fields } from './fields.js';
import { firstSteps } from './first-steps.js';
import { forms } from './forms.js';
import { hiring } from './hiring.js';
import { learning } from './learning.js';
import { matching } from './matching.js';
import { nextSteps } from './next-steps.js';
import { occupations } from './occupations.js';
import { problems } from './problems.js';
import { profile } from './profile.js';
import { report } from './report.js';
import { roles } from './roles.js';
import { showcases } from './showcases.js';
import { startup } from './startup.js';

export const en: Catalogue = {
  common,
  occupations,
  accounts,
  evidence,
  profile,
  matching,
  consent,
  showcases,
  credentials,
  attestations,
  roles,
  cohorts,
  learning,
  hiring,
  forms,
  firstSteps,
  report,
  nextSteps,
  problems,
  fields,
  errors,
  startup,
};

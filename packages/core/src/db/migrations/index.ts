/** Every migration, by name. Names sort in the order they run; add new ones at the end. */
import type { Migration } from 'kysely';
import * as taxonomy from './2026-11-28T1800-taxonomy.js';
import * as skillsAccount from './2026-11-28T1900-skills-account.js';
import * as rolesCohorts from './2026-11-28T2000-roles-cohorts.js';
import * as web from './2026-11-28T2100-web.js';
import * as taxonomyScheme from './2026-11-30T0000-taxonomy-scheme.js';
import * as trust from './2026-11-30T0100-trust.js';
import * as credentials from './2026-11-30T0200-credentials.js';
import * as learning from './2026-11-30T0300-learning.js';
import * as hiring from './2026-11-30T0400-hiring.js';
import * as accountRecovery from './2026-11-30T0500-account-recovery.js';
import * as attestationRequests from './2026-11-30T0600-attestation-requests.js';
import * as occupationLookups from './2026-11-30T0700-occupation-lookups.js';
import * as changeFeed from './2026-11-30T0800-change-feed.js';
import * as showcaseSettings from './2026-11-30T0900-showcase-settings.js';
import * as matcherIndex from './2026-11-30T1000-matcher-index.js';
import * as poolSnapshots from './2026-11-30T1100-pool-snapshots.js';
import * as learnerAssessments from './2026-11-30T1200-learner-assessments.js';
import * as assessmentReports from './2026-12-01T0000-assessment-reports.js';
import * as preassessFollow from './2026-12-01T0600-preassess-follow.js';

export const migrations: Record<string, Migration> = {
  '2026-11-28T1800-taxonomy': taxonomy,
  '2026-11-28T1900-skills-account': skillsAccount,
  '2026-11-28T2000-roles-cohorts': rolesCohorts,
  '2026-11-28T2100-web': web,
  '2026-11-30T0000-taxonomy-scheme': taxonomyScheme,
  '2026-11-30T0100-trust': trust,
  '2026-11-30T0200-credentials': credentials,
  '2026-11-30T0300-learning': learning,
  '2026-11-30T0400-hiring': hiring,
  '2026-11-30T0500-account-recovery': accountRecovery,
  '2026-11-30T0600-attestation-requests': attestationRequests,
  '2026-11-30T0700-occupation-lookups': occupationLookups,
  '2026-11-30T0800-change-feed': changeFeed,
  '2026-11-30T0900-showcase-settings': showcaseSettings,
  '2026-11-30T1000-matcher-index': matcherIndex,
  '2026-11-30T1100-pool-snapshots': poolSnapshots,
  '2026-11-30T1200-learner-assessments': learnerAssessments,
  '2026-12-01T0000-assessment-reports': assessmentReports,
  '2026-12-01T0600-preassess-follow': preassessFollow,
};

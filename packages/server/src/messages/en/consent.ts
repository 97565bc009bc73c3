/** English: consent settings and the account export. */
import type { ConsentMessages } from '../zh/consent.js';

export const consent: ConsentMessages = {
  consentTitle: 'Consent',
  consentLead:
    'Nothing is shared until you say so. Every change is a ledger entry, in force at once, and you can take it back any time.',
  consentDiscoverable: 'Let employers find me and see my evidence and skill profile',
  consentAdvisors: 'Let the advisors of my cohorts see my evidence',
  consentSave: 'Save consent',
  consentHistory: 'History',
  consentNoHistory: 'Never changed: nothing is shared.',
  exportTitle: 'Export my account',
  exportLead:
    'Your whole account (evidence, attestations with the attesters’ public keys, profile, consent history, ledger) as one JSON file that verifies on its own, outside Skillbank.',
  exportDownload: 'Download JSON',
};

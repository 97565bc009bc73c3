/** English: sign-up, the access key, sign-in. */
import type { AccountsMessages } from '../zh/accounts.js';

export const accounts: AccountsMessages = {
  signUpTitle: 'Create an account',
  signUpLead: 'No password: you get an access key when you sign up, and sign in with it.',
  fieldRole: 'I am',
  roleLearnerLong: 'A graduate or learner: log skill evidence, see matching occupations',
  roleEmployerLong: 'An employer: post roles, see candidates, attest evidence',
  roleAdvisorLong: 'A school career advisor: run cohorts and reports, attest evidence',
  roleProviderLong:
    'A training institution, skill-level assessment centre or competition organiser: publish offerings, record signed results',
  fieldName: 'Name',
  fieldOrganisation: 'School, company or body (optional)',
  signUpSubmit: 'Create account',
  keyTitle: 'Save your access key',
  keyWarning:
    'This key is shown only now. Skillbank keeps only a digest of it and cannot recover it; an employer or school that loses it also loses its signing key. Copy it now into a password manager or another safe place.',
  keyLabel: 'Access key',
  copy: 'Copy',
  copied: 'Copied',
  keyContinue: 'I have saved it — go to my account',
  signInTitle: 'Sign in',
  signInLead: 'Paste the access key you got when you signed up.',
  signInNoAccount: 'No account yet?',
  fieldKey: 'Access key',
  signInSubmit: 'Sign in',
  signInBad: 'This key opens no account. Check that you copied all of it.',
};

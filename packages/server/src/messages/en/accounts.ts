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
    'Your access key and recovery code are shown only here (refreshing this page shows them again for 15 minutes). Skillbank keeps only digests of them and cannot look them up for you. Copy or download them now into a password manager or another safe place.',
  keyLabel: 'Access key',
  copy: 'Copy',
  copied: 'Copied',
  keyContinue: 'I have saved it — go to my account',
  keyDownload: 'Download as a file',
  keyFileName: 'skillbank-access-key.txt',
  keyFileText: (name: string, role: string, key: string, recovery: string | null) =>
    `Skillbank — digital skills bank\nAccount: ${name} (${role})\n\nAccess key (to sign in):\n${key}\n` +
    (recovery ? `\nRecovery code (to get a new key if you lose this one; works once):\n${recovery}\n` : '') +
    `\nKeep this file somewhere safe and do not send it to anyone.\n`,
  recoveryLabel: 'Recovery code',
  recoveryHint:
    'If you lose your access key, use this code on the sign-in page to get a new one. Each code works once; you get a new one when you use it. Keep it apart from the key.',
  keyNewTitle: 'Your new access key',
  keyNewLead: 'The old key no longer works, and every other device has been signed out.',
  recoveryNewShown: 'Your new recovery code; the old one no longer works.',
  keyGoneTitle: 'Access key and recovery code',
  keyGoneBody:
    'For safety a new key is shown only for 15 minutes after it is made, and that time has passed. If you did not save it, make a new one here: the old key stops working at once.',
  keyGoneSignedOut:
    'A new key is shown only for 15 minutes, in the browser that made it. If you saved it, sign in; if you lost it, use your recovery code to get a new one.',
  keyManageLead:
    'If your access key is lost or may have leaked, make a new one here; the recovery code gets you back in when you cannot sign in.',
  regenerateTitle: 'Make a new access key',
  regenerateLead:
    'The old key stops working at once; every device must sign in with the new one (this browser stays signed in).',
  regenerateAttester:
    'Your signing key is sealed under the new access key; attestations you made stay valid.',
  regenerateSubmit: 'Make a new key',
  recoveryNewTitle: 'Make a new recovery code',
  recoveryNewLead: 'If you have none, or the old one may have leaked: the old code stops working at once.',
  recoveryNewSubmit: 'Make a new recovery code',
  demoNoKeyChange: 'Demo accounts have public keys: they cannot be changed and have no recovery code.',
  recoverTitle: 'Recover your account',
  recoverLead:
    'Enter the recovery code you got when you signed up (case, spaces and dashes do not matter). You get a new access key and a new recovery code; the old key stops working.',
  fieldRecovery: 'Recovery code',
  recoverSubmit: 'Get a new access key',
  recoverBad: 'This recovery code is not valid or has been used. Check that you typed all of it.',
  signInLost: 'Lost your access key?',
  signInTitle: 'Sign in',
  signInLead: 'Paste the access key you got when you signed up.',
  signInNoAccount: 'No account yet?',
  fieldKey: 'Access key',
  signInSubmit: 'Sign in',
  signInBad: 'This key opens no account. Check that you copied all of it.',
  navKey: 'Access key',
};

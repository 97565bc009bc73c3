/** English: the attester's inbox. */
import type { AttestationsMessages } from '../zh/attestations.js';

export const attestations: AttestationsMessages = {
  inboxTitle: 'Attestation requests',
  inboxLead:
    'Graduates ask you to sign their evidence. You sign its hash with your account’s Ed25519 key; anyone can check it with your public key.',
  fromLearner: (name: string) => `from ${name}`,
  fieldStatement: 'Statement (optional)',
  fieldLevelJudged: 'Level you judge it shows (optional)',
  signSubmit: 'Sign',
  signedDone: 'Signed.',
  noRequests: 'No attestation requests yet.',
};

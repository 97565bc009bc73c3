/** English: showcases: creating, revoking and the public page. */
import type { ShowcasesMessages } from '../zh/showcases.js';

export const showcases: ShowcasesMessages = {
  showcasesTitle: 'Showcases',
  showcasesLead:
    'Pick attested entries to show at an unguessable public link you can revoke any time. Whoever opens it sees them re-verified on the spot.',
  fieldShowcaseTitle: 'Showcase title',
  pickEntries: 'Attested entries to show',
  noAttested: 'No attested entries yet. Ask a teacher or employer to attest one in your ledger.',
  createShowcase: 'Create the link',
  showcaseCreated: 'Showcase link created.',
  showcaseLink: 'Public link',
  revokeLink: 'Revoke link',
  linkRevoked: 'Link revoked: nobody can open it any more.',
  revokedOn: (at: string) => `revoked ${at}`,
  yourShowcases: 'My showcases',
  noShowcases: 'No showcases yet.',
  entriesCount: (n: number) => `${n} entries`,
  showcaseBy: (name: string) => `${name}'s skill showcase`,
  publicVerified: (n: number) =>
    `Verified: the ledger's hash chain (${n} entries) was recomputed just now, and every signature below was checked with the attester's published key. All intact.`,
  publicNotVerified:
    'Verification failed: the ledger or a signature does not match its records; do not trust what follows.',
  publicWithdrawn: (n: number) =>
    `${n} more entries were revoked or corrected by their owner and are no longer shown.`,
  signatureOk: 'signature valid',
  signatureBad: 'signature INVALID',
  verifiedAt: (at: string) => `checked at ${at}`,
  anchoredAt: (size: number, at: string) =>
    `The transparency log checkpoint the platform signed at ${at} (${size} entries) includes every entry below and its attestations: anyone can check the inclusion proofs linked below.`,
  inclusionProof: (index: number) => `transparency log entry ${index + 1} · inclusion proof`,
  showcaseGone: 'This showcase link does not exist or was revoked.',
};

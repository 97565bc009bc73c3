/** English: showcases: creating, revoking and the public page. */
import type { ShowcasesMessages } from '../zh/showcases.js';
import { counted } from './plural.js';

export const showcases: ShowcasesMessages = {
  showcasesTitle: 'Showcases',
  showcasesLead:
    'Pick the pieces to show at an unguessable public link (with a QR code and a printable CV) you can revoke any time. Whoever opens it sees them re-verified on the spot.',
  fieldShowcaseTitle: 'Showcase title',
  pickEntries: 'Pieces to show',
  noAttested: 'Nothing to show yet. Log a piece in your ledger first.',
  createShowcase: 'Create the link',
  showcaseCreated: 'Showcase link created.',
  showcaseLink: 'Public link',
  revokeLink: 'Revoke link',
  linkRevoked: 'Link revoked: nobody can open it any more.',
  revokedOn: (at: string) => `revoked ${at}`,
  yourShowcases: 'My showcases',
  noShowcases: 'No showcases yet.',
  entriesCount: (n: number) => counted(n, 'entry', 'entries'),
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
  scTrustLine: (attested: number, self: number) =>
    `${attested} ${attested === 1 ? 'piece is' : 'pieces are'} signed by attesters and re-verified just now${
      self > 0 ? `; ${self} more ${self === 1 ? 'is' : 'are'} self-reported` : ''
    }.`,
  scQrCaption: 'Scan to open this page',
  scSkillsTitle: 'Skills',
  scSkillsHint: 'From the pieces below; ✓ means at least one piece showing it is signed by an attester.',
  scBestFitsTitle: 'Best-fitting occupations',
  scBestFitsHint:
    'From the pieces on this page only, compared with the tasks of the national occupational classification.',
  scFitLabel: 'fit',
  scAttestedTitle: 'Attested experience',
  scSelfTitle: 'Self-reported experience',
  scSelfHint: 'The graduate wrote these; no attester has signed them yet.',
  scSelfTag: 'self-reported',
  scPrint: 'Print CV / save as PDF',
  scPrintHint: 'The printout keeps the CV only; its QR code leads back here to verify.',
  scVerifyTitle: 'Verify (hashes, signatures and proofs)',
  scSettingsTitle: 'What it shows',
  scSettingsLead:
    'By default only the pieces you pick and your name are shown. Everything below appears only if you choose it.',
  scFieldDisplayName: 'Name to show (empty: your account name)',
  scFieldSchool: 'School (optional; empty: not shown)',
  scFieldField: 'Major or field (optional; empty: not shown)',
  scShowSummary: 'Show a skill summary (from the chosen pieces only)',
  scShowBestFits: 'Show the best-fitting occupations (from the chosen pieces only)',
  scSaveSettings: 'Save what it shows',
  scSettingsSaved: 'Saved.',
  scPickLead: 'Attested pieces come first; self-reported ones are labelled as such.',
  scOpenLink: 'Open',
  showcaseGone: 'This showcase link does not exist or was revoked.',
};

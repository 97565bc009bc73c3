/** English: Open Badges 3.0 credentials — downloads and the verify page. */
import type { CredentialsMessages } from '../zh/credentials.js';

type P = Record<string, string>;

export const credentials: CredentialsMessages = {
  navVerify: 'Verify a credential',
  verifyTitle: 'Verify a digital credential',
  verifyLead:
    'Paste or upload an Open Badges 3.0 credential, as JSON-LD or as a VC-JWT. It is checked offline on this server, and nothing you submit is stored.',
  verifyPaste: 'Paste the credential',
  verifyUpload: 'or upload a file',
  verifyButton: 'Verify',
  verifyAllOk: 'Every check passed: this credential is genuine and in force.',
  verifyNotOk: 'Some checks failed or could not be done; see the table.',
  verifyMalformed: 'This is not a credential that can be verified: ',
  verifyIssuer: (name: string) => `Issuer: ${name}`,
  verifyFormat: (format: string) => `Format: ${format}`,
  checkColumn: 'Check',
  resultColumn: 'Result',
  whatColumn: 'What it means',
  checkNames: {
    signature: 'Signature',
    issuer: 'Issuer',
    dates: 'Dates',
    status: 'Revocation',
    alignment: 'Occupation alignment',
  },
  outcomes: {
    passed: 'passed',
    failed: 'failed',
    not_checked: 'not checked',
    not_applicable: 'not applicable',
  },
  checkCodes: {
    proof_matches: (p: P) => `The signature matches the content; signed by ${p.signer}.`,
    proof_mismatch: (_p: P) =>
      'The signature does not match the content: it was changed after signing, or the signature is forged.',
    proof_unsupported: (p: P) =>
      `Signature not checked: proofs of type ${p.kind} are not supported here (only eddsa-rdfc-2022).`,
    key_unresolvable: (p: P) =>
      `Signature not checked: the issuer's key ${p.key} would have to be fetched (did:web or https); this server works offline and checks did:key only.`,
    jwt_matches: (p: P) => `The JWT signature matches; signed by ${p.signer}.`,
    jwt_mismatch: (_p: P) => 'The JWT signature does not match its content.',
    jwt_unsupported: (p: P) =>
      `Signature not checked: the JWT uses ${p.alg} with key ${p.key}; only EdDSA with did:key is checked here.`,
    jwt_issuer_mismatch: (p: P) => `The JWT names ${p.iss} as issuer, but ${p.signer} signed it.`,
    issuer_matches: (p: P) => `Signed by the issuer it names, ${p.issuer}.`,
    issuer_mismatch: (p: P) => `Signed by ${p.signer}, not by the issuer it names, ${p.issuer}.`,
    issuer_unconfirmed: (p: P) =>
      `Issuer ${p.issuer} not confirmed: the signature was not checked or did not match.`,
    dates_valid: (p: P) =>
      `Valid now (from ${p.from || '—'}${p.until ? ` until ${p.until}` : ', with no end date'}).`,
    not_yet_valid: (p: P) => `Not valid yet: only from ${p.from}.`,
    expired: (p: P) => `Expired on ${p.until}.`,
    no_status: (_p: P) => 'The credential has no revocation status: its issuer cannot revoke it.',
    status_unsupported: (p: P) => `Not checked: revocation status of type ${p.type} is not read here.`,
    status_list_elsewhere: (p: P) =>
      `Not checked: the revocation list ${p.url} is on another server, and this one fetches nothing.`,
    status_list_invalid: (p: P) => `The revocation list ${p.url} is not validly signed.`,
    status_index_outside: (p: P) => `Entry ${p.index} is outside the revocation list ${p.url}.`,
    revoked: (p: P) => `Revoked (entry ${p.index} of the list ${p.url}).`,
    not_revoked: (p: P) => `Not revoked (entry ${p.index} of the list ${p.url}).`,
    no_alignment: (_p: P) => 'The credential is aligned to no occupation or task.',
    alignment_unchecked: (p: P) =>
      `Occupation codes not looked up; ${p.foreign} alignment(s) to other frameworks.`,
    alignment_unknown: (p: P) =>
      `No such occupation or task in the classification: ${p.codes} (and ${p.foreign} alignment(s) to other frameworks).`,
    alignment_foreign: (p: P) =>
      `Nothing aligned to this classification; ${p.foreign} alignment(s) to other frameworks kept as given.`,
    alignment_found: (p: P) =>
      `Aligned to ${p.count} occupation(s) or task(s) of the classification (and ${p.foreign} to other frameworks).`,
  },
  downloadBadge: 'Download the Open Badge (JSON-LD)',
  downloadBadgeJwt: 'VC-JWT',
  downloadAllBadges: 'Download all Open Badges (one verifiable presentation)',
  badgeNote:
    'Each attested entry also becomes an Open Badges 3.0 credential: it goes into a digital wallet, and anyone can verify it offline, without this platform.',
};

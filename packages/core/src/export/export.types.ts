/** The account export: one JSON document that carries everything needed to verify it. */
import type { Consent } from '../consent/consent.service.js';
import type { Evidence } from '../evidence/evidence.types.js';
import type { LedgerEntry } from '../ledger/ledger.types.js';
import type { CheckResult, LedgerVerification } from '../ledger/ledger.verify.js';
import type { Profile } from '../profile/profile.service.js';
import type { ExportTransparency } from './export.transparency.js';

export const EXPORT_FORMAT = 'skillbank.account-export';
export const EXPORT_VERSION = 1;

export interface ExportedAttester {
  id: string;
  role: string;
  name: string;
  organisation: string | null;
  algorithm: 'Ed25519';
  /** base64url of the raw 32-byte Ed25519 public key (JWK `x`). */
  publicKey: string;
}

export interface AccountExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** How to recompute the hashes without Skillbank's code. */
  verification: { canonicalJson: string; entryHash: string; evidenceHash: string; signature: string };
  learner: { id: string; name: string; createdAt: string | null };
  ledger: { head: { seq: number; hash: string }; entries: LedgerEntry[] };
  attesters: ExportedAttester[];
  evidence: Evidence[];
  consent: Consent;
  profile: Profile;
  /**
   * The transparency log checkpoint the export was made against, with an inclusion proof for every
   * entry and attester key: what anchors the document beyond its own hashes.
   */
  transparency?: ExportTransparency;
}

export interface ExportVerification extends Omit<LedgerVerification, 'checks'> {
  checks: LedgerVerification['checks'] & {
    /** The evidence, consent and profile sections are what the ledger gives. */
    contents: CheckResult;
    /** Every entry and attester key is proven in the signed checkpoint's tree. */
    transparency: CheckResult;
  };
  /** Whether the document carries a checkpoint with proofs (older exports do not). */
  anchored: boolean;
  /** Problems with the document itself (shape, format, keys), if any. */
  problems: string[];
}

/**
 * Verifies an account export on its own, with no database: the ledger's hash chain, every
 * attestation signature (against the keys in the document, or against keys the caller trusts),
 * the standing of evidence, and that the evidence, consent and profile sections are exactly what
 * the ledger gives. Never throws: a malformed document is reported, not raised.
 */
import { consentFromEntries } from '../consent/consent.service.js';
import { buildEvidenceViews } from '../evidence/evidence.view.js';
import type { LedgerEntry } from '../ledger/ledger.types.js';
import { type CheckResult, verifyLedger } from '../ledger/ledger.verify.js';
import { profileFromEntries } from '../profile/profile.service.js';
import { verifyExportTransparency } from './export.transparency.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportVerification } from './export.types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON values (object key order ignored). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const otherKeys = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === otherKeys.length && keys.every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

function isEntry(v: unknown): v is LedgerEntry {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    typeof v.learnerId === 'string' &&
    Number.isInteger(v.seq) &&
    typeof v.type === 'string' &&
    (v.evidenceId === null || typeof v.evidenceId === 'string') &&
    (v.refId === null || typeof v.refId === 'string') &&
    typeof v.actorId === 'string' &&
    'payload' in v &&
    typeof v.prevHash === 'string' &&
    typeof v.hash === 'string' &&
    typeof v.createdAt === 'string'
  );
}

function failed(problems: string[]): ExportVerification {
  const none: CheckResult = { ok: false, checked: 0 };
  return {
    ok: false,
    entries: 0,
    head: null,
    checks: { hashChain: none, signatures: none, revocations: none, contents: none, transparency: none },
    anchored: false,
    problems,
  };
}

export interface VerifyExportOptions {
  /**
   * Attester keys the caller trusts (e.g. fetched from `GET /api/accounts/{id}/public-key`). When
   * given, they are used instead of the document's own, and any difference is a problem.
   */
  publicKeys?: Readonly<Record<string, string>>;
  /** The platform key (`GET /api/transparency/checkpoint` → `keyId`): the checkpoint must be signed by it. */
  trustedKeyId?: string;
  /** Refuse a document without a checkpoint and proofs (default: report it as not anchored). */
  requireAnchor?: boolean;
}

/**
 * Verifies an account export document.
 * @example const report = verifyExport(JSON.parse(text)); if (!report.ok) console.log(report.firstBadEntry);
 */
export function verifyExport(
  doc: unknown,
  { publicKeys, trustedKeyId, requireAnchor = false }: VerifyExportOptions = {},
): ExportVerification {
  if (!isObj(doc)) return failed(['the document is not a JSON object']);
  if (doc.format !== EXPORT_FORMAT || doc.version !== EXPORT_VERSION)
    return failed([`the document is not a ${EXPORT_FORMAT} version ${EXPORT_VERSION}`]);
  const learner = doc.learner;
  const ledger = doc.ledger;
  if (!isObj(learner) || typeof learner.id !== 'string') return failed(['learner.id is missing']);
  if (!isObj(ledger) || !Array.isArray(ledger.entries) || !ledger.entries.every(isEntry))
    return failed(['ledger.entries is missing or holds malformed entries']);
  const head =
    isObj(ledger.head) && Number.isInteger(ledger.head.seq) && typeof ledger.head.hash === 'string'
      ? { seq: ledger.head.seq as number, hash: ledger.head.hash }
      : null;
  if (!head) return failed(['ledger.head is missing']);

  const problems: string[] = [];
  const ownKeys: Record<string, string> = {};
  for (const a of Array.isArray(doc.attesters) ? doc.attesters : []) {
    if (isObj(a) && typeof a.id === 'string' && typeof a.publicKey === 'string') ownKeys[a.id] = a.publicKey;
  }
  if (publicKeys) {
    for (const [id, key] of Object.entries(ownKeys)) {
      if (publicKeys[id] !== undefined && publicKeys[id] !== key)
        problems.push(`the document's key for attester ${id} is not the trusted one`);
    }
  }
  const learnerId = learner.id;
  const entries = ledger.entries as LedgerEntry[];
  const report = verifyLedger({ learnerId, entries, head, publicKeys: publicKeys ?? ownKeys });

  const contents = { ok: true, checked: 3 } as CheckResult;
  const sections: string[] = [];
  try {
    const evidence = [...buildEvidenceViews(entries).values()].sort((a, b) => a.entry.seq - b.entry.seq);
    if (!sameJson(doc.evidence, evidence)) sections.push('evidence');
    if (!sameJson(doc.consent, consentFromEntries(learnerId, entries))) sections.push('consent');
    const asOf = isObj(doc.profile) && typeof doc.profile.asOf === 'string' ? doc.profile.asOf : '';
    if (!sameJson(doc.profile, profileFromEntries(learnerId, entries, asOf))) sections.push('profile');
  } catch {
    sections.push('evidence, consent, profile');
  }
  if (sections.length > 0) {
    contents.ok = false;
    problems.push(`the ${sections.join(', ')} section(s) differ from what the ledger gives`);
  }

  const anchored = doc.transparency !== undefined;
  let transparency: CheckResult = { ok: !requireAnchor, checked: 0 };
  if (anchored) {
    const proved = verifyExportTransparency(
      doc.transparency,
      entries,
      ownKeys,
      trustedKeyId ? { trustedKeyId } : {},
    );
    transparency = { ok: proved.problems.length === 0, checked: proved.checked };
    problems.push(...proved.problems);
  } else if (requireAnchor) {
    problems.push('the document carries no transparency checkpoint');
  }
  return {
    ...report,
    ok: report.ok && contents.ok && transparency.ok && problems.length === 0,
    checks: { ...report.checks, contents, transparency },
    anchored,
    problems,
  };
}

/**
 * A credential from elsewhere, deposited as `credential` evidence: its original text is kept, the
 * ledger commits to its SHA-256 (as an artifact), and what the verifier found is stored with it.
 * Only a credential none of whose checks failed is taken; checks that could not be done here
 * (a did:web issuer, a foreign status list) are stored as such.
 */
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidFields } from '../errors.js';
import { depositEvidence } from '../evidence/evidence.service.js';
import type { Evidence } from '../evidence/evidence.types.js';
import { fieldMessage } from '../field-messages.js';
import { sha256Hex } from '../ledger/canonical.js';
import { type Now, systemNow } from '../time/clock.js';
import { asArray, isObject, type JsonObject } from './credential-input.js';
import type { CredentialVerification, UnderstoodAlignment, VerificationCheck } from './credential-verify.js';
import {
  findImportBySha,
  findImportedCredentialRow,
  insertImportedCredential,
} from './credentials.repository.js';
import { SKILL_LEVEL_SCHEME } from './open-badge.js';

export interface ImportedCredential {
  evidenceId: string;
  format: 'ldp_vc' | 'jwt_vc';
  original: string;
  originalSha256: string;
  issuer: { id: string; name: string | null };
  verification: { ok: boolean; checks: VerificationCheck[] };
  alignments: UnderstoodAlignment[];
  importedAt: string;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;
const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** The first subject's achievement, if any. */
function achievementOf(credential: JsonObject): JsonObject {
  const subject = asArray(credential.credentialSubject).find(isObject);
  return isObject(subject?.achievement) ? subject.achievement : {};
}

/** A 新八级 level the credential states as its result (as this platform writes it), else `null`. */
function statedLevel(credential: JsonObject): number | null {
  const subject = asArray(credential.credentialSubject).find(isObject);
  for (const result of asArray(subject?.result).filter(isObject)) {
    const level = text(result.achievedLevel);
    const match = level?.startsWith(`${SKILL_LEVEL_SCHEME}:`) ? /:(\d)$/.exec(level) : null;
    if (match) return Number(match[1]);
  }
  return null;
}

/** The day a credential dates from (`validFrom`, or VC 1.1 `issuanceDate`), `YYYY-MM-DD`. */
function dayOf(credential: JsonObject, now: Date): string {
  const from = text(credential.validFrom) ?? text(credential.issuanceDate);
  const day = from?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= now.toISOString().slice(0, 10)
    ? day
    : now.toISOString().slice(0, 10);
}

/**
 * Stores a verified credential as a learner's `credential` evidence (in a transaction). Refuses
 * (`validation.failed`, naming each failed check) a credential that failed any check or is not an
 * Open Badge, and (`credential.already_imported`) the same bytes twice.
 */
export async function importCredential(
  trx: Trx,
  {
    learnerId,
    taxonomyId,
    original,
    verification,
    now = systemNow,
  }: {
    learnerId: string;
    taxonomyId: string;
    /** The text as uploaded (the JWT, or the credential's JSON). */
    original: string;
    verification: CredentialVerification;
    now?: Now;
  },
): Promise<{ evidence: Evidence; imported: ImportedCredential }> {
  const problems = verification.checks
    .filter((c) => c.outcome === 'failed')
    .map((c) => ({
      path: 'credential',
      ...fieldMessage('credential_check_failed', { check: c.name, detail: c.detail }),
    }));
  if (!verification.openBadge) {
    problems.unshift({ path: 'credential.type', ...fieldMessage('credential_not_open_badge') });
  }
  if (problems.length > 0) throw invalidFields(problems);
  const originalSha256 = sha256Hex(original);
  const earlier = await findImportBySha(trx, learnerId, originalSha256);
  if (earlier) {
    throw new DomainError(
      'credential.already_imported',
      { evidenceId: earlier.evidence_id },
      `this credential is already in the ledger as evidence ${earlier.evidence_id}`,
    );
  }
  const { credential, issuer, alignments } = verification;
  const achievement = achievementOf(credential);
  const name = text(credential.name) ?? text(achievement.name) ?? 'Open Badge';
  const level = statedLevel(credential);
  const tags = asArray(achievement.tag)
    .map(text)
    .filter((t): t is string => t !== null);
  const skills = (tags.length > 0 ? tags : [text(achievement.name) ?? name]).slice(0, 50).map((skill) => ({
    name: clip(skill, 100),
    ...(level !== null ? { level } : {}),
  }));
  const narrative = isObject(achievement.criteria) ? text(achievement.criteria.narrative) : null;
  const description = [
    text(achievement.description),
    narrative,
    `Issued by ${issuer.name ? `${issuer.name} (${issuer.id})` : issuer.id}; imported as an Open Badges 3.0 credential.`,
  ]
    .filter(Boolean)
    .join('\n');
  const at = now();
  const evidence = await depositEvidence(
    trx,
    {
      kind: 'credential',
      title: clip(name, 200),
      description: clip(description, 10_000),
      occurredOn: dayOf(credential, at),
      occupationCodes: [...new Set(alignments.map((a) => a.occupationCode))].slice(0, 20),
      skills,
      steps: [],
      artifacts: [
        {
          name: verification.format === 'jwt_vc' ? 'Open Badge (VC-JWT)' : 'Open Badge (JSON-LD)',
          sha256: originalSha256,
        },
      ],
    },
    { learnerId, taxonomyId, now },
  );
  const imported: ImportedCredential = {
    evidenceId: evidence.id,
    format: verification.format,
    original,
    originalSha256,
    issuer,
    verification: { ok: verification.ok, checks: verification.checks },
    alignments,
    importedAt: at.toISOString(),
  };
  await insertImportedCredential(trx, {
    evidence_id: evidence.id,
    learner_id: learnerId,
    format: imported.format,
    original,
    original_sha256: originalSha256,
    issuer_id: issuer.id,
    issuer_name: issuer.name,
    verification: JSON.stringify(imported.verification),
    alignments: JSON.stringify(alignments),
    imported_at: imported.importedAt,
  });
  return { evidence, imported };
}

/** The import record behind a piece of `credential` evidence, or `null`. */
export async function getImportedCredential(db: Db, evidenceId: string): Promise<ImportedCredential | null> {
  const row = await findImportedCredentialRow(db, evidenceId);
  if (!row) return null;
  return {
    evidenceId: row.evidence_id,
    format: row.format,
    original: row.original,
    originalSha256: row.original_sha256,
    issuer: { id: row.issuer_id, name: row.issuer_name },
    verification: JSON.parse(row.verification) as ImportedCredential['verification'],
    alignments: JSON.parse(row.alignments) as UnderstoodAlignment[],
    importedAt: row.imported_at,
  };
}

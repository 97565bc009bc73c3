/**
 * Credentials in the skills account: an attestation becomes an Open Badge signed by its attester
 * at that moment (the only time their key is open), revoking the evidence flips its status bit,
 * the platform serves and signs the status lists, and a learner's credentials leave as one
 * presentation the platform signs.
 */
import { type KeyObject, randomUUID } from 'node:crypto';
import type { Account } from '../accounts/accounts.types.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { Evidence } from '../evidence/evidence.types.js';
import type { AttestationRecord } from '../ledger/ledger.types.js';
import type { JsonObject } from './credential-input.js';
import { signCredential, signCredentialJwt, signPresentation } from './credential-sign.js';
import {
  allocateStatusSlot,
  findIssuedCredentialRows,
  findStatusListRow,
  insertIssuedCredential,
  listIssuedCredentialRows,
  markCredentialsRevoked,
  revokedSlots,
} from './credentials.repository.js';
import type { IssuedCredentialRow } from './credentials.table.js';
import { type CredentialSigner, credentialSigner } from './did-key.js';
import { learnerSubjectId, openBadgeCredential } from './open-badge.js';
import { statusListCredential } from './status-list.js';

/** The taxonomy alignments of a piece: the occupations it names and the tasks it covers. */
export interface EvidenceAlignments {
  occupations: { code: string; name: string }[];
  tasks: { id: string; text: string }[];
}

/** What issuing needs beyond the attestation: where the platform lives and how to align evidence. */
export interface CredentialIssuing {
  platformDid: string;
  /** Public base URL, no trailing slash. */
  baseUrl: string;
  align(evidence: Evidence): EvidenceAlignments | Promise<EvidenceAlignments>;
}

export interface IssuedCredential {
  id: string;
  evidenceId: string;
  attestationId: string;
  learnerId: string;
  issuerDid: string;
  /** The signed JSON-LD credential. */
  document: JsonObject;
  jwt: string;
  status: { listId: string; index: number };
  createdAt: string;
  revokedAt: string | null;
}

const toIssued = (row: IssuedCredentialRow): IssuedCredential => ({
  id: row.id,
  evidenceId: row.evidence_id,
  attestationId: row.attestation_id,
  learnerId: row.learner_id,
  issuerDid: row.issuer_did,
  document: JSON.parse(row.document) as JsonObject,
  jwt: row.jwt,
  status: { listId: row.status_list_id, index: row.status_index },
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** Where a status list is served. */
export const statusListUrl = (baseUrl: string, listId: string) => `${baseUrl}/api/status-lists/${listId}`;

export interface IssueInput {
  evidence: Evidence;
  attestation: AttestationRecord;
  attester: Account;
  /** The attester's private key, open for this request only. */
  privateKey: KeyObject;
  learner: Account;
  issuing: CredentialIssuing;
  now: Date;
}

/**
 * Issues the Open Badge of an attestation (run in the attestation's transaction): both forms are
 * signed now, since the attester's key cannot be opened later.
 */
export async function issueAttestationCredential(trx: Trx, input: IssueInput): Promise<IssuedCredential> {
  const { evidence, attestation, attester, learner, issuing, now } = input;
  const signer = credentialSigner(input.privateKey);
  const slot = await allocateStatusSlot(trx, now);
  const { occupations, tasks } = await issuing.align(evidence);
  const unsigned = openBadgeCredential({
    id: `urn:uuid:${randomUUID()}`,
    baseUrl: issuing.baseUrl,
    issuer: { did: signer.did, name: attester.name, organisation: attester.organisation },
    subject: { id: learnerSubjectId(issuing.platformDid, learner.id), displayName: learner.name },
    validFrom: attestation.signedAt,
    evidence: { ...evidence, steps: [...evidence.steps] },
    occupations,
    tasks,
    statement: attestation.statement,
    level: attestation.level,
    status: { listUrl: statusListUrl(issuing.baseUrl, slot.listId), index: slot.index },
  });
  const [document, jwt] = await Promise.all([
    signCredential(unsigned, signer, { now }),
    signCredentialJwt(unsigned, signer),
  ]);
  const row: IssuedCredentialRow = {
    id: unsigned.id,
    evidence_id: evidence.id,
    attestation_id: attestation.id,
    learner_id: learner.id,
    issuer_did: signer.did,
    status_list_id: slot.listId,
    status_index: slot.index,
    document: JSON.stringify(document),
    jwt,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await insertIssuedCredential(trx, row);
  return toIssued(row);
}

/** The credentials of a piece of evidence (one per attestation), oldest first. */
export async function listEvidenceCredentials(db: Db, evidenceId: string): Promise<IssuedCredential[]> {
  return (await findIssuedCredentialRows(db, evidenceId)).map(toIssued);
}

/** A learner's credentials, oldest first. */
export async function listLearnerCredentials(db: Db, learnerId: string): Promise<IssuedCredential[]> {
  return (await listIssuedCredentialRows(db, learnerId)).map(toIssued);
}

/** Revokes the credentials of a piece (in the transaction that revokes it). */
export function revokeEvidenceCredentials(trx: Trx, evidenceId: string, now: Date): Promise<number> {
  return markCredentialsRevoked(trx, evidenceId, now.toISOString());
}

/**
 * The status list credential as it stands now, signed by the platform; `status_list.not_found`
 * for an unknown id.
 */
export async function signedStatusList(
  db: Db,
  listId: string,
  { signer, baseUrl, now = new Date() }: { signer: CredentialSigner; baseUrl: string; now?: Date },
): Promise<JsonObject> {
  const list = await findStatusListRow(db, listId);
  if (!list) {
    throw new DomainError(
      'status_list.not_found',
      { statusListId: listId },
      `status list ${listId} was not found`,
    );
  }
  const unsigned = statusListCredential({
    url: statusListUrl(baseUrl, listId),
    issuer: signer.did,
    validFrom: `${now.toISOString().slice(0, 19)}Z`,
    revokedIndexes: await revokedSlots(db, listId),
  });
  return signCredential(unsigned, signer, { now });
}

/** A resolver for the verifier: the lists this server holds (by their URL under `baseUrl`), `null` for others. */
export function localStatusLists(db: Db, options: { signer: CredentialSigner; baseUrl: string }) {
  const prefix = statusListUrl(options.baseUrl, '');
  return async (url: string): Promise<JsonObject | null> => {
    if (!url.startsWith(prefix)) return null;
    const listId = url.slice(prefix.length);
    if (!/^sl_[A-Za-z0-9_-]+$/.test(listId) || !(await findStatusListRow(db, listId))) return null;
    return signedStatusList(db, listId, options);
  };
}

/** A learner's credentials in force (revoked ones left out) as one Verifiable Presentation signed by the platform. */
export async function learnerPresentation(
  db: Db,
  learnerId: string,
  { signer, platformDid, now = new Date() }: { signer: CredentialSigner; platformDid: string; now?: Date },
): Promise<JsonObject> {
  const credentials = (await listLearnerCredentials(db, learnerId)).filter((c) => c.revokedAt === null);
  return signPresentation(
    {
      id: `urn:uuid:${randomUUID()}`,
      // The platform presents them on the learner's behalf, and signs as the platform.
      holder: platformDid,
      credentials: credentials.map((c) => c.document),
    },
    signer,
    { now },
  );
}

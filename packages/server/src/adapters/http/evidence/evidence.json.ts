/** The JSON form of evidence in responses. */
import type { Attestation, Evidence } from '@skillbank/core';

export function toAttestationJson(a: Attestation) {
  return {
    id: a.id,
    evidenceId: a.evidenceId,
    evidenceHash: a.evidenceHash,
    attesterId: a.attesterId,
    statement: a.statement,
    level: a.level,
    algorithm: a.algorithm,
    signature: a.signature,
    createdAt: a.createdAt,
  };
}

export function toEvidenceJson(e: Evidence) {
  return {
    id: e.id,
    learnerId: e.learnerId,
    kind: e.kind,
    title: e.title,
    description: e.description,
    occurredOn: e.occurredOn,
    endedOn: e.endedOn,
    taxonomyId: e.taxonomyId,
    occupationCodes: e.occupationCodes,
    skills: e.skills,
    steps: e.steps,
    artifacts: e.artifacts,
    status: e.status,
    hash: e.hash,
    supersedes: e.supersedes,
    ...(e.result ? { result: e.result } : {}),
    supersededBy: e.supersededBy,
    revocation: e.revocation ? { reason: e.revocation.reason, at: e.revocation.at } : null,
    attestations: e.attestations.map(toAttestationJson),
    createdAt: e.createdAt,
    entry: e.entry,
  };
}

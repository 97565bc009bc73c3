/** A learner's active evidence from the ledger, in the matcher's plain input form. */
import type { ActiveEvidence } from '@skillbank/core';
import type { EvidenceInput } from '@skillbank/matcher';

/**
 * Maps ledger evidence to matcher input. When an attester gave a level, no skill counts higher
 * than it (the attester's word caps the learner's claim).
 */
export function toMatcherEvidence(evidence: readonly ActiveEvidence[]): EvidenceInput[] {
  return evidence.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    occurredOn: e.occurredOn,
    skills: e.skills.map((skill) => {
      const level = cap(skill.level, e.attestedLevel);
      return level === null ? { name: skill.name } : { name: skill.name, level };
    }),
    steps: [...e.steps],
    attested: e.attested,
    occupationCodes: [...e.occupationCodes],
  }));
}

function cap(claimed: number | null, attested: number | null): number | null {
  if (attested === null) return claimed;
  return claimed === null ? attested : Math.min(claimed, attested);
}

/** A learner's active evidence from the ledger, in the matcher's plain input form. */
import { type ActiveEvidence, skillLevel } from '@skillbank/core';
import type { EvidenceInput } from '@skillbank/matcher';

/**
 * Maps ledger evidence to matcher input. A skill's level is core's `skillLevel`, as on the profile:
 * the attester's level when the piece was attested with one, else the learner's claim.
 */
export function toMatcherEvidence(evidence: readonly ActiveEvidence[]): EvidenceInput[] {
  return evidence.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    occurredOn: e.occurredOn,
    skills: e.skills.map((skill) => {
      const level = skillLevel(e, skill.level);
      return level === null ? { name: skill.name } : { name: skill.name, level };
    }),
    steps: [...e.steps],
    attested: e.attested,
    occupationCodes: [...e.occupationCodes],
  }));
}
